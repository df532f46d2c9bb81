import { describe, expect, it } from 'vitest';
import { article, countries, institutions, topics } from '../../tests/unit/fixtures';
import { relatedArticles } from './related';

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
});
