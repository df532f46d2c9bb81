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

/** The outcome of a search: the first hits in order, their number, facet counts, what matched. */
export interface SearchOutcome {
  /** The first `limit` hits, in order. */
  hits: Hit[];
  /** How many documents match in all. */
  total: number;
  counts: Record<FacetName, Map<string, number>>;
  /** Index terms (and alias ids) the query matched through: used to highlight snippets. */
  matched: Set<string>;
  units: QueryUnit[];
}

/** Looks up a term's postings (flat [doc, score×10, …]); undefined when the index lacks it. */
export type PostingsOf = (term: string) => number[] | undefined;

/** How to run a search. */
export interface SearchOptions {
  sort?: SortOrder | undefined;
  /** No query at all (browse the archive) rather than a query that read as nothing. */
  emptyQuery?: boolean | undefined;
  /** How many hits to order and return (the total is counted in any case). */
  limit?: number | undefined;
}

/** Filters with nothing chosen. */
export function noFilters(): Filters {
  return { tahun: [], instansi: [], topik: [] };
}

// Buffers and keys per index, kept between searches: scoring a query touches only its postings.
interface Scratch {
  totals: Float64Array;
  best: Float64Array;
  /** Each document's date as a number (YYYYMMDD), for ordering. */
  day: Int32Array;
  position: Record<FacetName, Map<string, number>>;
}
const scratches = new WeakMap<SearchCore, Scratch>();

function scratchOf(core: SearchCore): Scratch {
  let scratch = scratches.get(core);
  if (!scratch) {
    const n = core.docs.dates.length;
    scratch = {
      totals: new Float64Array(n),
      best: new Float64Array(n),
      day: Int32Array.from(core.docs.dates, (d) => Number(d.replaceAll('-', ''))),
      position: Object.fromEntries(
        FACETS.map((f) => [f, new Map(core.facets[f].map((id, i) => [id, i]))]),
      ) as Scratch['position'],
    };
    scratches.set(core, scratch);
  }
  return scratch;
}

// The documents matching every unit (AND), each scored in `totals` by the sum of its best match
// per unit, rare words counting more (idf). The caller zeroes `totals` for the documents returned.
function score(core: SearchCore, scratch: Scratch, postingsOf: PostingsOf, units: QueryUnit[]) {
  const { totals, best } = scratch;
  const n = core.docs.dates.length;
  const matched = new Set<string>();
  let candidates: number[] | undefined;
  for (const unit of units) {
    const touched: number[] = [];
    for (const { term, weight } of unit.alternatives) {
      const flat = postingsOf(term);
      if (!flat || flat.length === 0) continue;
      matched.add(term);
      const factor = (Math.log(1 + n / (flat.length / 2)) * weight) / 10;
      for (let i = 0; i < flat.length; i += 2) {
        const doc = flat[i]!;
        if (candidates && totals[doc] === 0) continue;
        const value = flat[i + 1]! * factor;
        if (best[doc] === 0) touched.push(doc);
        if (value > best[doc]!) best[doc] = value;
      }
    }
    let next = touched;
    if (candidates) {
      next = [];
      for (const doc of candidates) {
        if (best[doc]! > 0) {
          totals[doc]! += best[doc]!;
          next.push(doc);
        } else totals[doc] = 0;
      }
    } else for (const doc of touched) totals[doc] = best[doc]!;
    for (const doc of touched) best[doc] = 0;
    candidates = next;
    if (candidates.length === 0) break;
  }
  return { docs: candidates ?? [], matched };
}

// The first `k` items in order, without sorting them all: most items lose to the k-th at once.
function firstInOrder(items: number[], k: number, order: (a: number, b: number) => number) {
  if (k >= items.length) return items.sort(order);
  const top: number[] = [];
  if (k <= 0) return top;
  for (const item of items) {
    if (top.length === k && order(item, top[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(top[mid]!, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
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
  options: SearchOptions = {},
): SearchOutcome {
  const { sort = 'relevansi', emptyQuery = units.length === 0, limit = Infinity } = options;
  const scratch = scratchOf(core);
  const { totals, day } = scratch;
  const { docs: candidates, matched } =
    units.length > 0
      ? score(core, scratch, postingsOf, units)
      : { docs: emptyQuery ? core.docs.dates.map((_, i) => i) : [], matched: new Set<string>() };

  // Which facets each candidate fails (a bit per facet): a facet's counts ignore its own filter.
  const masks = FACETS.map((facet) => {
    const chosen = filters[facet]
      .map((id) => scratch.position[facet].get(id))
      .filter((i) => i !== undefined);
    if (chosen.length === 0) return undefined;
    const mask = new Uint8Array(core.facets[facet].length);
    for (const i of chosen) mask[i] = 1;
    return mask;
  });
  const fails = new Uint8Array(candidates.length);
  masks.forEach((mask, f) => {
    if (!mask) return;
    const values = core.docs.facets[FACETS[f]!];
    for (let c = 0; c < candidates.length; c++) {
      if (!values[candidates[c]!]!.some((v) => mask[v] === 1)) fails[c]! |= 1 << f;
    }
  });
  const counts = Object.fromEntries(
    FACETS.map((facet, f) => {
      const tally = new Array<number>(core.facets[facet].length).fill(0);
      const values = core.docs.facets[facet];
      const others = ~(1 << f);
      for (let c = 0; c < candidates.length; c++) {
        if ((fails[c]! & others) !== 0) continue;
        for (const v of values[candidates[c]!]!) tally[v]! += 1;
      }
      return [facet, new Map(core.facets[facet].map((id, i) => [id, tally[i]!]))];
    }),
  ) as Record<FacetName, Map<string, number>>;

  const newest = (a: number, b: number) => day[b]! - day[a]! || a - b;
  const order =
    sort === 'terlama'
      ? (a: number, b: number) => newest(b, a)
      : sort === 'terbaru' || units.length === 0
        ? newest
        : (a: number, b: number) => totals[b]! - totals[a]! || newest(a, b);
  const filtered = masks.some(Boolean);
  const passing = filtered ? candidates.filter((_, c) => fails[c] === 0) : candidates;
  const total = passing.length;
  const hits = firstInOrder(passing, limit, order).map((index) => ({
    index,
    score: totals[index]!,
  }));
  for (const doc of candidates) totals[doc] = 0;
  return { hits, total, counts, matched, units };
}
