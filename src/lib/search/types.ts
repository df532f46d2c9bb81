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
  version: 2;
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
  /** How many postings shards there are: a term lives in shard shardOf(term, shards). */
  shards: number;
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

/** The shard a term's postings live in: FNV-1a over its UTF-16 code units. */
export function shardOf(term: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    hash ^= term.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
}
