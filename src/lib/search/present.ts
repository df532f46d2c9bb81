import type { Filters } from './search.ts';
import { FACETS, type FacetName, type SearchCore } from './types.ts';
import type { SearchState } from './url-state.ts';
import { writeState } from './url-state.ts';

/** Words the UI shows for the search state; supplied by the page (Indonesian strings). */
export interface StatusText {
  found: (n: number, q: string) => string;
  foundFiltered: (n: number) => string;
  browseAll: (n: number) => string;
}

/** The sentence the live region announces: "3 artikel ditemukan untuk “korea”". */
export function statusLine(state: SearchState, n: number, text: StatusText): string {
  const q = state.q.trim();
  if (q !== '') return text.found(n, q);
  return hasFilters(state.filters) ? text.foundFiltered(n) : text.browseAll(n);
}

/** Whether any filter is chosen. */
export function hasFilters(filters: Filters): boolean {
  return FACETS.some((facet) => filters[facet].length > 0);
}

/** A removable chip for each active filter, linking to the state without it. */
export function chips(
  state: SearchState,
  index: Pick<SearchCore, 'facets'>,
): { facet: FacetName; label: string; query: string }[] {
  return FACETS.flatMap((facet) =>
    state.filters[facet].map((value) => {
      const label = index.facets[facet].find((v) => v.id === value)?.label ?? value;
      const without: SearchState = {
        ...state,
        filters: { ...state.filters, [facet]: state.filters[facet].filter((v) => v !== value) },
      };
      return { facet, label, query: writeState(without).toString() };
    }),
  );
}
