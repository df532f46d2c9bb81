// npm run bench -- --sizes 5,1000,10000 [--json tmp/bench/results.json] [--busy] [--reuse]
// For each size: a synthetic archive, our build vs a bare Astro build, page weights, and
// search in Chromium (ours vs Pagefind 1.6 over the same pages). Prints Markdown, writes JSON.
// --busy also types with one core kept busy; --reuse measures the search on the builds the
// last run left in tmp/bench/N/ (no build figures then).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../../tests/helpers/build.ts';
import { launchChromium, serve } from '../../tests/helpers/browser.ts';
import { devSetSlugs } from '../../tests/helpers/search.ts';
import {
  buildBare,
  BuildFailure,
  buildOurs,
  heapLimitMb,
  machineNote,
  rebuildOurs,
} from './build.ts';
import { busyCore } from './busy.ts';
import { writeContent } from './content.ts';
import { HARNESS_PATH, indexWithPagefind, markArticles, folderBytes } from './pagefind.ts';
import { ourQuality, pagefindQuality } from './quality.ts';
import { markdown, type Machine, type SizeFigures, type Unfinished } from './report.ts';
import { typing, type TypingCase } from './typing.ts';
import { firstResults, pageWeight } from './web.ts';

/** Queries opened as /cari/?q=… in a fresh browser context (cold cache). */
export const FIRST_QUERIES = ['birokrasi', 'pelayanan publik', 'sistem merit'];

/** Typed one keystroke at a time: plain words, phrases, typos, and under filters. */
export const TYPING_CASES: TypingCase[] = [
  { q: 'reformasi birokrasi' },
  { q: 'pelayanan publik' },
  { q: 'kerja sama korea' },
  { q: 'refomasi' },
  { q: 'manajmen asn' },
  { q: 'sistem merit', params: { tahun: '2021' } },
  { q: 'digital', params: { instansi: 'kemenpanrb' } },
  { q: 'transformasi', params: { topik: 'spbe' } },
];

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '5,1000' },
    json: { type: 'string', default: 'tmp/bench/results.json' },
    busy: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 5)) {
  throw new Error(`--sizes: expected whole numbers of at least 5, got "${values.sizes}"`);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const log = (...parts: unknown[]) => console.error(`[bench ${new Date().toISOString()}]`, ...parts);

/** The longest the busy loop may spin for one engine's typing (it stops by itself then). */
const BUSY_SECONDS = 600;

/** A step of a size's run that did not finish, and why, for the report. */
class StageFailure extends Error {
  readonly stage: string;
  readonly reason: string;

  constructor(stage: string, reason: string) {
    super(`${stage}: ${reason}`);
    this.stage = stage;
    this.reason = reason;
  }
}

async function stage<T>(name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const reason = error instanceof BuildFailure ? error.reason : String(error).split('\n')[0]!;
    throw new StageFailure(name, reason);
  }
}

async function measureSize(size: number, machine: Partial<Machine>): Promise<SizeFigures> {
  const work = join(ROOT, 'tmp/bench', String(size));
  const contentDir = join(work, 'content');
  let build: SizeFigures['build'];
  if (values.reuse && existsSync(join(work, 'dist', 'cari', 'indeks.json'))) {
    log(size, 'reusing the last build');
  } else {
    writeContent(contentDir, size);
    const heapMb = heapLimitMb(size);
    log(size, 'building ours', heapMb ? `(heap limit ${heapMb} MB)` : '');
    const ours = await stage('our build', () => buildOurs(contentDir, work, heapMb));
    log(size, 'building bare', ours);
    const bare = await stage('bare Astro build', () => buildBare(contentDir, work, heapMb));
    log(size, 'bare', bare);
    log(size, 'rebuilding ours with one article added');
    const rebuild = await stage('our rebuild', () => rebuildOurs(contentDir, work, heapMb));
    log(size, 'rebuild', rebuild);
    build = {
      ours,
      bare,
      ratio: ours.seconds / bare.seconds,
      rebuild,
      rebuildShare: rebuild.seconds / ours.seconds,
    };
  }
  const dist = join(work, 'dist');
  const quality = await ourQuality(dist);

  let site = await serve(dist);
  const browser = await launchChromium();
  machine.chromium = browser.version();
  try {
    const article = devSetSlugs()['accsm-2022']!;
    const year = article.slice(0, 4);
    log(size, 'page weights');
    const weight = {
      front: await pageWeight(browser, site.url),
      article: await pageWeight(browser, `${site.url}artikel/${article}/`),
      listing: await pageWeight(browser, `${site.url}tahun/${year}/`),
      archive: await pageWeight(browser, `${site.url}arsip/`),
      search: await pageWeight(browser, `${site.url}cari/`),
    };
    const searchFigures = async (pageUrl: string) => {
      const first = [];
      for (const q of FIRST_QUERIES) {
        first.push(await firstResults(browser, `${pageUrl}?q=${encodeURIComponent(q)}`));
      }
      return {
        first: {
          ms: mean(first.map((f) => f.ms)),
          bytes: mean(first.map((f) => f.bytes)),
          idleBytes: mean(first.map((f) => f.idleBytes)),
          longestTaskMs: Math.max(...first.map((f) => f.longestTaskMs)),
        },
        typing: await typing(browser, pageUrl, TYPING_CASES),
        ...(values.busy ? { typingBusy: await typingWithBusyCore(pageUrl) } : {}),
      };
    };
    const typingWithBusyCore = async (pageUrl: string) => {
      const stop = busyCore(BUSY_SECONDS);
      try {
        return await typing(browser, pageUrl, TYPING_CASES);
      } finally {
        stop();
      }
    };
    log(size, 'our search');
    const oursSearch = { ...(await searchFigures(`${site.url}cari/`)), quality };
    log(size, 'pagefind index');
    markArticles(dist, contentDir);
    const index = indexWithPagefind(dist);
    log(size, 'pagefind search', index);
    // sirv lists the files when it starts: serve again to see Pagefind's.
    await site.close();
    site = await serve(dist);
    const harness = `${site.url}${HARNESS_PATH}`;
    const pagefindSearch = {
      ...(await searchFigures(harness)),
      quality: await pagefindQuality(browser, harness),
      index,
    };
    return {
      size,
      ...(build ? { build } : {}),
      weight,
      search: {
        ours: { ...oursSearch, indexBytes: folderBytes(join(dist, 'cari'), '.json', true) },
        pagefind: pagefindSearch,
      },
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

const machine: Partial<Machine> = {
  cpus: `${availableParallelism()} × ${machineNote().cpus}`,
  memoryGb: machineNote().memoryGb,
  node: process.version,
};
const results: SizeFigures[] = [];
const unfinished: Unfinished[] = [];
for (const size of sizes) {
  try {
    results.push(await measureSize(size, machine));
  } catch (error) {
    // What does not fit this machine is a finding: said in the report, the other sizes kept.
    if (!(error instanceof StageFailure)) throw error;
    log(size, 'did not finish:', error.message);
    unfinished.push({
      size,
      stage: error.stage,
      reason: error.reason,
      memoryGb: machine.memoryGb!,
    });
  }
  // Partial results survive a later size failing.
  const json = resolve(ROOT, values.json);
  mkdirSync(dirname(json), { recursive: true });
  writeFileSync(
    json,
    JSON.stringify({ measured: new Date().toISOString(), machine, results, unfinished }, null, 1),
  );
}
console.log(markdown(machine as Machine, results, unfinished));
