import { PhraseMatcher } from './aliases.ts';
import { isSearchable, tokenize } from './normalize.ts';
import type { SearchCore } from './types.ts';
import { Lexicon } from './lexicon.ts';

/** How a query word reached an index term: completions of the word being typed are prefixes. */
export type MatchKind = 'exact' | 'stem' | 'typo' | 'prefix' | 'typoPrefix';

/** One alternative term a query word may match, and how much a match through it counts. */
export interface Alternative {
  term: string;
  weight: number;
  kind: MatchKind;
}

/** A unit of the query that every result must match: a word, a compound, or an alias group. */
export interface QueryUnit {
  /** What the reader typed for this unit (folded). */
  text: string;
  /** The unit as read, typos corrected where the index lacks the word (folded). */
  reading: string;
  /** Where the unit stands in the query string: [start, end). */
  span: [number, number];
  /** The word still being typed (no space after it yet): completed as a prefix. */
  open: boolean;
  alternatives: Alternative[];
}

/** Weights of the ways a word can match: exact above stem above typo above completions. */
export const MATCH_WEIGHTS = { exact: 1, stem: 0.7, typo: 0.6, prefix: 0.5, typoPrefix: 0.4 };
/** Words of a query beyond this many are ignored. */
export const MAX_WORDS = 24;

/** How to read a query. */
export interface ParseOptions {
  /** The last word may still be incomplete: complete it (and its typos) as a prefix. */
  typing?: boolean | undefined;
  /** No typo correction: only the words as typed (the reader asked for the exact word). */
  exact?: boolean | undefined;
}

/** The query side of the index: its words, stems and aliases, built once; reads queries. */
export class QueryResolver {
  readonly lexicon: Lexicon;
  private readonly stemOf = new Map<string, string[]>();
  private readonly matcher: PhraseMatcher;

  constructor(index: Pick<SearchCore, 'vocabulary' | 'aliases' | 'stems'>) {
    this.lexicon = new Lexicon(index.vocabulary, index.aliases);
    for (const group of index.stems) for (const term of group) this.stemOf.set(term, group);
    this.matcher = new PhraseMatcher(index.aliases);
  }

  private wordAlternatives(word: string, open: boolean, exact: boolean): Alternative[] {
    const alternatives: Alternative[] = [];
    const push = (term: string, weight: number, kind: MatchKind) => {
      if (!alternatives.some((a) => a.term === term)) alternatives.push({ term, weight, kind });
    };
    const withStems = (term: string, weight: number, kind: MatchKind) => {
      push(term, weight, kind);
      for (const mate of this.stemOf.get(term) ?? [])
        push(mate, weight * MATCH_WEIGHTS.stem, 'stem');
    };
    const completions = !open
      ? []
      : exact
        ? this.lexicon.prefixed(word).map((term) => ({ term, typo: false }))
        : this.lexicon.completions(word);
    // A word being typed that terms start with is unfinished, not misspelt: no typo lookup.
    const unfinished = completions.some((c) => !c.typo);
    if (this.lexicon.known(word)) withStems(word, MATCH_WEIGHTS.exact, 'exact');
    else if (!exact && !unfinished) {
      for (const term of this.lexicon.typos(word)) withStems(term, MATCH_WEIGHTS.typo, 'typo');
    }
    for (const { term, typo } of completions) {
      if (typo) push(term, MATCH_WEIGHTS.typoPrefix, 'typoPrefix');
      else push(term, MATCH_WEIGHTS.prefix, 'prefix');
    }
    return alternatives;
  }

  /** Turns a query into units that every result must match. */
  parse(query: string, options: ParseOptions = {}): QueryUnit[] {
    const { typing = false, exact = false } = options;
    const tokens = tokenize(query)
      .filter((t) => isSearchable(t.term))
      .slice(0, MAX_WORDS);
    // A hyphenated word the index does not know is searched as its parts.
    const typed = tokens.flatMap((t) =>
      t.parts.length > 0 &&
      !this.lexicon.known(t.term) &&
      (exact || this.lexicon.typos(t.term).length === 0)
        ? t.parts
            .filter(isSearchable)
            .map((term) => ({ term, span: [t.start, t.end] as [number, number] }))
        : [{ term: t.term, span: [t.start, t.end] as [number, number] }],
    );
    const lastOpen = typing && typed.length > 0 && !/[\s\p{P}]$/u.test(query);
    const isOpen = (i: number) => lastOpen && i === typed.length - 1;
    const options_ = typed.map((w, i) => this.wordAlternatives(w.term, isOpen(i), exact));
    // Phrases and compounds are read on the best reading of each word (typos corrected).
    const reading = typed.map((w, i) => {
      const first = options_[i]![0];
      return first && first.kind !== 'prefix' && first.kind !== 'typoPrefix' ? first.term : w.term;
    });
    const units: QueryUnit[] = [];
    const phrases = new Map(this.matcher.match(reading).map((m) => [m.start, m]));
    const span = (from: number, to: number): [number, number] => [
      typed[from]!.span[0],
      typed[to - 1]!.span[1],
    ];
    const text = (from: number, to: number) =>
      typed
        .slice(from, to)
        .map((w) => w.term)
        .join(' ');
    for (let i = 0; i < reading.length;) {
      const phrase = phrases.get(i);
      if (phrase) {
        const groups = phrase.ids.map((term): Alternative => ({
          term,
          weight: MATCH_WEIGHTS.exact,
          kind: 'exact',
        }));
        // A one-word phrase keeps the word's own readings too (its stems: "undangan", "mengundang").
        const own = phrase.end - i === 1 ? options_[i]! : [];
        units.push({
          text: text(i, phrase.end),
          reading: reading.slice(i, phrase.end).join(' '),
          span: span(i, phrase.end),
          open: isOpen(phrase.end - 1),
          alternatives: [...groups, ...own],
        });
        i = phrase.end;
        continue;
      }
      const joined = reading[i]! + (reading[i + 1] ?? '');
      if (i + 1 < reading.length && !phrases.has(i + 1) && this.lexicon.known(joined)) {
        units.push({
          text: text(i, i + 2),
          reading: `${reading[i]} ${reading[i + 1]}`,
          span: span(i, i + 2),
          open: false,
          alternatives: this.wordAlternatives(joined, false, exact),
        });
        i += 2;
        continue;
      }
      units.push({
        text: typed[i]!.term,
        reading: reading[i]!,
        span: typed[i]!.span,
        open: isOpen(i),
        alternatives: options_[i]!,
      });
      i += 1;
    }
    // A word still being typed that matches nothing yet does not empty the results of the rest.
    if (lastOpen && units.length > 1 && units.at(-1)!.alternatives.length === 0) units.pop();
    return units;
  }
}
