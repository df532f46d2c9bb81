import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { noFilters, type Filters } from '../../src/lib/search/search.ts';
import {
  unpackSlug,
  type DocList,
  type Postings,
  type SearchCore,
} from '../../src/lib/search/types.ts';
import { readState } from '../../src/lib/search/url-state.ts';
import { ROOT } from './build.ts';
import { sourceArticles } from './site.ts';

export interface DevSet {
  articles: Record<string, string>;
  queries: { q: string; must: string[]; mustNot: string[]; should?: string[] }[];
  filters: { params: Record<string, string>; must: string[]; mustNot: string[] }[];
}

/** How many results the search page shows before "more" (src/scripts/search-page.ts). */
export const RESULTS_PAGE = 10;

const readDevSet = <T>(file: string) =>
  JSON.parse(readFileSync(join(ROOT, 'tests/fixtures', file), 'utf8')) as T;

/** The dev query set, copied from the shared folder. */
export const devSet = readDevSet<DevSet>('search-queries.json');

/** The cross-language dev set (English queries over the Indonesian articles), copied likewise. */
export const devSetEn = readDevSet<{
  articles: Record<string, string>;
  queries: { q: string; must: string[]; mustNot?: string[] }[];
}>('search-queries-en.json');

/** Maps each dev-set article key to its slug through the phrase only its body holds. */
export function devSetSlugs(set: Pick<DevSet, 'articles'> = devSet): Record<string, string> {
  const articles = sourceArticles();
  return Object.fromEntries(
    Object.entries(set.articles).map(([key, phrase]) => {
      const found = articles.filter((a) => a.body.includes(phrase));
      if (found.length !== 1) throw new Error(`dev set: "${phrase}" is in ${found.length} bodies`);
      return [key, found[0]!.slug];
    }),
  );
}

/** Loads a built search index and runs queries against it as the browser does. */
export function searcher(dist: string) {
  const read = <T>(file: string) => JSON.parse(readFileSync(join(dist, 'cari', file), 'utf8')) as T;
  const core = read<SearchCore>('indeks.json');
  const engine = new SearchEngine(core, (shard) =>
    Promise.resolve(read<Postings>(`indeks-${shard}.json`)),
  );
  const list = read<DocList>('daftar.json');
  const slugs = (hits: { index: number }[]) =>
    hits.map((h) => unpackSlug(list.slugs[h.index]!, core.docs.dates[h.index]!));
  return {
    core,
    engine,
    run: async (q: string, filters: Filters = noFilters()) =>
      slugs((await engine.run(q, filters)).hits),
    runParams: async (params: Record<string, string>) => {
      const state = readState(new URLSearchParams(params), core);
      return slugs((await engine.run(state.q, state.filters, state)).hits);
    },
  };
}

/** The slugs the built index finds for a search page's URL parameters (repeated ones as lists). */
export async function resultsFor(
  dist: string,
  params: Record<string, string | string[]>,
): Promise<string[]> {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    for (const v of [value].flat()) search.append(key, v);
  const { core, engine } = searcher(dist);
  const list = JSON.parse(readFileSync(join(dist, 'cari', 'daftar.json'), 'utf8')) as DocList;
  const state = readState(search, core);
  const { hits } = await engine.run(state.q, state.filters, state);
  return hits.map((h) => unpackSlug(list.slugs[h.index]!, core.docs.dates[h.index]!));
}
