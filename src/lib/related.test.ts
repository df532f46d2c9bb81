import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article, countries, institutions, topics } from '../../tests/unit/fixtures.ts';
import type { Article } from './types.ts';
import { rankAll, relatedArticles, relatedness } from './related.ts';

// An article's fields that relatedness reads, drawn at random.
const RECORD = {
  date: fc.constantFrom('2019-01-01', '2020-06-15', '2021-08-30', '2021-09-01', '2023-09-20'),
  institution: fc.constantFrom(...institutions),
  partnerInstitutions: fc.array(fc.constantFrom(...institutions), { maxLength: 3 }),
  // Unique ids take the fast path; a partner listed twice takes the plain one.
  topics: fc.uniqueArray(fc.constantFrom(...topics), { minLength: 1, maxLength: 3 }),
  partnerCountries: fc.uniqueArray(fc.constantFrom(...countries), { minLength: 1, maxLength: 3 }),
};

describe('relatedArticles', () => {
  const base = article({
    slug: '2021-08-30-kasn',
    date: '2021-08-30',
    partnerInstitutions: [institutions[2]!],
  });
  const sameInstitutionAndTopic = article({ slug: '2019-01-01-x', date: '2019-01-01' });
  const sharedPartner = article({
    slug: '2022-01-01-y',
    date: '2022-01-01',
    institution: institutions[1]!,
    topics: [topics[1]!],
    partnerInstitutions: [institutions[2]!],
  });
  const unrelated = article({
    slug: '2020-01-01-z',
    date: '2020-01-01',
    institution: institutions[1]!,
    topics: [topics[1]!],
    partnerCountries: [countries[1]!],
  });

  it('ranks by shared topics, institutions and partners, and never returns the article itself', () => {
    const related = relatedArticles(base, [
      base,
      unrelated,
      sharedPartner,
      sameInstitutionAndTopic,
    ]);
    expect(related.map((a) => a.slug)).toEqual(['2019-01-01-x', '2022-01-01-y']);
  });

  it('respects the limit', () => {
    expect(relatedArticles(base, [sameInstitutionAndTopic, sharedPartner], 1)).toHaveLength(1);
  });

  it('leaves out the articles the page already links (older and newer) and fills up behind them', () => {
    const all = [base, unrelated, sharedPartner, sameInstitutionAndTopic];
    expect(relatedArticles(base, all, 1, ['2019-01-01-x']).map((a) => a.slug)).toEqual([
      '2022-01-01-y',
    ]);
    expect(relatedArticles(base, all, 3, ['2019-01-01-x', '2022-01-01-y'])).toEqual([]);
  });
});

describe('relatedArticles on a large archive', () => {
  // The plain definition: score every other article, stable sort, take the first few.
  const naive = (a: Article, all: Article[], limit = 3) => {
    const days = (x: Article) => Math.abs(Date.parse(x.date) - Date.parse(a.date));
    return all
      .filter((o) => o.slug !== a.slug)
      .map((other) => ({ other, score: relatedness(a, other) }))
      .filter(({ score }) => score > 0)
      .sort((x, y) => y.score - x.score || days(x.other) - days(y.other))
      .slice(0, limit)
      .map(({ other }) => other.slug);
  };

  it('picks exactly what scoring every pair and sorting would, duplicates and ties included', () => {
    const arb = fc.array(fc.record(RECORD), { minLength: 1, maxLength: 25 });
    fc.assert(
      fc.property(arb, fc.integer({ min: -1, max: 5 }), (records, limit) => {
        const all = records.map((r, i) => article({ ...r, slug: `${r.date}-a${i}` }));
        for (const a of all) {
          expect(relatedArticles(a, all, limit).map((o) => o.slug)).toEqual(naive(a, all, limit));
          // Pages get a copy of the article (props), not the object in the list.
          const copy = structuredClone(a);
          expect(relatedArticles(copy, all, limit).map((o) => o.slug)).toEqual(
            naive(copy, all, limit),
          );
        }
      }),
    );
  });
});

describe('rankAll', () => {
  const records = fc.array(
    // With whether the article is one the last build did not have yet.
    fc.record({ ...RECORD, added: fc.boolean() }),
    { minLength: 1, maxLength: 30 },
  );
  const slugs = (lists: Article[][]) => lists.map((list) => list.map((a) => a.slug));
  const fromScratch = (all: Article[], limit: number) =>
    all.map((a) => relatedArticles(a, all, limit).map((o) => o.slug));

  it('ranks every article as relatedArticles does, from scratch', () => {
    fc.assert(
      fc.property(records, fc.integer({ min: 1, max: 5 }), (rs, limit) => {
        const all = rs.map((r, i) => article({ ...r, slug: `${r.date}-a${i}` }));
        const { ranked, carried } = rankAll(all, limit);
        expect(carried).toBe(0);
        expect(slugs(ranked)).toEqual(fromScratch(all, limit));
      }),
    );
  });

  it('carries the last lists on when articles were only added, with the same result', () => {
    fc.assert(
      fc.property(records, fc.integer({ min: 1, max: 5 }), (rs, limit) => {
        const all = rs.map((r, i) => article({ ...r, slug: `${r.date}-a${i}` }));
        const before = all.filter((_, i) => !rs[i]!.added);
        const { state } = rankAll(before, limit);
        const { ranked, carried } = rankAll(all, limit, state);
        expect(carried).toBe(before.length);
        expect(slugs(ranked)).toEqual(fromScratch(all, limit));
      }),
    );
  });

  it('starts again when an article changed, went, or the limit is another', () => {
    const all = [
      article({ slug: '2021-01-01-a', date: '2021-01-01' }),
      article({ slug: '2021-01-02-b', date: '2021-01-02' }),
      article({ slug: '2021-01-03-c', date: '2021-01-03', topics: [topics[1]!] }),
    ];
    const { state } = rankAll(all, 2);
    const changed = [all[0]!, all[1]!, { ...all[2]!, topics: [topics[0]!] }];
    const again = rankAll(changed, 2, state);
    expect(again.carried).toBe(0);
    expect(slugs(again.ranked)).toEqual(fromScratch(changed, 2));
    expect(rankAll(all.slice(1), 2, state).carried).toBe(0);
    expect(rankAll(all, 3, state).carried).toBe(0);
    expect(rankAll([...all].reverse(), 2, state).carried).toBe(0);
    // A cache file from elsewhere: not trusted.
    const broken = { ...state, top: state.top.map(() => [7]) };
    expect(rankAll(all, 2, broken).carried).toBe(0);
    expect(rankAll(all, 2, { version: 1 } as never).carried).toBe(0);
  });
});
