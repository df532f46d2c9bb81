// The built site's files that are not pages (citations, search shards and documents). Rendered
// as Astro routes they cost a route render, a Response and a file write each: 40,000 of them at
// 10,000 articles. In a build, the routes that define them stage them here instead, and the
// integration writes them all in one pass when Astro is done; `astro dev` still serves each one
// from its route.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The sets of files a build stages, each named by its route, checked when the build is done. */
export const STAGED_ROUTES = ['citations-id', 'citations-en', 'search-shards', 'search-docs'];

/** One file: its path under the output folder (no leading slash) and its contents. */
export type BuildFile = readonly [path: string, contents: string];

/** Makes a set of files when the build is done (lazily, so nothing is held before then). */
export type BuildFileSource = () => Promise<Iterable<BuildFile>>;

// The routes run inside Astro's bundle, the integration outside it, both in the build's one
// process: a registry on globalThis, under a key both sides name, is what they share.
const REGISTRY = Symbol.for('arsip.build-files');

interface Registry {
  /** Set when a build starts: `astro dev` never sets it, and serves the routes instead. */
  collecting: boolean;
  sources: Map<string, BuildFileSource>;
}

function registry(): Registry {
  const global = globalThis as { [REGISTRY]?: Registry };
  global[REGISTRY] ??= { collecting: false, sources: new Map() };
  return global[REGISTRY];
}

/**
 * Whether a build is collecting files for its end (the integration's build has started). Not
 * `import.meta.env.DEV`: a build run with NODE_ENV=test, as the tests run it, has DEV set.
 */
export function collectingBuildFiles(): boolean {
  return registry().collecting;
}

/** Hands a set of files, named by the route that defines them, to the end of the build. */
export function stageBuildFiles(name: string, source: BuildFileSource): void {
  registry().sources.set(name, source);
}

/** Every staged set of files, by name, removed from the registry. */
export function takeStagedFiles(): Map<string, BuildFileSource> {
  const staged = new Map(registry().sources);
  registry().sources.clear();
  return staged;
}

/** How many writes are in flight at once: enough to keep the disk busy, few open files. */
const PARALLEL_WRITES = 64;

/** Writes files under `dir`, creating their folders; returns how many were written. */
export async function writeBuildFiles(dir: string, files: Iterable<BuildFile>): Promise<number> {
  const folders = new Set<string>();
  let written = 0;
  let batch: Promise<void>[] = [];
  for (const [path, contents] of files) {
    const target = join(dir, path);
    const folder = dirname(target);
    if (!folders.has(folder)) {
      folders.add(folder);
      await mkdir(folder, { recursive: true });
    }
    batch.push(writeFile(target, contents));
    written += 1;
    if (batch.length >= PARALLEL_WRITES) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  return written;
}

/**
 * Writes every staged set of files into the built site when the build is done. `expected`
 * names the sets a build must have staged: one missing means its route never ran, and its
 * files would be silently absent.
 */
export function buildFiles(expected: readonly string[]): AstroIntegration {
  return {
    name: 'build-files',
    hooks: {
      'astro:build:start': () => {
        registry().collecting = true;
      },
      'astro:build:done': async ({ dir, logger }) => {
        registry().collecting = false;
        const started = performance.now();
        const staged = takeStagedFiles();
        const missing = expected.filter((name) => !staged.has(name));
        if (missing.length > 0)
          throw new Error(
            `No files were staged for ${missing.join(', ')}: their routes never ran.`,
          );
        let count = 0;
        for (const source of staged.values())
          count += await writeBuildFiles(fileURLToPath(dir), await source());
        const ms = Math.round(performance.now() - started);
        logger.info(
          `${count} files that are not pages (${[...staged.keys()].join(', ')}), ${ms} ms`,
        );
      },
    },
  };
}
