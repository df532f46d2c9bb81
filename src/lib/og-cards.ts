// Makes the build's cards: each is drawn once and kept in a cache folder under a name made of
// what it shows, so a rebuild draws only the cards whose text changed; then the cards are placed
// into the built site. Drawing is quick and runs on the main thread; encoding runs on libuv's
// thread pool, a few cards at a time, beside the rest of the build.
import { availableParallelism } from 'node:os';
import { constants } from 'node:fs';
import { copyFile, mkdir, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { cardKey, type CardText } from './og-card.ts';
import { renderCard } from './og-draw.ts';

/** A card the site needs: where it goes in the built site (e.g. "og/x.jpg") and what it shows. */
export interface CardJob {
  file: string;
  card: CardText;
}

/** What a run made: the cache file of each card, and how many were drawn or found in the cache. */
export interface CardSet {
  files: Map<string, string>;
  made: number;
  reused: number;
  /** Milliseconds from the first card to the last. */
  ms: number;
}

/** How cards are made; tests and benchmarks may set any of it. */
export interface CardOptions {
  cacheDir: string;
  render?: (card: CardText) => Promise<Buffer>;
  /** Cards encoded at once; by default one fewer than the cores, so the build keeps one. */
  concurrency?: number;
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** Makes every card not already in the cache (one file per distinct card, however many use it). */
export async function makeCards(jobs: CardJob[], options: CardOptions): Promise<CardSet> {
  const started = performance.now();
  const render = options.render ?? renderCard;
  await mkdir(options.cacheDir, { recursive: true });
  const files = new Map<string, string>();
  const todo = new Map<string, CardText>();
  for (const job of jobs) {
    const key = cardKey(job.card);
    files.set(job.file, join(options.cacheDir, `${key}.jpg`));
    todo.set(key, job.card);
  }
  let made = 0;
  let reused = 0;
  const queue = [...todo];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [key, card] = next;
      const path = join(options.cacheDir, `${key}.jpg`);
      if (await exists(path)) {
        reused++;
        continue;
      }
      const bytes = await render(card);
      // Written whole or not at all: a build stopped half-way leaves no broken card behind.
      const partial = `${path}.${process.pid}.tmp`;
      await writeFile(partial, bytes);
      await rename(partial, path);
      made++;
    }
  };
  const concurrency = options.concurrency ?? Math.max(1, availableParallelism() - 1);
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { files, made, reused, ms: performance.now() - started };
}

/** Copies each card from the cache into the built site (`outDir`), at the place its job named. */
export async function placeCards(set: CardSet, outDir: string): Promise<void> {
  const folders = new Set([...set.files.keys()].map((file) => dirname(join(outDir, file))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all(
    [...set.files].map(([file, cached]) =>
      copyFile(cached, join(outDir, file), constants.COPYFILE_FICLONE),
    ),
  );
}

/** Removes the cached cards no job uses any more; returns how many went. */
export async function pruneCards(set: CardSet, cacheDir: string): Promise<number> {
  const used = new Set(set.files.values());
  const stale = (await readdir(cacheDir))
    .map((name) => join(cacheDir, name))
    .filter((path) => path.endsWith('.jpg') && !used.has(path));
  await Promise.all(stale.map((path) => unlink(path)));
  return stale.length;
}
