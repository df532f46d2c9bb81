import { PhraseMatcher } from './aliases.ts';
import { correction } from './correction.ts';
import { tokenize } from './normalize.ts';
import { SearchEngine } from './engine.ts';
import type {
  Fetcher,
  IndexUrls,
  SearchAnswer,
  SearchRequest,
  ShownResult,
  SnippetAnswer,
} from './messages.ts';
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
  unpackSlug,
  type DocFile,
  type DocList,
  type FacetName,
  type Postings,
  type SearchCore,
} from './types.ts';

interface Shown {
  id: number;
  docs: number[];
  matched: Set<string>;
  /** The query's words as read (typos corrected): which language the reader typed in. */
  read: Set<string>;
  browsing: boolean;
  locale: string;
}

// How many of a query's words a text holds (a hyphenated word's parts count too).
function wordsIn(text: AnalysedText, read: ReadonlySet<string>): number {
  const found = new Set<string>();
  for (const token of text.tokens) {
    for (const term of [token.term, ...token.parts]) if (read.has(term)) found.add(term);
  }
  return found.size;
}

/**
 * Everything the search does off the page: loads the index parts a query needs, searches,
 * answers with the result list, then fetches the shown documents and cuts their snippets.
 * Runs in a Web Worker in the browser.
 */
export class SearchService {
  private readonly docs = new Map<number, Promise<DocFile>>();
  // Each shown document's texts, read once: later queries only pick out their matches.
  private readonly analysed = new Map<number, AnalysedText>();
  private readonly summariesEn = new Map<number, AnalysedText>();
  private readonly titles = new Map<number, AnalysedText>();
  private readonly titlesEn = new Map<number, AnalysedText>();
  private readonly engine: SearchEngine;
  private readonly matcher: PhraseMatcher;
  /** The newest request: older ones stop at their next await. */
  private latest = 0;
  private shown: Shown | undefined;
  private pending: AbortController | undefined;

  readonly core: SearchCore;
  private readonly list: DocList;
  private readonly urls: IndexUrls;
  private readonly fetchJson: Fetcher;
  private readonly pause: () => Promise<void>;

  private constructor(
    core: SearchCore,
    list: DocList,
    urls: IndexUrls,
    fetchJson: Fetcher,
    pause: () => Promise<void>,
  ) {
    this.core = core;
    this.list = list;
    this.urls = urls;
    this.fetchJson = fetchJson;
    this.pause = pause;
    this.engine = new SearchEngine(core, (n) => fetchJson<Postings>(`${urls.shard}${n}.json`));
    this.matcher = new PhraseMatcher(core.aliases);
  }

  /**
   * Loads the core of the index and the result list's table. `pause` lets other messages in
   * between snippets (a macrotask in the browser).
   */
  static async open(
    urls: IndexUrls,
    fetchJson: Fetcher,
    pause: () => Promise<void> = () => Promise.resolve(),
  ): Promise<SearchService> {
    const [core, list] = await Promise.all([
      fetchJson<SearchCore>(urls.index),
      fetchJson<DocList>(urls.list),
    ]);
    return new SearchService(core, list, urls, fetchJson, pause);
  }

  /** The facet ids, for the page's URL checks. */
  get facets(): Record<FacetName, string[]> {
    return this.core.facets;
  }

  private doc(n: number, signal: AbortSignal): Promise<DocFile> {
    let file = this.docs.get(n);
    if (!file) {
      file = this.fetchJson<DocFile>(`${this.urls.doc}${n}.json`, signal);
      file.catch(() => this.docs.delete(n));
      this.docs.set(n, file);
    }
    return file;
  }

  private read<T>(cache: Map<number, T>, n: number, make: () => T): T {
    let value = cache.get(n);
    if (value === undefined) {
      if (cache.size > 500) cache.clear();
      value = make();
      cache.set(n, value);
    }
    return value;
  }

  /** Answers a request with its result list, or null when a newer request arrived meanwhile. */
  async answer(request: SearchRequest): Promise<SearchAnswer | null> {
    const started = performance.now();
    this.latest = Math.max(this.latest, request.id);
    this.pending?.abort();
    const open = request.typing && !/[\s\p{P}]$/u.test(request.q);
    const last = open ? tokenize(request.q).at(-1)?.term : undefined;
    if (last && last.length >= 2) this.engine.prefetch(last);
    const outcome = await this.engine.run(request.q, request.filters, request);
    if (request.id < this.latest) return null;
    const dates = this.core.docs.dates;
    const marked = (text: AnalysedText) =>
      segments(text.text, matchSpans(text, outcome.matched, this.matcher));
    const english = request.locale === 'en';
    const results = outcome.hits.map(({ index }): ShownResult => {
      const title = this.read(this.titles, index, () =>
        analyse(this.list.titles[index]!, this.matcher),
      );
      const titleEn = english
        ? this.read(this.titlesEn, index, () => analyse(this.list.titlesEn[index]!, this.matcher))
        : undefined;
      const end = this.list.ends[index];
      return {
        slug: unpackSlug(this.list.slugs[index]!, dates[index]!),
        // The English edition shows our English headline, the source's beneath it.
        title: marked(titleEn ?? title),
        ...(titleEn ? { original: marked(title) } : {}),
        date: dates[index]!,
        ...(end ? { dateEnd: end } : {}),
        institution: this.core.facets.instansi[this.core.docs.facets.instansi[index]![0]!]!,
      };
    });
    this.shown = {
      id: request.id,
      docs: outcome.hits.map((h) => h.index),
      matched: outcome.matched,
      read: new Set(outcome.units.flatMap((u) => u.reading.split(' '))),
      browsing: request.q.trim() === '',
      locale: request.locale,
    };
    return {
      id: request.id,
      total: outcome.total,
      counts: Object.fromEntries(
        FACETS.map((facet) => [facet, [...outcome.counts[facet].entries()]]),
      ) as SearchAnswer['counts'],
      results,
      correction:
        outcome.total > 0
          ? correction(request.q, outcome.units, (term) => this.engine.documentsWith(term))
          : null,
      open: open && request.q.trim() !== '',
      timing: {
        ...outcome.timing,
        total: performance.now() - started,
        at: performance.timeOrigin + started,
      },
    };
  }

  /**
   * The snippets of the last answer's results: the densest window of matches in the body, or
   * our summary where the body holds none (and always when browsing without a query). When the
   * reader's words are English — the English summary holds more of them than the body — or the
   * page is the English edition, our English summary with its matches comes first. Null when a
   * newer request arrived meanwhile.
   */
  async snippets(id: number): Promise<SnippetAnswer | null> {
    const shown = this.shown;
    if (!shown || shown.id !== id || id < this.latest) return null;
    const controller = new AbortController();
    this.pending = controller;
    const started = performance.now();
    let files: DocFile[];
    try {
      files = await Promise.all(shown.docs.map((n) => this.doc(n, controller.signal)));
    } catch (error) {
      if (controller.signal.aborted) return null;
      throw error;
    }
    const fetched = performance.now();
    const snippets: Segment[][] = [];
    const languages: string[] = [];
    for (const [k, file] of files.entries()) {
      if (id < this.latest) return null;
      const summary = shown.locale === 'en' ? file.summaryEn : file.summary;
      if (shown.browsing) {
        snippets.push([{ text: summary, mark: false }]);
        languages.push(shown.locale === 'en' ? 'en' : 'id');
        continue;
      }
      const body = this.read(this.analysed, shown.docs[k]!, () =>
        analyse(flatten(file.text), this.matcher),
      );
      const summaryEn = this.read(this.summariesEn, shown.docs[k]!, () =>
        analyse(flatten(file.summaryEn), this.matcher),
      );
      const english = segments(summaryEn.text, matchSpans(summaryEn, shown.matched, this.matcher));
      const englishFirst =
        shown.locale === 'en' || wordsIn(summaryEn, shown.read) > wordsIn(body, shown.read);
      const parts = snippet(body, shown.matched, this.matcher);
      const marks = (p: Segment[]) => p.some((s) => s.mark);
      const [chosen, language] =
        englishFirst && marks(english)
          ? [english, 'en']
          : marks(parts)
            ? [parts, 'id']
            : [
                segments(summary, matchSpans(summary, shown.matched, this.matcher)),
                shown.locale === 'en' ? 'en' : 'id',
              ];
      snippets.push(chosen);
      languages.push(language);
      await this.pause();
    }
    if (id < this.latest) return null;
    return {
      id,
      snippets,
      languages,
      timing: { fetch: fetched - started, cut: performance.now() - fetched },
    };
  }
}
