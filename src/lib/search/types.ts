import type { AliasGroup } from './aliases.ts';

/** The filter facets of the search page, named as their URL parameters. */
export type FacetName = 'tahun' | 'instansi' | 'topik';
export const FACETS: readonly FacetName[] = ['tahun', 'instansi', 'topik'];

/** Postings of some terms: term → flat [docIndex, score×10, docIndex, score×10, …]. */
export type Postings = Record<string, number[]>;

/**
 * The core of the static search index, loaded first: everything needed to read a query,
 * filter, count and sort — but no postings (sharded by term) and no texts (one file per doc).
 * It holds no words of the interface: facet values are ids, dates are ISO; each page labels
 * and formats them in its own language.
 */
export interface SearchCore {
  version: 4;
  /**
   * Every index term and every word of an alias or thesaurus phrase, sorted by code unit
   * (alias-group ids, which start with "~", excluded).
   */
  vocabulary: string[];
  /** Groups of index terms sharing an Indonesian stem ("pelayanan", "layanan", "melayani"). */
  stems: string[][];
  aliases: AliasGroup[];
  /** The ids each facet offers, in the order the filters list them. */
  facets: Record<FacetName, string[]>;
  docs: {
    /** YYYY-MM-DD of each document, in document order. */
    dates: string[];
    /**
     * For each facet, each document's values as indexes into `facets[facet]`, each once.
     * A document's first `instansi` value is its own institution; the rest are partners.
     */
    facets: Record<FacetName, number[][]>;
  };
  /**
   * The first term of each postings shard. Shards hold contiguous ranges of the sorted terms,
   * so a word and its completions while typing ("sis" → "sistem", "sisi") share a shard.
   */
  shardStarts: string[];
}

/**
 * What the result list shows of every document, loaded with the core so that a list of results
 * renders without another request: slugs (without the date they start with) and titles.
 */
export interface DocList {
  /** Each slug, its leading "YYYY-MM-DD-" left out when it is the document's date. */
  slugs: string[];
  titles: string[];
  /** Our English headlines, for the English edition's results. */
  titlesEn: string[];
  /** The last day of the documents that have one (event ranges), by document index. */
  ends: Record<string, string>;
}

/** A document's texts for its snippet: one small file per document, fetched once it is shown. */
export interface DocFile {
  /** The body as plain text. */
  text: string;
  /** Our summaries, in Indonesian and English. */
  summary: string;
  summaryEn: string;
}

/** A slug as the document list stores it: without its leading date when that is the doc's date. */
export function packSlug(slug: string, date: string): string {
  return slug.startsWith(`${date}-`) ? slug.slice(date.length + 1) : `/${slug}`;
}

/** The slug back from its stored form (slugs are file names: they hold no "/"). */
export function unpackSlug(packed: string, date: string): string {
  return packed.startsWith('/') ? packed.slice(1) : `${date}-${packed}`;
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
