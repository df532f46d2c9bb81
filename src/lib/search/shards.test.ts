import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shardOf, shardRanges } from './types.ts';

const sorted = (terms: string[]) => [...new Set(terms)].sort((a, b) => (a < b ? -1 : 1));

describe('postings shards', () => {
  it('cut sorted terms into ranges of about the target size, never more than the maximum', () => {
    expect(shardRanges([10, 10, 10, 10, 10], 25, 100)).toEqual([0, 2, 4]);
    // A term larger than the target gets a shard of its own; nothing is ever split or lost.
    expect(shardRanges([5, 100, 5, 5], 20, 100)).toEqual([0, 1, 2]);
    expect(shardRanges([10, 10, 10, 10], 10, 2)).toEqual([0, 2]);
    expect(shardRanges([], 10, 4)).toEqual([0]);
  });

  it('find each term in the shard whose range holds it (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 200 }),
        fc.integer({ min: 1, max: 50 }),
        (words, target) => {
          const terms = sorted(words);
          const starts = shardRanges(
            terms.map((t) => t.length),
            target,
            16,
          );
          const firsts = starts.map((i) => terms[i]!);
          expect(starts.length).toBeLessThanOrEqual(16);
          terms.forEach((term, i) => {
            const shard = shardOf(term, firsts);
            expect(starts[shard]!).toBeLessThanOrEqual(i);
            expect(starts[shard + 1] ?? Infinity).toBeGreaterThan(i);
          });
        },
      ),
    );
  });

  it('keep a word and its completions together, so typing it fetches one or two shards', () => {
    const terms = sorted([
      'sistem',
      'sisi',
      'siswa',
      'sistematis',
      'sistemik',
      'situs',
      'reformasi',
      'reformis',
      'refleksi',
      'manajemen',
      'manajer',
      'manfaat',
      'mana',
      'korea',
      'koreksi',
      'kota',
    ]);
    const starts = shardRanges(
      terms.map(() => 10),
      30,
      100,
    ).map((i) => terms[i]!);
    for (const prefix of ['sis', 'sist', 'ref', 'refor', 'man', 'kor']) {
      const shards = new Set(
        terms.filter((t) => t.startsWith(prefix)).map((t) => shardOf(t, starts)),
      );
      expect(shards.size, prefix).toBeLessThanOrEqual(2);
    }
  });
});
