// Makes the build's cards: each is drawn once and kept in a cache folder under a name made of
// what it shows, so a rebuild draws only the cards whose text changed; then the cards are placed
// into the built site. The build runs it in a worker thread (./og-worker.ts): on a machine of
// two cores the cards take the second while Astro renders on the first.
import { constants, existsSync, mkdirSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, stat, unlink, utimes } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardKey, type CardText } from './og-card.ts';
import { encodeCard } from './og-draw.ts';
import { replaceFile } from './replace-file.ts';

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

/** Draws a card into the cache at `path`, whole or not at all (a stopped build leaves no half file). */
export function cacheCard(path: string, card: CardText): void {
  replaceFile(path, encodeCard(card));
}

/**
 * Makes every card not already in the cache (one file per distinct card, however many pages
 * use it), on the calling thread.
 */
export function makeCards(jobs: CardJob[], cacheDir: string): CardSet {
  const started = performance.now();
  mkdirSync(cacheDir, { recursive: true });
  const files = new Map<string, string>();
  const distinct = new Map<string, CardText>();
  for (const job of jobs) {
    const key = cardKey(job.card);
    files.set(job.file, join(cacheDir, `${key}.jpg`));
    distinct.set(key, job.card);
  }
  let made = 0;
  for (const [key, card] of distinct) {
    const path = join(cacheDir, `${key}.jpg`);
    if (existsSync(path)) continue;
    cacheCard(path, card);
    made++;
  }
  return { files, made, reused: distinct.size - made, ms: performance.now() - started };
}

/** What a worker reports: the cards of a content folder, made, and any warning about them. */
export interface CardReport extends CardSet {
  warnings: string[];
}

/**
 * Reads the content folder and makes its cards in a worker thread (./og-worker.ts), so that
 * neither reading the articles' frontmatter nor drawing and encoding holds up the thread that
 * builds the pages.
 */
export function makeCardsInWorker(contentDir: string, cacheDir: string): Promise<CardReport> {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL('./og-worker.ts', import.meta.url), {
      workerData: { contentDir, cacheDir },
    });
    worker.once('message', (report: Omit<CardReport, 'files'> & { files: [string, string][] }) =>
      done({ ...report, files: new Map(report.files) }),
    );
    worker.once('error', fail);
    worker.once('exit', (code) => {
      if (code !== 0) fail(new Error(`og:image cards: the worker stopped with code ${code}`));
    });
  });
}

/**
 * Puts one card into the built site: a hard link to the cached file (no bytes copied), a copy
 * where the two folders are on different disks. Every card placed is stamped with this build's
 * time, a link already there from the last build only that: ./stale-output.ts removes what the
 * last build left and this one did not make.
 */
async function placeCard(cached: string, destination: string): Promise<void> {
  const now = new Date();
  try {
    await link(cached, destination);
    // A link keeps the cached file's time, from the build that drew it: this build's now.
    await utimes(destination, now, now);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      const [was, is] = await Promise.all([stat(destination), stat(cached)]);
      if (was.ino === is.ino && was.dev === is.dev) {
        await utimes(destination, now, now);
        return;
      }
      // Another card (an older headline) or a copy: replaced.
      await unlink(destination);
      return placeCard(cached, destination);
    }
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP') throw error;
  }
  await copyFile(cached, destination, constants.COPYFILE_FICLONE);
}

/** Places each card from the cache into the built site (`outDir`), at the place its job named. */
export async function placeCards(set: CardSet, outDir: string): Promise<void> {
  const folders = new Set([...set.files.keys()].map((file) => dirname(join(outDir, file))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all([...set.files].map(([file, cached]) => placeCard(cached, join(outDir, file))));
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
