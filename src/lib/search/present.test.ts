import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { built, sources } from '../../../tests/unit/search-fixture.ts';
import { article, institutions, topics } from '../../../tests/unit/fixtures.ts';
import { correction } from './correction.ts';
import { exampleSearches } from './examples.ts';
import { facetGroups } from './facet-options.ts';
import { QueryResolver } from './query.ts';
import { noFilters, search } from './search.ts';
import { packSlug, unpackSlug } from './types.ts';
import { cleanQuery, readState, writeState } from './url-state.ts';

const { core, shards } = built;
const postings = Object.assign({}, ...shards) as Record<string, number[]>;
const resolver = new QueryResolver(core);
const documentsWith = (term: string) => (postings[term]?.length ?? 0) / 2;
const readAs = (q: string, typing = false) => {
  const pieces = correction(q, resolver.parse(q, { typing }), documentsWith);
  return pieces && pieces.map((p) => (p.mark ? `*${p.text}*` : p.text)).join('');
};

describe('what the search read a query as', () => {
  it('names the corrected word, keeping the rest of what the reader typed', () => {
    expect(readAs('refomasi')).toBe('*reformasi*');
    expect(readAs('Refomasi dan publik!')).toBe('*reformasi* dan publik!');
    expect(readAs('reformasi')).toBeNull();
    expect(readAs('sepak bola')).toBeNull();
  });

  it('does not call a word being typed a typo while terms start with it', () => {
    expect(readAs('refor', true)).toBeNull();
    expect(readAs('refomasi', true)).toBe('*reformasi*');
  });
});

describe('the search state in the URL', () => {
  it('drops bidirectional controls from the query, which could reorder the page around it', () => {
    const controls = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F';
    expect(cleanQuery(`${controls}korea${controls} selatan`)).toBe('korea selatan');
    const state = readState(new URLSearchParams({ q: '\u202Eakitsid' }), core);
    expect(state.q).toBe('akitsid');
    const pieces = fc.constantFrom(...controls.split(''), 'a', 'é', ' ', '한', '\u200D', '<');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 300 }), (chars) => {
        const q = cleanQuery(chars.join(''));
        return q.length <= 200 && !/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/.test(q);
      }),
    );
  });

  it('reads and writes the exact-word switch with the query only', () => {
    const state = readState(new URLSearchParams('q=refomasi&persis=1'), core);
    expect(state.exact).toBe(true);
    expect(writeState(state).toString()).toBe('q=refomasi&persis=1');
    expect(writeState({ ...state, q: '' }).toString()).toBe('');
    expect(readState(new URLSearchParams('q=x&persis=yes'), core).exact).toBe(false);
  });
});

describe('the filters as the page offers them', () => {
  it('groups institutions, Indonesian then partners, by the full names the listings use', () => {
    const groups = facetGroups(
      core.facets,
      { institutions, topics },
      {
        indonesia: 'Indonesia',
        partners: 'Mitra',
      },
    );
    expect(groups.instansi.map((g) => g.label)).toEqual(['Indonesia']);
    expect(groups.instansi[0]!.options).toEqual([
      { id: 'bkn', label: 'Badan Kepegawaian Negara' },
      { id: 'kasn', label: 'Komisi Aparatur Sipil Negara' },
    ]);
    const withPartner = facetGroups(
      { ...core.facets, instansi: ['mpm-korea', 'kasn'] },
      { institutions, topics },
      { indonesia: 'Indonesia', partners: 'Mitra' },
    );
    expect(withPartner.instansi.map((g) => [g.label, g.options.map((o) => o.id)])).toEqual([
      ['Indonesia', ['kasn']],
      ['Mitra', ['mpm-korea']],
    ]);
    expect(groups.topik[0]!.options.map((o) => o.label)).toEqual(
      topics.filter((t) => core.facets.topik.includes(t.id)).map((t) => t.name),
    );
  });
});

describe('example searches', () => {
  it('come from the most written-about topics and institutions, and each finds something', () => {
    const finds = (q: string) =>
      search(core, (t) => postings[t], resolver.parse(q), noFilters(), { limit: 0 }).total > 0;
    const examples = exampleSearches(
      sources.map((s) => s.article),
      finds,
    );
    expect(examples.length).toBeGreaterThan(0);
    const names = [
      ...topics.map((t) => t.name.split(' / ')[0]),
      ...institutions.map((i) => i.acronym ?? i.name),
    ];
    for (const q of examples) {
      expect(names).toContain(q);
      expect(finds(q)).toBe(true);
    }
    expect(
      exampleSearches([article({ slug: '2020-01-01-x', date: '2020-01-01' })], () => false),
    ).toEqual([]);
  });
});

describe('slugs in the result list', () => {
  it('leave out the date they start with, and come back whole', () => {
    expect(packSlug('2021-08-30-kasn-korea', '2021-08-30')).toBe('kasn-korea');
    expect(packSlug('kasn-korea', '2021-08-30')).toBe('/kasn-korea');
    expect(packSlug('2021-08-31-x', '2021-08-30')).toBe('/2021-08-31-x');
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9-]{1,40}$/), fc.boolean(), (tail, dated) => {
        const slug = dated ? `2020-01-02-${tail}` : tail;
        return unpackSlug(packSlug(slug, '2020-01-02'), '2020-01-02') === slug;
      }),
    );
  });
});
