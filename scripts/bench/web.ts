// Measurements in headless Chromium: what pages weigh, and how fast a search page answers.
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';

/** What a page loaded, gzipped as a server would send it. */
export interface Weight {
  /** Gzipped bytes of every response (already-compressed files counted as they are). */
  bytes: number;
  /** The JavaScript part of `bytes`. */
  jsBytes: number;
  requests: number;
}

export interface Loaded {
  url: string;
  bytes: number;
  js: boolean;
  /** When the response ended, in epoch milliseconds (the browser's clock). */
  end: number;
}

// Pagefind's index files are gzip already: a server sends them as they are.
const sent = (body: Buffer) => Math.min(body.length, gzipSync(body).length);

// Every finished request of the page and of its workers (Pagefind searches in a Web Worker,
// whose fetches the page's own resource timing does not list).
export function recorder(page: Page) {
  const pending: Promise<Loaded | undefined>[] = [];
  page.on('requestfinished', (request: Request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response) return undefined;
        const timing = request.timing();
        return {
          url: request.url(),
          bytes: sent(await response.body()),
          js: /javascript|wasm/.test(response.headers()['content-type'] ?? ''),
          end: timing.startTime + timing.responseEnd,
        };
      })().catch(() => undefined),
    );
  });
  return async () => (await Promise.all(pending)).filter((r): r is Loaded => r !== undefined);
}

/** The gzipped bytes, JavaScript bytes and count of some responses. */
export const sum = (items: Loaded[]): Weight => ({
  bytes: items.reduce((n, r) => n + r.bytes, 0),
  jsBytes: items.filter((r) => r.js).reduce((n, r) => n + r.bytes, 0),
  requests: items.length,
});

// Installed before any page script: long tasks and the moment results first show.
function probes() {
  const w = window as unknown as Record<string, unknown>;
  const long: { start: number; duration: number }[] = [];
  w['__longTasks'] = long;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) long.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    // The first render for the page's state, with results or (for no match) without.
    const list = document.querySelector('[data-search-results]');
    if (w['__firstResults'] === undefined && list?.hasAttribute('data-render-count')) {
      w['__firstResults'] = performance.now();
      w['__firstResultsEpoch'] = performance.timeOrigin + performance.now();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

/** A fresh context and page with the probes installed (cold cache). */
export async function fresh(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(probes);
  return { context, page };
}

/** Loads a page in a fresh context and weighs everything it fetched once the network is idle. */
export async function pageWeight(browser: Browser, url: string): Promise<Weight> {
  const { context, page } = await fresh(browser);
  const responses = recorder(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  const weight = sum(await responses());
  await context.close();
  return weight;
}

/** Time and bytes from navigation to the first results of a search URL (cold cache). */
export interface FirstResults {
  ms: number;
  bytes: number;
  /** Bytes once the page is idle (snippet texts included). */
  idleBytes: number;
  /** Longest main-thread task while loading, in ms (0 when none passed 50 ms). */
  longestTaskMs: number;
}

/** Opens a search URL and waits for results in `[data-search-results]`. */
export async function firstResults(browser: Browser, url: string): Promise<FirstResults> {
  const { context, page } = await fresh(browser);
  const responses = recorder(page);
  await page.goto(url);
  await page.waitForFunction(() => '__firstResults' in window, undefined, { timeout: 60_000 });
  const at = await page.evaluate(() => {
    const w = window as unknown as Record<string, number>;
    return { ms: w['__firstResults']!, epoch: w['__firstResultsEpoch']! };
  });
  await page.waitForLoadState('networkidle');
  const all = await responses();
  const longest = await page.evaluate(() =>
    Math.max(
      0,
      ...(window as unknown as { __longTasks: { duration: number }[] }).__longTasks.map(
        (t) => t.duration,
      ),
    ),
  );
  const before = all.filter((r) => r.end <= at.epoch + 1);
  await context.close();
  return { ms: at.ms, bytes: sum(before).bytes, idleBytes: sum(all).bytes, longestTaskMs: longest };
}
