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
  /** The child's process id, which also names its process group. */
  pid?: number | undefined;
}

// Vitest puts Vite's own variables into process.env; a child Astro build would read
// BASE_URL=/ from there as import.meta.env.BASE_URL and ignore BASE_PATH.
const VITE_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);
const inherited = () =>
  Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_ENV.has(key)));

/**
 * How long a test that builds the site may take: a build takes 10–60 s on a quiet two-core
 * machine and several times that while other builds and browsers share it.
 */
export const BUILD_TEST_TIMEOUT = 480_000;

/** How long buildSite waits for `astro build` before it kills it (inside BUILD_TEST_TIMEOUT). */
export const BUILD_KILL_AFTER = 420_000;

// Every build still running: killed with its process group when the test process exits, so a
// test that timed out or was interrupted leaves no `astro build` (or its esbuild) behind.
const running = new Set<number>();
const killGroup = (pid: number) => {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
};
process.once('exit', () => running.forEach(killGroup));

/**
 * Runs `astro build` in a child process with its own output and cache folders. The child leads
 * its own process group; on a timeout (`killAfter` ms, reported as code null with a line saying
 * so) or any failure the whole group is killed, the child's own children included.
 */
export function buildSite(
  env: Record<string, string> = {},
  killAfter = BUILD_KILL_AFTER,
): Promise<BuildResult> {
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
        detached: true,
      },
    );
    const pid = child.pid;
    if (pid !== undefined) running.add(pid);
    let output = '';
    const timer = setTimeout(() => {
      output += `\nbuildSite: astro build took over ${killAfter / 1000} s and was killed\n`;
      if (pid !== undefined) killGroup(pid);
    }, killAfter);
    const settle = (code: number | null) => {
      clearTimeout(timer);
      if (pid !== undefined) {
        // Whatever the build left running (a worker's child, esbuild) goes with it.
        if (code !== 0) killGroup(pid);
        running.delete(pid);
      }
    };
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => {
      settle(null);
      fail(error);
    });
    child.on('close', (code) => {
      settle(code);
      done({ code, output, outDir, pid });
    });
  });
}
