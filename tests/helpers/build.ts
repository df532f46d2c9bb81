import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The public address the test builds are made for (a reserved .test name, never a real site):
 * every absolute URL the tests check starts with it. A build is made for it unless the test
 * gives its own SITE_URL ("" for a build without an address).
 */
export const TEST_SITE_URL = 'https://arsip.test';

export interface BuildResult {
  code: number | null;
  output: string;
  outDir: string;
}

// Vitest puts Vite's own variables into process.env; a child Astro build would read
// BASE_URL=/ from there as import.meta.env.BASE_URL and ignore BASE_PATH.
const VITE_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);
const inherited = () =>
  Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_ENV.has(key)));

/** Runs `astro build` in a child process with its own output and cache folders. */
export function buildSite(env: Record<string, string> = {}): Promise<BuildResult> {
  // Inside the project: with an outDir outside the working folder Astro writes its
  // server chunks to ./.astro/, where two builds at once would overwrite each other.
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  const work = mkdtempSync(join(ROOT, 'tmp', 'build-'));
  const outDir = env['ARCHIVE_OUT_DIR'] ?? join(work, 'dist');
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
      {
        cwd: ROOT,
        env: {
          ...inherited(),
          ASTRO_TELEMETRY_DISABLED: '1',
          ARCHIVE_CACHE_DIR: join(work, 'cache'),
          SITE_URL: TEST_SITE_URL,
          ...env,
          ARCHIVE_OUT_DIR: outDir,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output, outDir }));
  });
}
