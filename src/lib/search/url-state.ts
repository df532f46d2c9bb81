import type { Filters, SortOrder } from './search.ts';
import { FACETS, type SearchCore } from './types.ts';

/** Everything the search page shows, as it lives in the URL. */
export interface SearchState {
  q: string;
  filters: Filters;
  sort: SortOrder;
}

const SORTS: readonly SortOrder[] = ['relevansi', 'terbaru', 'terlama'];
/** Longest query kept from a URL: anything longer is cut (no reader types more). */
export const MAX_QUERY = 200;

/**
 * Reads the state from URL parameters, keeping only filter values the index offers:
 * hostile or stale values (`?tahun=abc`, `?instansi=../../x`) are dropped, never used.
 */
export function readState(params: URLSearchParams, index: Pick<SearchCore, 'facets'>): SearchState {
  const filters = Object.fromEntries(
    FACETS.map((facet) => {
      const allowed = new Set(index.facets[facet].map((v) => v.id));
      return [facet, [...new Set(params.getAll(facet))].filter((v) => allowed.has(v))];
    }),
  ) as Filters;
  const sort = params.get('urut') as SortOrder | null;
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY),
    filters,
    sort: sort && SORTS.includes(sort) ? sort : 'relevansi',
  };
}

/** Writes the state as URL parameters: empty parts are left out, filters repeat. */
export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  for (const facet of FACETS) for (const value of state.filters[facet]) params.append(facet, value);
  if (state.sort !== 'relevansi') params.set('urut', state.sort);
  return params;
}

/** Parses a query string that may hold malformed percent-encoding without throwing. */
export function safeParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}
