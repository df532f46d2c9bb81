import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { ROOT } from './build';

/** The seed texts copied into the fixtures, each named after the article committed from it. */
export const SEED_DIR = join(ROOT, 'tests/fixtures/seeds');
export const SEEDS = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file: join(SEED_DIR, file), slug: file.replace(/\.txt$/, '') }));

/** An article file's frontmatter (parsed, dates kept as text) and its body exactly as written. */
export function splitMarkdown(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?\n)---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`no frontmatter in:\n${text.slice(0, 200)}`);
  return { data: parseYaml(match[1]!) as Record<string, unknown>, body: match[2]! };
}

const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/esm/index.mjs')).href;

/** How long one script run may take before it is stopped (a normal run takes 2–4 s). */
const SCRIPT_TIMEOUT_MS = 45_000;

/**
 * Runs one of the project's scripts (scripts/NAME.ts) with tsx's loader, as `npm run NAME` does.
 * tsx's off-thread module hooks now and then deadlock at start-up on Node 24 (the process
 * waits on a futex before running any of our code); such a run is stopped by the timeout and
 * made once more, so a stuck loader fails a test at worst instead of hanging the whole suite.
 */
export function runScript(name: string, args: string[], env: Record<string, string> = {}) {
  const run = () =>
    spawnSync(
      process.execPath,
      // tsx's loader in this very process (its CLI would start a second one a timeout cannot reach).
      ['--import', TSX_LOADER, join(ROOT, `scripts/${name}.ts`), ...args],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, INIT_CWD: ROOT, ...env },
        timeout: SCRIPT_TIMEOUT_MS,
        killSignal: 'SIGKILL',
      },
    );
  let result = run();
  if (result.signal === 'SIGKILL' && result.stdout === '' && result.stderr === '') result = run();
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
