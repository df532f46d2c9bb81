// The built site's files that are not pages (citations, search shards and documents). Rendered
// as Astro routes they cost a route render, a Response and a file write each: 40,000 of them at
// 10,000 articles. In a build, the routes that define them stage them here instead, and the
// integration writes them all in one pass when Astro is done; `astro dev` still serves each one
// from its route.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { replaceFile } from './replace-file.ts';

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
  /** Every file the last build's end wrote or found unchanged, relative to the output folder. */
  made: string[];
}

function registry(): Registry {
  const global = globalThis as { [REGISTRY]?: Registry };
  global[REGISTRY] ??= { collecting: false, sources: new Map(), made: [] };
  return global[REGISTRY];
}

/** The files the build's end wrote or left as they were (paths relative to the output folder). */
export function madeBuildFiles(): readonly string[] {
  return registry().made;
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

/**
 * What the last build wrote, file by file: a hash of each file's contents, for the output folder
 * it wrote them in. A file whose hash is unchanged and which is still there is not written again.
 */
interface Manifest {
  dir: string;
  hashes: Record<string, string>;
}

export const MANIFEST_FILE = 'build-files.json';

const hashOf = (contents: string) => createHash('sha1').update(contents).digest('base64url');

/** The last build's manifest for `dir`, or none (another folder, no cache, or unreadable). */
export function readManifest(cacheDir: string, dir: string): Record<string, string> {
  try {
    const manifest = JSON.parse(readFileSync(join(cacheDir, MANIFEST_FILE), 'utf8')) as Manifest;
    return manifest.dir === resolve(dir) ? manifest.hashes : {};
  } catch {
    return {};
  }
}

/** Writes the manifest whole or not at all (a temporary file renamed over the old one). */
export function writeManifest(cacheDir: string, dir: string, hashes: Record<string, string>): void {
  const manifest: Manifest = { dir: resolve(dir), hashes };
  replaceFile(join(cacheDir, MANIFEST_FILE), JSON.stringify(manifest));
}

/** What `writeBuildFiles` did: files written, files left as they were, and every file's hash. */
export interface WriteReport {
  written: number;
  unchanged: number;
  hashes: Record<string, string>;
}

/**
 * Writes files under `dir`, creating their folders. A file whose contents hash to what
 * `previous` (the last build's manifest for this folder) holds, and which is still there, is
 * left as it is; `hashes` holds every file's hash for the next build.
 */
export async function writeBuildFiles(
  dir: string,
  files: Iterable<BuildFile>,
  previous: Readonly<Record<string, string>> = {},
): Promise<WriteReport> {
  const folders = new Set<string>();
  const hashes: Record<string, string> = {};
  let written = 0;
  let unchanged = 0;
  let batch: Promise<void>[] = [];
  for (const [path, contents] of files) {
    const target = join(dir, path);
    const hash = hashOf(contents);
    hashes[path] = hash;
    if (previous[path] === hash && existsSync(target)) {
      unchanged += 1;
      continue;
    }
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
  return { written, unchanged, hashes };
}

/**
 * Writes every staged set of files into the built site when the build is done. `expected`
 * names the sets a build must have staged: one missing means its route never ran, and its
 * files would be silently absent. With a `cacheDir`, a manifest there lets the next build
 * leave the files whose contents did not change where they are.
 */
export function buildFiles(expected: readonly string[], cacheDir?: string): AstroIntegration {
  return {
    name: 'build-files',
    hooks: {
      'astro:build:start': () => {
        registry().collecting = true;
        registry().made = [];
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
        const root = fileURLToPath(dir);
        const previous = cacheDir ? readManifest(cacheDir, root) : {};
        const hashes: Record<string, string> = {};
        let written = 0;
        let unchanged = 0;
        for (const source of staged.values()) {
          const report = await writeBuildFiles(root, await source(), previous);
          Object.assign(hashes, report.hashes);
          written += report.written;
          unchanged += report.unchanged;
        }
        registry().made = Object.keys(hashes);
        if (cacheDir) writeManifest(cacheDir, root, hashes);
        const ms = Math.round(performance.now() - started);
        logger.info(
          `${written + unchanged} files that are not pages (${[...staged.keys()].join(', ')}): ` +
            `${written} written, ${unchanged} unchanged, ${ms} ms`,
        );
      },
    },
  };
}
