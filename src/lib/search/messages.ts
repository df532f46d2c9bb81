// What the search page and the search worker say to each other: plain data, never HTML.
import type { RunTiming } from './engine.ts';
import type { Filters, SortOrder } from './search.ts';
import type { Segment } from './snippet.ts';
import type { FacetName } from './types.ts';

/** Where the index files are. */
export interface IndexUrls {
  index: string;
  /** The result list's table (slugs, titles). */
  list: string;
  /** Prefix of the postings shards: `${shard}${n}.json`. */
  shard: string;
  /** Prefix of the per-document files: `${doc}${n}.json`. */
  doc: string;
}

/** A query, as the page asks it. */
export interface SearchRequest {
  id: number;
  q: string;
  filters: Filters;
  sort: SortOrder;
  typing: boolean;
  exact: boolean;
  /** How many results to return, ready to show. */
  limit: number;
  /** The page's language ("id", "en"): which of our summaries to show. */
  locale: string;
}

/** A result ready to show: text and mark positions, ids and ISO dates, never HTML. */
export interface ShownResult {
  slug: string;
  /** The headline in the page's language (ours in English on the English edition). */
  title: Segment[];
  /** The source's Indonesian headline, where `title` is our translation of it. */
  original?: Segment[];
  /** YYYY-MM-DD, and the last day of an event that lasted several. */
  date: string;
  dateEnd?: string;
  /** The id of the document's own institution (the page names it). */
  institution: string;
}

/** The answer to a request: the list, from what the index already holds. */
export interface SearchAnswer {
  id: number;
  total: number;
  counts: Record<FacetName, [string, number][]>;
  results: ShownResult[];
  /** The query as read when a typo was corrected (corrected words marked), else null. */
  correction: Segment[] | null;
  /** The last word is still being typed. */
  open: boolean;
  /** What it cost, in ms; `at` is when the worker took the request up (epoch ms). */
  timing: RunTiming & { total: number; at: number };
}

/** The snippets of the results of an answer, in the same order, once their texts are in. */
export interface SnippetAnswer {
  id: number;
  snippets: Segment[][];
  /** The language of each snippet's text ("id" for the source's words, "en" for our summary). */
  languages: string[];
  timing: { fetch: number; cut: number };
}

/** Fetches and parses a JSON file; may be aborted. */
export type Fetcher = <T>(url: string, signal?: AbortSignal) => Promise<T>;
