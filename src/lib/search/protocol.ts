import { PhraseMatcher } from './aliases.ts';
import { SearchEngine } from './engine.ts';
import type { Filters, SortOrder } from './search.ts';
import {
  analyse,
  flatten,
  matchSpans,
  segments,
  snippet,
  type AnalysedText,
  type Segment,
} from './snippet.ts';
import {
  FACETS,
  type DocFile,
  type FacetName,
  type FacetValue,
  type Postings,
  type SearchCore,
} from './types.ts';

/** Where the index files are. */
export interface IndexUrls {
  index: string;
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
  /** How many results to return, ready to show. */
  limit: number;
}

/** A result ready to show: only text and mark positions, never HTML. */
export interface ShownResult {
  slug: string;
  title: Segment[];
  dateText: string;
  institution: string;
  snippet: Segment[];
}

/** The answer to a request. */
export interface SearchAnswer {
  id: number;
  total: number;
  counts: Record<FacetName, [string, number][]>;
  results: ShownResult[];
}

type Fetcher = <T>(url: string) => Promise<T>;

/**
 * Everything the search does off the page: loads the index parts a query needs, searches,
 * fetches the shown documents and cuts their snippets. Runs in a Web Worker in the browser.
 */
export class SearchService {
  private readonly docs = new Map<number, Promise<DocFile>>();
  // Each shown document's text, read once: later queries only pick out their matches.
  private readonly analysed = new Map<number, { title: AnalysedText; body: AnalysedText }>();
  private readonly engine: SearchEngine;
  private readonly matcher: PhraseMatcher;
  /** The newest request: older ones stop at their next await. */
  private latest = 0;

  readonly core: SearchCore;
  private readonly urls: IndexUrls;
  private readonly fetchJson: Fetcher;

  private constructor(core: SearchCore, urls: IndexUrls, fetchJson: Fetcher) {
    this.core = core;
    this.urls = urls;
    this.fetchJson = fetchJson;
    this.engine = new SearchEngine(core, (n) => fetchJson<Postings>(`${urls.shard}${n}.json`));
    this.matcher = new PhraseMatcher(core.aliases);
  }

  /** Loads the core of the index. */
  static async open(urls: IndexUrls, fetchJson: Fetcher): Promise<SearchService> {
    return new SearchService(await fetchJson<SearchCore>(urls.index), urls, fetchJson);
  }

  /** The facet values, for the page's chips and URL checks. */
  get facets(): Record<FacetName, FacetValue[]> {
    return this.core.facets;
  }

  private doc(n: number): Promise<DocFile> {
    let file = this.docs.get(n);
    if (!file) {
      file = this.fetchJson<DocFile>(`${this.urls.doc}${n}.json`);
      file.catch(() => this.docs.delete(n));
      this.docs.set(n, file);
    }
    return file;
  }

  private read(n: number, file: DocFile) {
    let read = this.analysed.get(n);
    if (!read) {
      if (this.analysed.size > 500) this.analysed.clear();
      read = {
        title: analyse(file.title, this.matcher),
        body: analyse(flatten(file.text), this.matcher),
      };
      this.analysed.set(n, read);
    }
    return read;
  }

  /** Answers a request, or null when a newer request arrived meanwhile. */
  async answer(request: SearchRequest): Promise<SearchAnswer | null> {
    this.latest = Math.max(this.latest, request.id);
    const outcome = await this.engine.run(request.q, request.filters, request.sort, request.typing);
    if (request.id < this.latest) return null;
    const files = await Promise.all(
      outcome.hits.slice(0, request.limit).map((hit) => this.doc(hit.index)),
    );
    if (request.id < this.latest) return null;
    return {
      id: request.id,
      total: outcome.hits.length,
      counts: Object.fromEntries(
        FACETS.map((facet) => [facet, [...outcome.counts[facet].entries()]]),
      ) as SearchAnswer['counts'],
      results: files.map((file, i) => {
        const read = this.read(outcome.hits[i]!.index, file);
        return {
          slug: file.slug,
          title: segments(file.title, matchSpans(read.title, outcome.matched, this.matcher)),
          dateText: file.dateText,
          institution: file.institution,
          snippet: snippet(read.body, outcome.matched, this.matcher),
        };
      }),
    };
  }
}
