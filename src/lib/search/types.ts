import type { AliasGroup } from './aliases';

/** The filter facets of the search page, named as their URL parameters. */
export type FacetName = 'tahun' | 'instansi' | 'topik';
export const FACETS: readonly FacetName[] = ['tahun', 'instansi', 'topik'];

/** What a result shows before its snippet arrives, and what filters match on. */
export interface SearchDoc {
  slug: string;
  title: string;
  date: string;
  /** The date (or date range) as the reader sees it: "3–5 Agustus 2022". */
  dateText: string;
  institution: string;
  facets: Record<FacetName, string[]>;
}

/** A facet value offered as a filter. */
export interface FacetValue {
  id: string;
  label: string;
}

/** The static search index: written at build time as JSON, read by the browser as is. */
export interface SearchIndexData {
  version: 1;
  docs: SearchDoc[];
  /** term → flat [docIndex, score×10, docIndex, score×10, …] */
  postings: Record<string, number[]>;
  /** Groups of index terms sharing an Indonesian stem ("pelayanan", "layanan", "melayani"). */
  stems: string[][];
  aliases: AliasGroup[];
  facets: Record<FacetName, FacetValue[]>;
  /** Body texts live in shard files of `size` documents each, loaded only for snippets. */
  shards: { size: number; count: number };
}
