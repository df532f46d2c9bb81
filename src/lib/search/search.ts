import type { QueryResolver, QueryUnit } from './query';
import { FACETS, type FacetName, type SearchDoc, type SearchIndexData } from './types';

/** The filters chosen: for each facet, the values allowed (none = no filter). */
export type Filters = Record<FacetName, string[]>;

/** How results are ordered. */
export type SortOrder = 'relevansi' | 'terbaru' | 'terlama';

/** One search hit. */
export interface Hit {
  doc: SearchDoc;
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

/** Filters with nothing chosen. */
export function noFilters(): Filters {
  return { tahun: [], instansi: [], topik: [] };
}

// Scores of every document for one term, idf-weighted: rare words count more.
function termScores(index: SearchIndexData, term: string): Map<number, number> {
  const flat = index.postings[term];
  const scores = new Map<number, number>();
  if (!flat) return scores;
  const idf = Math.log(1 + index.docs.length / (flat.length / 2));
  for (let i = 0; i < flat.length; i += 2) scores.set(flat[i]!, (flat[i + 1]! / 10) * idf);
  return scores;
}

function unitScores(index: SearchIndexData, unit: QueryUnit, matched: Set<string>) {
  const best = new Map<number, number>();
  const offer = (doc: number, score: number) => best.set(doc, Math.max(best.get(doc) ?? 0, score));
  for (const { term, weight } of unit.alternatives) {
    const scores = termScores(index, term);
    if (scores.size > 0) matched.add(term);
    for (const [doc, score] of scores) offer(doc, score * weight);
  }
  return best;
}

function passes(doc: SearchDoc, filters: Filters, except?: FacetName): boolean {
  return FACETS.every(
    (facet) =>
      facet === except ||
      filters[facet].length === 0 ||
      doc.facets[facet].some((v) => filters[facet].includes(v)),
  );
}

/**
 * Searches the index: every query unit must match (AND); a document's score is the sum of
 * its best match per unit. An empty query browses the whole archive, newest first.
 */
export function search(
  index: SearchIndexData,
  resolver: QueryResolver,
  query: string,
  filters: Filters,
  sort: SortOrder = 'relevansi',
  typing = false,
): SearchOutcome {
  const units = resolver.parse(query, typing);
  const matched = new Set<string>();
  let candidates: Hit[];
  if (units.length === 0) {
    candidates =
      query.trim() === '' ? index.docs.map((doc, i) => ({ doc, index: i, score: 0 })) : [];
  } else {
    let totals: Map<number, number> | undefined;
    for (const unit of units) {
      const scores = unitScores(index, unit, matched);
      const next = new Map<number, number>();
      for (const [doc, score] of scores) {
        if (!totals || totals.has(doc)) next.set(doc, (totals?.get(doc) ?? 0) + score);
      }
      totals = next;
      if (totals.size === 0) break;
    }
    candidates = [...(totals ?? new Map<number, number>())].map(([i, score]) => ({
      doc: index.docs[i]!,
      index: i,
      score,
    }));
  }
  const counts = Object.fromEntries(
    FACETS.map((facet) => {
      const map = new Map<string, number>(index.facets[facet].map((v) => [v.id, 0]));
      for (const hit of candidates) {
        if (!passes(hit.doc, filters, facet)) continue;
        for (const value of new Set(hit.doc.facets[facet]))
          map.set(value, (map.get(value) ?? 0) + 1);
      }
      return [facet, map];
    }),
  ) as Record<FacetName, Map<string, number>>;
  const byDate = (a: Hit, b: Hit) =>
    a.doc.date < b.doc.date ? 1 : a.doc.date > b.doc.date ? -1 : 0;
  const order =
    sort === 'terlama'
      ? (a: Hit, b: Hit) => byDate(b, a)
      : sort === 'terbaru' || units.length === 0
        ? byDate
        : (a: Hit, b: Hit) => b.score - a.score || byDate(a, b);
  const hits = candidates.filter((hit) => passes(hit.doc, filters)).sort(order);
  return { hits, counts, matched, units };
}
