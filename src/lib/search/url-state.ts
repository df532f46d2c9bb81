import type { Filters, SortOrder } from './search.ts';
import { FACETS, type SearchCore } from './types.ts';

/** Everything the search page shows, as it lives in the URL. */
export interface SearchState {
  q: string;
  filters: Filters;
  sort: SortOrder;
  /** Search the words exactly as typed, without typo correction (`persis=1`). */
  exact: boolean;
}

const SORTS: readonly SortOrder[] = ['relevansi', 'terbaru', 'terlama'];
/** Longest query kept from a URL or the box: anything longer is cut (no reader types more). */
export const MAX_QUERY = 200;

// Bidirectional controls (embeddings, overrides, isolates, marks): in a query shown back to
// the reader they could reorder the page's own words around it ("…ditemukan untuk" reversed).
const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** A query as the page may show and search it: bidirectional controls removed, length capped. */
export function cleanQuery(raw: string): string {
  return raw.replace(BIDI_CONTROLS, '').slice(0, MAX_QUERY);
}

/**
 * Reads the state from URL parameters, keeping only filter values the index offers:
 * hostile or stale values (`?tahun=abc`, `?instansi=../../x`) are dropped, never used.
 */
export function readState(params: URLSearchParams, index: Pick<SearchCore, 'facets'>): SearchState {
  const filters = Object.fromEntries(
    FACETS.map((facet) => {
      const allowed = new Set(index.facets[facet]);
      return [facet, [...new Set(params.getAll(facet))].filter((v) => allowed.has(v))];
    }),
  ) as Filters;
  const sort = params.get('urut') as SortOrder | null;
  return {
    q: cleanQuery(params.get('q') ?? ''),
    filters,
    sort: sort && SORTS.includes(sort) ? sort : 'relevansi',
    exact: params.get('persis') === '1',
  };
}

/** Writes the state as URL parameters: empty parts are left out, filters repeat. */
export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  for (const facet of FACETS) for (const value of state.filters[facet]) params.append(facet, value);
  if (state.sort !== 'relevansi') params.set('urut', state.sort);
  if (state.exact && state.q.trim() !== '') params.set('persis', '1');
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
