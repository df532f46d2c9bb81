// Typing in headless Chromium: each keystroke timed to the page's next render, its parts read
// from the User Timing measures our search page records, long tasks counted.
import { loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import { fresh, recorder, sum } from './web.ts';

/** A query typed into the search box, one keystroke at a time, under URL filters. */
export interface TypingCase {
  q: string;
  params?: Record<string, string>;
}

/** Keystroke-to-results figures over every prefix of every case. */
export interface Typing {
  samples: number;
  /** Requests (and their gzipped bytes) made while typing, over all keystrokes. */
  requests: number;
  bytes: number;
  p50: number;
  p95: number;
  max: number;
  longTasks: number;
  longestTaskMs: number;
  /** The machine's 1-minute load average when typing began: above ~1, others competed. */
  loadBefore: number;
  /** What the parts of a keystroke cost (our page only: it measures them, Pagefind does not). */
  parts?: Record<string, Spread>;
}

/** The middle and the tail of some timings, in ms. */
export interface Spread {
  n: number;
  p50: number;
  p95: number;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;

/** The p50 and p95 of some timings. */
export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
}

interface Measures {
  /** Keystroke to the worker's answer on the page, with the worker's own timings. */
  answer: { duration: number; detail: Record<string, number> }[];
  render: number[];
  snippets: { duration: number; detail: Record<string, number> }[];
}

// The parts of each keystroke, from the User Timing measures our search page records.
function parts(measures: Measures): Record<string, Spread> {
  const worker = (key: string) => spread(measures.answer.map((m) => m.detail[key] ?? 0));
  return {
    'page to worker (message, queue)': worker('there'),
    'worker: read the query': worker('parse'),
    'worker: wait for postings shards': worker('shards'),
    'worker: score, filter, order': worker('rank'),
    'worker: whole answer': worker('total'),
    'worker to page (message, queue)': worker('back'),
    'keystroke to answer on the page': spread(measures.answer.map((m) => m.duration)),
    'page: render the list': spread(measures.render),
    'keystroke to snippets in': spread(measures.snippets.map((m) => m.duration)),
    'snippets: fetch the texts': spread(measures.snippets.map((m) => m.detail['fetch'] ?? 0)),
    'snippets: cut them': spread(measures.snippets.map((m) => m.detail['cut'] ?? 0)),
  };
}

/** Types each case into `[data-search-input]` and times each keystroke to the next render. */
export async function typing(browser: Browser, pageUrl: string, cases: TypingCase[]) {
  const loadBefore = loadavg()[0]!;
  const { context, page } = await fresh(browser);
  const responses = recorder(page);
  const windows: [number, number][] = [];
  const times: number[] = [];
  const measures: Measures = { answer: [], render: [], snippets: [] };
  let longTasks = 0;
  let longest = 0;
  // The page is settled: it has rendered for its state and nothing is pending.
  const settled = () =>
    page.waitForFunction(
      () => {
        const list = document.querySelector('[data-search-results]');
        return list?.hasAttribute('data-render-count') && list.getAttribute('aria-busy') !== 'true';
      },
      undefined,
      { timeout: 60_000 },
    );
  for (const { q, params } of cases) {
    await page.goto(`${pageUrl}?${new URLSearchParams(params)}`);
    // Typing starts once the page has shown its first results (or none) for the URL.
    await settled();
    const result = await page.evaluate(async (text) => {
      const input = document.querySelector<HTMLInputElement>('[data-search-input]')!;
      const list = document.querySelector<HTMLElement>('[data-search-results]')!;
      const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] })
        .__longTasks;
      const from = performance.now();
      const out: number[] = [];
      for (let i = 1; i <= text.length; i++) {
        const before = list.dataset['renderCount'];
        const changed = new Promise<void>((done) => {
          const watch = new MutationObserver(() => {
            if (list.dataset['renderCount'] !== before) {
              watch.disconnect();
              done();
            }
          });
          watch.observe(list, { attributes: true, attributeFilter: ['data-render-count'] });
        });
        const t0 = performance.now();
        input.value = text.slice(0, i);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await changed;
        out.push(performance.now() - t0);
        // Let the page paint and settle, as between a reader's keystrokes.
        await new Promise((done) => setTimeout(done, 30));
      }
      const during = tasks.filter((t) => t.start >= from).map((t) => t.duration);
      // No named helpers in here: the bundler's __name() wrapper does not exist in the page.
      const span: [number, number] = [
        performance.timeOrigin + from,
        performance.timeOrigin + performance.now(),
      ];
      return { out, during, span, from };
    }, q);
    // Snippets and the settled view of the last keystroke, before the next case's page.
    await settled();
    const taken = await page.evaluate((from) => {
      const of = (name: string) =>
        performance
          .getEntriesByName(name, 'measure')
          .filter((m) => m.startTime >= from) as PerformanceMeasure[];
      return {
        answer: of('search-answer').map((m) => ({ duration: m.duration, detail: m.detail })),
        render: of('search-render').map((m) => m.duration),
        snippets: of('search-snippets').map((m) => ({ duration: m.duration, detail: m.detail })),
      };
    }, result.from);
    measures.answer.push(...taken.answer);
    measures.render.push(...taken.render);
    measures.snippets.push(...taken.snippets);
    windows.push(result.span);
    times.push(...result.out);
    longTasks += result.during.length;
    longest = Math.max(longest, ...result.during);
  }
  const fetched = (await responses()).filter((r) =>
    windows.some(([from, to]) => r.end >= from && r.end <= to),
  );
  await context.close();
  const sorted = [...times].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    requests: fetched.length,
    bytes: sum(fetched).bytes,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    max: sorted.at(-1) ?? 0,
    longTasks,
    longestTaskMs: longest,
    loadBefore,
    ...(measures.answer.length > 0 ? { parts: parts(measures) } : {}),
  } satisfies Typing;
}
