import { describe, expect, it } from 'vitest';
import { article, countries, institutions, topics } from '../../tests/unit/fixtures.ts';
import {
  adjacentYears,
  articlesOfCountry,
  articlesOfInstitution,
  countBy,
  countByYear,
  groupByYear,
  neighbours,
} from './listings.ts';

const a = article({ slug: '2023-01-01-a', date: '2023-01-01' });
const b = article({
  slug: '2021-05-01-b',
  date: '2021-05-01',
  partnerInstitutions: [institutions[2]!],
  partnerCountries: [countries[1]!],
});
const c = article({
  slug: '2021-02-01-c',
  date: '2021-02-01',
  institution: institutions[1]!,
  topics: [topics[1]!],
});
const all = [a, b, c];

describe('listings', () => {
  it('groups by year, newest first', () => {
    expect(groupByYear(all).map((g) => [g.key, g.articles.map((x) => x.slug)])).toEqual([
      [2023, ['2023-01-01-a']],
      [2021, ['2021-05-01-b', '2021-02-01-c']],
    ]);
    expect(countByYear(all)).toEqual([
      { year: 2023, count: 1 },
      { year: 2021, count: 2 },
    ]);
  });

  it('lists an institution with the articles that name it as partner too', () => {
    expect(articlesOfInstitution(all, 'mpm-korea').map((x) => x.slug)).toEqual(['2021-05-01-b']);
    expect(articlesOfInstitution(all, 'kasn').map((x) => x.slug)).toEqual([
      '2023-01-01-a',
      '2021-05-01-b',
    ]);
    expect(articlesOfCountry(all, 'vietnam')).toEqual([b]);
  });

  it('counts, keeping empty items at 0', () => {
    const counts = countBy(topics, all, (x) => x.topics);
    expect(counts.map((t) => [t.item.id, t.count])).toEqual([
      ['sistem-merit', 2],
      ['spbe', 1],
    ]);
    expect(
      countBy(countries, [c], (x) => x.partnerCountries).find((x) => x.item.id === 'vietnam')
        ?.count,
    ).toBe(0);
  });

  it('finds the older and newer neighbours', () => {
    expect(neighbours(all, '2021-05-01-b')).toEqual({ newer: a, older: c });
    expect(neighbours(all, '2023-01-01-a').newer).toBeUndefined();
  });
});

describe('adjacentYears', () => {
  const years = [{ year: 2023 }, { year: 2021 }, { year: 2017 }];
  it('gives the nearest years with articles on either side, skipping empty years', () => {
    expect(adjacentYears(years, 2021)).toEqual({ older: 2017, newer: 2023 });
    expect(adjacentYears(years, 2023)).toEqual({ older: 2021, newer: undefined });
    expect(adjacentYears(years, 2017)).toEqual({ older: undefined, newer: 2021 });
    expect(adjacentYears([{ year: 2020 }], 2020)).toEqual({ older: undefined, newer: undefined });
  });
});
