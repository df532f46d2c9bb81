// The worker thread of ./og-cards.ts: reads the content folder's cards, makes those not yet in
// the cache, and reports them to the build.
import { parentPort, workerData } from 'node:worker_threads';
import { makeCards, type CardReport } from './og-cards.ts';
import { missingGlyphs } from './og-draw.ts';
import { cardJobs } from './og-sources.ts';

const { contentDir, cacheDir } = workerData as { contentDir: string; cacheDir: string };
const { jobs, warnings } = cardJobs(contentDir, missingGlyphs);
const set = makeCards(jobs, cacheDir);
const report: Omit<CardReport, 'files'> & { files: [string, string][] } = {
  ...set,
  files: [...set.files],
  warnings,
};
parentPort?.postMessage(report);
