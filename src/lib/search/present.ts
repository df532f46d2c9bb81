import type { Filters } from './search.ts';
import { FACETS, type FacetName } from './types.ts';
import type { SearchState } from './url-state.ts';
import { writeState } from './url-state.ts';

/** Words the UI shows for the search state; supplied by the page, in its language. */
export interface StatusText {
  found: (n: number, q: string) => string;
  foundFiltered: (n: number) => string;
  browseAll: (n: number) => string;
}

/**
 * The sentence the live region announces: "3 artikel ditemukan untuk “korea”". `readAs` is the
 * query as the search read it when it corrected a typo: the results are for that.
 */
export function statusLine(
  state: SearchState,
  n: number,
  text: StatusText,
  readAs?: string,
): string {
  const q = state.q.trim();
  if (q !== '') return text.found(n, readAs ?? q);
  return hasFilters(state.filters) ? text.foundFiltered(n) : text.browseAll(n);
}

/** Whether any filter is chosen. */
export function hasFilters(filters: Filters): boolean {
  return FACETS.some((facet) => filters[facet].length > 0);
}

/** How many filter values are chosen. */
export function filterCount(filters: Filters): number {
  return FACETS.reduce((n, facet) => n + filters[facet].length, 0);
}

/** The URL query string of a state ("" for the bare page), from which a link is made. */
export function queryString(state: SearchState): string {
  const params = writeState(state).toString();
  return params ? `?${params}` : '';
}

/** A removable chip for each active filter, linking to the state without it. */
export function chips(
  state: SearchState,
  labelOf: (facet: FacetName, id: string) => string,
): { facet: FacetName; label: string; query: string }[] {
  return FACETS.flatMap((facet) =>
    state.filters[facet].map((value) => {
      const without: SearchState = {
        ...state,
        filters: { ...state.filters, [facet]: state.filters[facet].filter((v) => v !== value) },
      };
      return { facet, label: labelOf(facet, value), query: queryString(without) };
    }),
  );
}
