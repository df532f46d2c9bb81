// The index's words as the query side sees them: is a word known, what starts with it, what is
// within a typo of it. One sorted vocabulary, searched by bisection and the Levenshtein walk.
import type { AliasGroup } from './aliases.ts';
import { nearTerms, type Near } from './typos.ts';

/** Words shorter than this get no typo tolerance; from TYPO_LONG letters on, two edits. */
export const TYPO_MIN = 5;
export const TYPO_LONG = 9;
/** Prefix completion of the word being typed starts at this length. */
export const PREFIX_MIN = 3;
/** Completions offered for the word being typed. */
export const COMPLETIONS = 8;
/** Words longer than this are nobody's typo: no fuzzy lookup. */
export const TYPO_MAX = 32;

/** Edits allowed for a word of this length: 1 from five letters, 2 from nine, else none. */
export function typoBudget(length: number): number {
  return length < TYPO_MIN || length > TYPO_MAX ? 0 : length >= TYPO_LONG ? 2 : 1;
}

const byDistance = (a: Near, b: Near) =>
  a.distance - b.distance || a.term.length - b.term.length || (a.term < b.term ? -1 : 1);

const CACHE = 500;

/** The vocabulary of the index with its lookups; memoises the typo lookups of a session. */
export class Lexicon {
  readonly vocabulary: readonly string[];
  // Words of alias phrases (the vocabulary itself is searched by bisection: no set to build).
  private readonly aliasWords = new Set<string>();
  private readonly cache = new Map<string, string[]>();

  constructor(vocabulary: readonly string[], aliases: readonly AliasGroup[] = []) {
    this.vocabulary = vocabulary;
    for (const group of aliases) {
      for (const phrase of group.phrases) for (const w of phrase.split(' ')) this.aliasWords.add(w);
    }
  }

  private cached(key: string, find: () => string[]): string[] {
    let found = this.cache.get(key);
    if (!found) {
      if (this.cache.size > CACHE) this.cache.clear();
      found = find();
      this.cache.set(key, found);
    }
    return found;
  }

  /** Every vocabulary term within the typo budget of a word, nearest first. */
  typos(word: string): string[] {
    const budget = /^\d+$/.test(word) ? 0 : typoBudget(word.length);
    if (budget === 0) return [];
    return this.cached(`~${word}`, () =>
      nearTerms(this.vocabulary, word, budget)
        .sort(byDistance)
        .map((n) => n.term),
    );
  }

  /**
   * Completions of a word being typed: the shortest terms starting with it, or, when none does,
   * terms starting within the typo budget of it ("refom" → "reformasi"); at most `limit`.
   */
  completions(word: string, limit = COMPLETIONS): { term: string; typo: boolean }[] {
    if (word.length < PREFIX_MIN) return [];
    const exact = this.prefixed(word, limit);
    if (exact.length > 0) return exact.map((term) => ({ term, typo: false }));
    const budget = /^\d+$/.test(word) ? 0 : typoBudget(word.length);
    if (budget === 0) return [];
    return this.cached(`>${word}`, () =>
      nearTerms(this.vocabulary, word, budget, true)
        .sort(byDistance)
        .slice(0, limit)
        .map((n) => n.term),
    ).map((term) => ({ term, typo: true }));
  }

  /** The first position in the sorted vocabulary whose term is not before `word`. */
  position(word: string): number {
    let lo = 0;
    let hi = this.vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.vocabulary[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether the index holds a word (as a term or in an alias phrase). */
  known(word: string): boolean {
    return this.vocabulary[this.position(word)] === word || this.aliasWords.has(word);
  }

  /** Vocabulary terms starting with a word (binary search over the sorted vocabulary). */
  prefixed(word: string, limit = COMPLETIONS): string[] {
    const lo = this.position(word);
    const found: string[] = [];
    for (let i = lo; i < this.vocabulary.length; i++) {
      const term = this.vocabulary[i]!;
      if (!term.startsWith(word)) break;
      if (term !== word) found.push(term);
    }
    // The shortest completions are the likeliest words being typed ("biro" → "birokrasi").
    return found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, limit);
  }
}
