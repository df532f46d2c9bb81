import type { AliasGroup } from './aliases.ts';

/** The filter facets of the search page, named as their URL parameters. */
export type FacetName = 'tahun' | 'instansi' | 'topik';
export const FACETS: readonly FacetName[] = ['tahun', 'instansi', 'topik'];

/** A facet value offered as a filter. */
export interface FacetValue {
  id: string;
  label: string;
}

/** Postings of some terms: term → flat [docIndex, score×10, docIndex, score×10, …]. */
export type Postings = Record<string, number[]>;

/**
 * The core of the static search index, loaded first: everything needed to read a query,
 * filter, count and sort — but no postings (sharded by term) and no texts (one file per doc).
 */
export interface SearchCore {
  version: 3;
  /** Every index term, sorted (alias-group ids, which start with "~", excluded). */
  vocabulary: string[];
  /** Groups of index terms sharing an Indonesian stem ("pelayanan", "layanan", "melayani"). */
  stems: string[][];
  aliases: AliasGroup[];
  facets: Record<FacetName, FacetValue[]>;
  docs: {
    /** YYYY-MM-DD of each document, in document order. */
    dates: string[];
    /** For each facet, each document's values as indexes into `facets[facet]`. */
    facets: Record<FacetName, number[][]>;
  };
  /**
   * The first term of each postings shard. Shards hold contiguous ranges of the sorted terms,
   * so a word and its completions while typing ("sis" → "sistem", "sisi") share a shard.
   */
  shardStarts: string[];
}

/** What a result shows: one small file per document, fetched only for results on screen. */
export interface DocFile {
  slug: string;
  title: string;
  /** The date (or date range) as the reader sees it: "3–5 Agustus 2022". */
  dateText: string;
  institution: string;
  /** The body as plain text, for the snippet. */
  text: string;
}

/** The shard a term's postings live in: the last shard starting at or before it. */
export function shardOf(term: string, shardStarts: readonly string[]): number {
  let lo = 0;
  let hi = shardStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (shardStarts[mid]! <= term) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Cuts sorted terms into contiguous shards of about `target` bytes (a term's postings are never
 * split), at most `max` shards; returns the index of the first term of each shard.
 */
export function shardRanges(sizes: readonly number[], target: number, max: number): number[] {
  const total = sizes.reduce((a, b) => a + b, 0);
  const per = Math.max(target, total / max);
  const starts = [0];
  let filled = 0;
  sizes.forEach((size, i) => {
    if (filled > 0 && filled + size > per && starts.length < max) {
      starts.push(i);
      filled = 0;
    }
    filled += size;
  });
  return starts;
}
