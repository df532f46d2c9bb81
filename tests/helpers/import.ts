import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseFrontmatter } from '../../src/lib/frontmatter.ts';
import { ROOT } from './build.ts';

/** The seed texts copied into the fixtures, each named after the article committed from it. */
export const SEED_DIR = join(ROOT, 'tests/fixtures/seeds');
export const SEEDS = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file: join(SEED_DIR, file), slug: file.replace(/\.txt$/, '') }));

/** An article file's frontmatter (parsed, dates kept as text) and its body exactly as written. */
export function splitMarkdown(text: string): { data: Record<string, unknown>; body: string } {
  const parts = parseFrontmatter(text);
  if (!parts) throw new Error(`no frontmatter in:\n${text.slice(0, 200)}`);
  return parts;
}

/** How long one script run may take before it is stopped (a normal run takes well under a second). */
const SCRIPT_TIMEOUT_MS = 60_000;

/**
 * Runs one of the project's scripts (scripts/NAME.ts) as `npm run NAME` does: with Node's own
 * TypeScript type stripping, no loader. A run that outlives the timeout is killed, so a stuck
 * script fails its test instead of hanging the suite.
 */
export function runScript(name: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(ROOT, `scripts/${name}.ts`), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: ROOT, ...env },
    timeout: SCRIPT_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  if (result.error) throw new Error(`scripts/${name}.ts: ${result.error.message}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of content/ with its data files and no articles (or only `keep`); returns its folder. */
export function archiveCopy(keep: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'arsip-salinan-'));
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  for (const file of readdirSync(join(dir, 'articles'))) {
    if (!keep.includes(file)) rmSync(join(dir, 'articles', file), { recursive: true });
  }
  mkdirSync(join(dir, 'articles'), { recursive: true });
  return dir;
}
