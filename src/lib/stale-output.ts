// A build that keeps the last build's output folder (Astro's `vite.build.emptyOutDir: false`)
// leaves unchanged pages where they are instead of emptying 60,000 files and copying them back
// from the incremental build's cache. What it must then do itself: remove what the last build
// wrote and this one did not (a deleted article's pages, old script bundles). A file is this
// build's when it was written after the build started or when Astro kept it as an unchanged
// page; everything else in the folder is stale.
import { readdirSync } from 'node:fs';
import { rm, rmdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * How much older than the build's start a file must be to count as the last build's: file
 * systems stamp writes with a coarse clock (a few milliseconds behind), and two builds of this
 * archive never end and start within a second of each other.
 */
export const CLOCK_MARGIN_MS = 1_000;

/** A path under `dir` as relative to it with forward slashes: how files are named here. */
const under = (dir: string, path: string) => relative(dir, path).split(sep).join('/');

/** Every file under `dir`, named relative to it. */
// Synchronous: Node's recursive readdir is six times faster so (0.2 against 1.1 s over the
// 87,000 files of a 10,000-article build), and nothing else runs at the end of a build.
function filesUnder(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => under(dir, join(entry.parentPath, entry.name)));
}

/**
 * The files under `dir` that the build which started at `startedMs` neither wrote nor kept:
 * written before it started (by the clock margin) and not among `kept` (paths relative to `dir`).
 */
export async function staleFiles(
  dir: string,
  startedMs: number,
  kept: ReadonlySet<string>,
): Promise<string[]> {
  // Every file not kept is looked at at once (stat needs no open file): tens of thousands.
  const candidates = filesUnder(dir).filter((file) => !kept.has(file));
  const times = await Promise.all(candidates.map((file) => stat(join(dir, file))));
  return candidates.filter((_, i) => times[i]!.mtimeMs < startedMs - CLOCK_MARGIN_MS).sort();
}

/** Removes the files, then every folder under `dir` they leave empty; returns how many files. */
export async function removeStale(dir: string, files: string[]): Promise<number> {
  await Promise.all(files.map((file) => rm(join(dir, file), { force: true })));
  const folders = new Set<string>();
  for (const file of files) {
    const parts = file.split('/').slice(0, -1);
    for (let i = parts.length; i > 0; i--) folders.add(parts.slice(0, i).join('/'));
  }
  // Deepest first, so that a folder emptied by its children's removal goes too.
  for (const folder of [...folders].sort((a, b) => b.split('/').length - a.split('/').length)) {
    try {
      await rmdir(join(dir, folder));
    } catch {
      // Not empty: it holds this build's files.
    }
  }
  return files.length;
}

/**
 * Removes, when the build is done, what the last build left that this one did not make. Must be
 * the last integration, so that every other one has written its files by then. `made` names
 * files another integration made or left unchanged on purpose (relative to the output folder):
 * they stay whatever their age.
 */
export function staleOutput(made: () => Iterable<string> = () => []): AstroIntegration {
  let started = 0;
  return {
    name: 'stale-output',
    hooks: {
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        // Astro lists every route's output here, the pages it kept unchanged among them.
        const kept = new Set([
          ...[...assets.values()].flat().map((url) => under(root, fileURLToPath(url))),
          ...made(),
        ]);
        const stale = await staleFiles(root, started, kept);
        if (stale.length === 0) return;
        await removeStale(root, stale);
        logger.info(`removed ${stale.length} file(s) the last build made and this one did not`);
      },
    },
  };
}
