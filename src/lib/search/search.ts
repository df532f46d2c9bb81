import type { QueryUnit } from './query.ts';
import { FACETS, type FacetName, type SearchCore } from './types.ts';

/** The filters chosen: for each facet, the values allowed (none = no filter). */
export type Filters = Record<FacetName, string[]>;

/** How results are ordered. */
export type SortOrder = 'relevansi' | 'terbaru' | 'terlama';

/** One search hit: a document (by its index) and its score. */
export interface Hit {
  index: number;
  score: number;
}

/** The outcome of a search: hits after filters, counts per facet value, and what matched. */
export interface SearchOutcome {
  hits: Hit[];
  counts: Record<FacetName, Map<string, number>>;
  /** Index terms (and alias ids) the query matched through: used to highlight snippets. */
  matched: Set<string>;
  units: QueryUnit[];
}

/** Looks up a term's postings (flat [doc, score×10, …]); undefined when the index lacks it. */
export type PostingsOf = (term: string) => number[] | undefined;

/** Filters with nothing chosen. */
export function noFilters(): Filters {
  return { tahun: [], instansi: [], topik: [] };
}

// Scores of every document for one term, idf-weighted: rare words count more.
function termScores(postingsOf: PostingsOf, total: number, term: string): Map<number, number> {
  const flat = postingsOf(term);
  const scores = new Map<number, number>();
  if (!flat) return scores;
  const idf = Math.log(1 + total / (flat.length / 2));
  for (let i = 0; i < flat.length; i += 2) scores.set(flat[i]!, (flat[i + 1]! / 10) * idf);
  return scores;
}

/**
 * Searches: every query unit must match (AND); a document's score is the sum of its best
 * match per unit. No units (an empty query) browses the whole archive, newest first.
 */
export function search(
  core: SearchCore,
  postingsOf: PostingsOf,
  units: QueryUnit[],
  filters: Filters,
  sort: SortOrder = 'relevansi',
  emptyQuery = units.length === 0,
): SearchOutcome {
  const total = core.docs.dates.length;
  const matched = new Set<string>();
  let candidates: Hit[];
  if (units.length === 0) {
    candidates = emptyQuery ? core.docs.dates.map((_, index) => ({ index, score: 0 })) : [];
  } else {
    let totals: Map<number, number> | undefined;
    for (const unit of units) {
      const best = new Map<number, number>();
      for (const { term, weight } of unit.alternatives) {
        const scores = termScores(postingsOf, total, term);
        if (scores.size > 0) matched.add(term);
        for (const [doc, score] of scores) {
          if (!totals || totals.has(doc))
            best.set(doc, Math.max(best.get(doc) ?? 0, score * weight));
        }
      }
      const next = new Map<number, number>();
      for (const [doc, score] of best) next.set(doc, (totals?.get(doc) ?? 0) + score);
      totals = next;
      if (totals.size === 0) break;
    }
    candidates = [...(totals ?? new Map<number, number>())].map(([index, score]) => ({
      index,
      score,
    }));
  }

  // Chosen filter values as indexes into each facet's values.
  const chosen = Object.fromEntries(
    FACETS.map((facet) => [
      facet,
      new Set(filters[facet].map((id) => core.facets[facet].findIndex((v) => v.id === id))),
    ]),
  ) as Record<FacetName, Set<number>>;
  const passes = (doc: number, except?: FacetName) =>
    FACETS.every(
      (facet) =>
        facet === except ||
        chosen[facet].size === 0 ||
        core.docs.facets[facet][doc]!.some((v) => chosen[facet].has(v)),
    );
  const counts = Object.fromEntries(
    FACETS.map((facet) => {
      const values = core.facets[facet];
      const tally = new Array<number>(values.length).fill(0);
      for (const hit of candidates) {
        if (!passes(hit.index, facet)) continue;
        for (const v of new Set(core.docs.facets[facet][hit.index])) tally[v]! += 1;
      }
      return [facet, new Map(values.map((v, i) => [v.id, tally[i]!]))];
    }),
  ) as Record<FacetName, Map<string, number>>;

  const dates = core.docs.dates;
  const newest = (a: Hit, b: Hit) =>
    dates[a.index]! < dates[b.index]!
      ? 1
      : dates[a.index]! > dates[b.index]!
        ? -1
        : a.index - b.index;
  const order =
    sort === 'terlama'
      ? (a: Hit, b: Hit) => newest(b, a)
      : sort === 'terbaru' || units.length === 0
        ? newest
        : (a: Hit, b: Hit) => b.score - a.score || newest(a, b);
  const hits = candidates.filter((hit) => passes(hit.index)).sort(order);
  return { hits, counts, matched, units };
}
