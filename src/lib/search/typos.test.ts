import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { Lexicon } from './lexicon.ts';
import { nearTerms } from './typos.ts';

const sorted = (terms: string[]) => [...new Set(terms)].sort((a, b) => (a < b ? -1 : 1));
// Brute force: the edit distance from the word to the term, or to its nearest prefix.
const toPrefix = (term: string, word: string) =>
  Math.min(...Array.from({ length: term.length + 1 }, (_, k) => distance(term.slice(0, k), word)));

describe('typo lookup over the sorted vocabulary', () => {
  it('finds exactly the terms within the budget, as a scan of every term does (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-e]{1,9}$/), { minLength: 1, maxLength: 120 }),
        fc.stringMatching(/^[a-e]{1,9}$/),
        fc.integer({ min: 0, max: 2 }),
        (words, word, budget) => {
          const vocabulary = sorted(words);
          const found = (prefixes: boolean) =>
            nearTerms(vocabulary, word, budget, prefixes)
              .map((n) => `${n.term}:${n.distance}`)
              .sort();
          const scan = (d: (t: string) => number) =>
            vocabulary
              .filter((t) => d(t) <= budget)
              .map((t) => `${t}:${d(t)}`)
              .sort();
          expect(found(false)).toEqual(scan((t) => distance(t, word)));
          // With prefixes, a term counts once its first letters come within the budget.
          const starts = found(true).map((s) => s.split(':')[0]);
          expect(starts).toEqual(scan((t) => toPrefix(t, word)).map((s) => s.split(':')[0]));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads one wrong, missing or extra letter from five letters on, two from nine', () => {
    const lexicon = new Lexicon(
      sorted(['reformasi', 'reformis', 'merit', 'meriting', 'transformasi', 'korea']),
    );
    expect(lexicon.typos('refomasi')).toEqual(['reformasi']);
    expect(lexicon.typos('tranformsi')).toEqual(['transformasi']);
    expect(lexicon.typos('koera')).toEqual([]); // a swap is two edits: five letters allow one
    expect(lexicon.typos('mert')).toEqual([]); // four letters: no typo tolerance
  });

  it('completes the word being typed through a typo in it', () => {
    const lexicon = new Lexicon(sorted(['reformasi', 'reformis', 'refleksi', 'rekomendasi']));
    const completed = (word: string) => lexicon.completions(word).map((c) => c.term);
    expect(completed('refor')).toEqual(['reformis', 'reformasi']);
    expect(completed('refom')).toEqual(expect.arrayContaining(['reformasi', 'reformis']));
    expect(completed('refoma')).toContain('reformasi');
    expect(completed('refl')).toEqual(['refleksi']);
  });
});
