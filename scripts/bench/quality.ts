// The dev query set against a built site: our index (as the tests run it) and Pagefind's.
import type { Browser } from 'playwright-core';
import { devSet, devSetSlugs, searcher } from '../../tests/helpers/search.ts';

/** How many dev-set cases pass, and which fail. */
export interface Quality {
  passed: number;
  total: number;
  failed: string[];
}

interface Case {
  name: string;
  params: Record<string, string>;
  must: string[];
  mustNot: string[];
}

function cases(): Case[] {
  return [
    ...devSet.queries.map((q) => ({ ...q, name: `q=${q.q}`, params: { q: q.q } })),
    ...devSet.filters.map((f) => ({ ...f, name: new URLSearchParams(f.params).toString() })),
  ];
}

function judge(all: Case[], found: string[][]): Quality {
  const slugs = devSetSlugs();
  const failed = all
    .filter((c, i) => {
      const hits = new Set(found[i]);
      return (
        !c.must.every((k) => hits.has(slugs[k]!)) || c.mustNot.some((k) => hits.has(slugs[k]!))
      );
    })
    .map((c) => c.name);
  return { passed: all.length - failed.length, total: all.length, failed };
}

/** The dev set against our built index: every hit counts, as in tests/site. */
export async function ourQuality(dist: string): Promise<Quality> {
  const { runParams } = searcher(dist);
  const all = cases();
  const found: string[][] = [];
  for (const c of all) found.push(await runParams(c.params));
  return judge(all, found);
}

/** The dev set against Pagefind's index, through its JS API on the harness page. */
export async function pagefindQuality(browser: Browser, harnessUrl: string): Promise<Quality> {
  const page = await browser.newPage();
  await page.goto(harnessUrl);
  await page.waitForFunction(() => '__pagefind' in window);
  const slugs = devSetSlugs();
  const all = cases();
  const found = await page.evaluate(
    async ({ all, phrases }) => {
      type Result = { id: string; data: () => Promise<{ url: string }> };
      const pf = (
        window as unknown as {
          __pagefind: {
            search: (q: string | null, o: object) => Promise<{ results: Result[] } | null>;
          };
        }
      ).__pagefind;
      // Pagefind answers with page ids: learn the real articles' ids from their own phrases.
      const idOf = new Map<string, string>();
      for (const [slug, phrase] of phrases) {
        const hits = (await pf.search(phrase, {}))?.results ?? [];
        for (const hit of hits.slice(0, 20)) {
          if ((await hit.data()).url.includes(`/artikel/${slug}/`)) idOf.set(hit.id, slug);
        }
      }
      const out: string[][] = [];
      for (const c of all) {
        const filters: Record<string, string> = {};
        for (const [k, v] of Object.entries(c.params)) if (k !== 'q') filters[k] = v;
        const q = c.params['q']?.trim() || null;
        const hits = (await pf.search(q, { filters }))?.results ?? [];
        out.push(hits.map((h) => idOf.get(h.id) ?? h.id));
      }
      return out;
    },
    {
      all,
      phrases: Object.entries(devSet.articles).map(
        ([k, phrase]) => [slugs[k]!, phrase] as [string, string],
      ),
    },
  );
  await page.close();
  return judge(all, found);
}
