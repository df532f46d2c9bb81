import Fuse from 'fuse.js/basic';
import { distance } from 'fastest-levenshtein';
import { PhraseMatcher } from './aliases.ts';
import { isSearchable, tokenize } from './normalize.ts';
import type { SearchCore } from './types.ts';

/** One alternative term a query word may match, and how much a match through it counts. */
export interface Alternative {
  term: string;
  weight: number;
}

/** A unit of the query that every result must match: a word, a compound, or an alias group. */
export interface QueryUnit {
  /** What the reader typed for this unit (folded). */
  text: string;
  alternatives: Alternative[];
}

/** Weights of the ways a word can match: exact above stem above typo above prefix. */
export const MATCH_WEIGHTS = { exact: 1, stem: 0.7, typo: 0.6, prefix: 0.5 };
/** Words shorter than this get no typo tolerance; from TYPO_LONG letters on, two edits. */
export const TYPO_MIN = 5;
export const TYPO_LONG = 9;
/** Prefix completion of the word being typed starts at this length. */
export const PREFIX_MIN = 3;
/** Words longer than this are nobody's typo: no fuzzy lookup (Bitap slows on long patterns). */
export const TYPO_MAX = 32;
/** Words of a query beyond this many are ignored. */
export const MAX_WORDS = 24;

/** The query side of the index: vocabulary, stems, aliases and the fuzzy matcher, built once. */
export class QueryResolver {
  readonly vocabulary: string[];
  private readonly known: Set<string>;
  private readonly stemOf = new Map<string, string[]>();
  private readonly matcher: PhraseMatcher;
  private readonly buckets = new Map<string, Fuse<string> | undefined>();
  private bucketTerms = new Map<string, string[]>();
  private readonly typoCache = new Map<string, string[]>();

  constructor(index: Pick<SearchCore, 'vocabulary' | 'aliases' | 'stems'>) {
    this.vocabulary = index.vocabulary;
    this.known = new Set(this.vocabulary);
    for (const group of index.aliases) {
      for (const phrase of group.phrases) for (const w of phrase.split(' ')) this.known.add(w);
    }
    for (const group of index.stems) for (const term of group) this.stemOf.set(term, group);
    this.matcher = new PhraseMatcher(index.aliases);
  }

  // One edit leaves either the first or the last letter of a word of 5+ letters in place, so
  // typo candidates are the terms of a nearby length that share the first or the last letter:
  // Fuse then scans a few small buckets, not the whole vocabulary.
  private bucket(key: string): Fuse<string> | undefined {
    if (!this.buckets.has(key)) {
      if (this.buckets.size === 0) {
        const groups = new Map<string, string[]>();
        const put = (k: string, term: string) => {
          const list = groups.get(k);
          if (list) list.push(term);
          else groups.set(k, [term]);
        };
        for (const term of this.vocabulary) {
          put(`${term.length}<${term[0]}`, term);
          put(`${term.length}>${term.at(-1)}`, term);
        }
        this.bucketTerms = groups;
      }
      const terms = this.bucketTerms.get(key);
      this.buckets.set(
        key,
        terms && new Fuse(terms, { includeScore: true, ignoreLocation: true, threshold: 0.4 }),
      );
    }
    return this.buckets.get(key);
  }

  /** Vocabulary terms within the typo budget of a word the index does not hold. */
  typos(word: string): string[] {
    if (word.length < TYPO_MIN || word.length > TYPO_MAX || /^\d+$/.test(word)) return [];
    const cached = this.typoCache.get(word);
    if (cached) return cached;
    const budget = word.length >= TYPO_LONG ? 2 : 1;
    const found = new Set<string>();
    for (let length = word.length - budget; length <= word.length + budget; length++) {
      for (const key of [`${length}<${word[0]}`, `${length}>${word.at(-1)}`]) {
        for (const { item } of this.bucket(key)?.search(word, { limit: 20 }) ?? []) {
          if (distance(item, word) <= budget) found.add(item);
        }
      }
    }
    const result = [...found];
    if (this.typoCache.size > 500) this.typoCache.clear();
    this.typoCache.set(word, result);
    return result;
  }

  /** Vocabulary terms starting with a word (binary search over the sorted vocabulary). */
  prefixed(word: string, limit = 8): string[] {
    let lo = 0;
    let hi = this.vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.vocabulary[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < this.vocabulary.length; i++) {
      const term = this.vocabulary[i]!;
      if (!term.startsWith(word)) break;
      if (term !== word) found.push(term);
    }
    // The shortest completions are the likeliest words being typed ("biro" → "birokrasi").
    return found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, limit);
  }

  private wordAlternatives(word: string, typing: boolean): Alternative[] {
    const alternatives: Alternative[] = [];
    const push = (term: string, weight: number) => {
      if (!alternatives.some((a) => a.term === term)) alternatives.push({ term, weight });
    };
    const withStems = (term: string, weight: number) => {
      push(term, weight);
      for (const mate of this.stemOf.get(term) ?? []) push(mate, weight * MATCH_WEIGHTS.stem);
    };
    if (this.known.has(word)) withStems(word, MATCH_WEIGHTS.exact);
    else {
      for (const term of this.typos(word)) withStems(term, MATCH_WEIGHTS.typo);
      if (typing && word.length >= PREFIX_MIN) {
        for (const term of this.prefixed(word)) push(term, MATCH_WEIGHTS.prefix);
      }
    }
    return alternatives;
  }

  /**
   * Turns a query into units. `typing` means the last word may still be incomplete
   * (no space after it yet), so it is also completed as a prefix.
   */
  parse(query: string, typing = false): QueryUnit[] {
    const tokens = tokenize(query)
      .filter((t) => isSearchable(t.term))
      .slice(0, MAX_WORDS);
    // A hyphenated word the index does not know is searched as its parts.
    const wordsTyped = tokens.flatMap((t) =>
      t.parts.length > 0 && !this.known.has(t.term) && this.typos(t.term).length === 0
        ? t.parts.filter(isSearchable)
        : [t.term],
    );
    const lastOpen = typing && !/[\s\p{P}]$/u.test(query);
    const options = wordsTyped.map((w, i) =>
      this.wordAlternatives(w, lastOpen && i === wordsTyped.length - 1),
    );
    // Phrase detection runs on the best reading of each word (typos corrected).
    const reading = wordsTyped.map((w, i) => options[i]![0]?.term ?? w);
    const units: QueryUnit[] = [];
    const phrases = new Map(this.matcher.match(reading).map((m) => [m.start, m]));
    for (let i = 0; i < reading.length;) {
      const phrase = phrases.get(i);
      if (phrase) {
        units.push({
          text: wordsTyped.slice(i, phrase.end).join(' '),
          alternatives: [{ term: phrase.id, weight: MATCH_WEIGHTS.exact }],
        });
        i = phrase.end;
        continue;
      }
      const joined = reading[i]! + (reading[i + 1] ?? '');
      if (i + 1 < reading.length && !phrases.has(i + 1) && this.known.has(joined)) {
        units.push({
          text: `${wordsTyped[i]} ${wordsTyped[i + 1]}`,
          alternatives: this.wordAlternatives(joined, false),
        });
        i += 2;
        continue;
      }
      units.push({ text: wordsTyped[i]!, alternatives: options[i]! });
      i += 1;
    }
    // A word still being typed that matches nothing yet does not empty the results of the rest.
    if (lastOpen && units.length > 1 && units.at(-1)!.alternatives.length === 0) units.pop();
    return units;
  }
}
