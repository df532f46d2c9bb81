import { describe, expect, it } from 'vitest';
import { article } from '../../tests/unit/fixtures.ts';
import { publishersOf } from './provenance.ts';

describe('publishersOf', () => {
  it('counts the texts of each publisher, most first, the unnamed ones last', () => {
    const of = (slug: string, publisher?: string) =>
      article({
        slug,
        date: '2021-01-01',
        source: { credits: [], ...(publisher ? { publisher } : {}) },
      });
    expect(
      publishersOf([of('a', 'KASN'), of('b'), of('c', 'BKN'), of('d', 'KASN'), of('e'), of('f')]),
    ).toEqual([
      { name: 'KASN', count: 2 },
      { name: 'BKN', count: 1 },
      { name: undefined, count: 3 },
    ]);
    expect(publishersOf([])).toEqual([]);
  });
});
