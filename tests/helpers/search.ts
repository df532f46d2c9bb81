import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QueryResolver } from '../../src/lib/search/query';
import { noFilters, search, type Filters } from '../../src/lib/search/search';
import type { SearchIndexData } from '../../src/lib/search/types';
import { readState } from '../../src/lib/search/url-state';
import { ROOT } from './build';
import { sourceArticles } from './site';

export interface DevSet {
  articles: Record<string, string>;
  queries: { q: string; must: string[]; mustNot: string[]; should?: string[] }[];
  filters: { params: Record<string, string>; must: string[]; mustNot: string[] }[];
}

/** The dev query set, copied from the shared folder. */
export const devSet = JSON.parse(
  readFileSync(join(ROOT, 'tests/fixtures/search-queries.json'), 'utf8'),
) as DevSet;

/** Maps each dev-set article key to its slug through the phrase only its body holds. */
export function devSetSlugs(): Record<string, string> {
  const articles = sourceArticles();
  return Object.fromEntries(
    Object.entries(devSet.articles).map(([key, phrase]) => {
      const found = articles.filter((a) => a.body.includes(phrase));
      if (found.length !== 1) throw new Error(`dev set: "${phrase}" is in ${found.length} bodies`);
      return [key, found[0]!.slug];
    }),
  );
}

/** Loads a built search index and runs queries against it as the browser does. */
export function searcher(dist: string) {
  const index = JSON.parse(readFileSync(join(dist, 'cari/indeks.json'), 'utf8')) as SearchIndexData;
  const resolver = new QueryResolver(index);
  return {
    index,
    resolver,
    run: (q: string, filters: Filters = noFilters()) =>
      search(index, resolver, q, filters).hits.map((h) => h.doc.slug),
    runParams: (params: Record<string, string>) => {
      const state = readState(new URLSearchParams(params), index);
      return search(index, resolver, state.q, state.filters, state.sort).hits.map(
        (h) => h.doc.slug,
      );
    },
  };
}
