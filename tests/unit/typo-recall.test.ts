// The typo lookup against a brute-force scan of the benchmark's 10,000-article vocabulary:
// every term within the allowed edit distance is offered, and nothing else.
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { benchmarkVocabulary, typosOf } from '../../scripts/bench/vocabulary.ts';
import { Lexicon, typoBudget } from '../../src/lib/search/lexicon.ts';

describe('typo lookup at 10,000 articles', () => {
  it('offers every vocabulary term within the allowed edit distance, and only those', () => {
    const vocabulary = benchmarkVocabulary(10_000);
    expect(vocabulary.length).toBeGreaterThan(40_000);
    const lexicon = new Lexicon(vocabulary);
    let expected = 0;
    for (const typo of typosOf(vocabulary, 500)) {
      const budget = typoBudget(typo.length);
      // Every term is scanned; a length further than the budget cannot be within it.
      const scan = vocabulary.filter(
        (t) => Math.abs(t.length - typo.length) <= budget && distance(t, typo) <= budget,
      );
      expected += scan.length;
      expect([...lexicon.typos(typo)].sort(), typo).toEqual(scan);
    }
    expect(expected).toBeGreaterThan(500);
  }, 600_000);
});
