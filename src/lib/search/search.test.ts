import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { built, sources } from '../../../tests/unit/search-fixture.ts';
import { PhraseMatcher } from './aliases.ts';
import { QueryResolver } from './query.ts';
import { noFilters, search } from './search.ts';
import { snippet } from './snippet.ts';
import { shardOf, unpackSlug } from './types.ts';

const { core, shards, list, docs } = built;
const postings = Object.assign({}, ...shards) as Record<string, number[]>;
const resolver = new QueryResolver(core);
const slugOf = (index: number) => unpackSlug(list.slugs[index]!, core.docs.dates[index]!);
const outcomeOf = (q: string, filters = noFilters(), typing = false) =>
  search(core, (t) => postings[t], resolver.parse(q, { typing }), filters, {
    emptyQuery: q.trim() === '',
  });
const find = (q: string, typing = false) =>
  outcomeOf(q, noFilters(), typing).hits.map((h) => slugOf(h.index));

describe('search', () => {
  it('matches acronyms, expansions and aliases as one thing', () => {
    for (const q of [
      'SPBE',
      'e-government',
      'sistem pemerintahan berbasis elektronik',
      'E-Government',
    ]) {
      expect(find(q).sort(), q).toEqual(['2019-01-01-spbe', '2020-01-01-egov']);
    }
    expect(find('Korsel')).toEqual(['2019-01-01-spbe']);
  });

  it('matches spelling variants of compounds', () => {
    expect(find('kerja sama').sort()).toEqual(['2019-01-01-spbe', '2020-01-01-egov']);
    expect(find('kerjasama').sort()).toEqual(['2019-01-01-spbe', '2020-01-01-egov']);
  });

  it('tolerates one wrong, missing or extra letter in words of five letters or more', () => {
    for (const q of ['refomasi', 'reformassi', 'reformasu', 'REFORMASI']) {
      expect(find(q).sort(), q).toEqual(['2020-01-01-egov', '2021-01-01-merit']);
    }
    expect(find('merti')).toEqual([]); // four-letter-plus-one words get no second chance at 2 edits
  });

  it('matches words, not the inside of other words', () => {
    // Only the merit article is KASN's; "pungkasnya" in another body holds the letters, not the word.
    expect(find('kasn')).toEqual(['2021-01-01-merit']);
    expect(find('pungkas')).toEqual([]);
  });

  it('finds inflected forms through the Indonesian stem, below exact matches', () => {
    expect(find('pelayanan publik')).toEqual(['2020-01-01-egov', '2021-01-01-merit']);
  });

  it('requires every word, and returns nothing for a query with no real match', () => {
    expect(find('reformasi merit')).toEqual(['2021-01-01-merit']);
    expect(find('sepak bola')).toEqual([]);
  });

  it('ranks title matches above body matches', () => {
    expect(find('merit')[0]).toBe('2021-01-01-merit');
    expect(find('forum')).toEqual(['2020-01-01-egov']);
  });

  it('completes the word being typed', () => {
    expect(find('refor', true).sort()).toEqual(['2020-01-01-egov', '2021-01-01-merit']);
    expect(find('refor ', true)).toEqual([]);
  });

  it('browses everything, newest first, when the query is empty, and honours filters', () => {
    expect(find('')).toEqual(['2021-01-01-merit', '2020-01-01-egov', '2019-01-01-spbe']);
    const filters = { ...noFilters(), instansi: ['bkn'], tahun: ['2020'] };
    const outcome = outcomeOf('', filters);
    expect(outcome.hits.map((h) => slugOf(h.index))).toEqual(['2020-01-01-egov']);
    // Each facet counts with the other facets' filters applied, its own left out.
    expect(outcome.counts.instansi.get('kasn')).toBe(0);
    expect(outcome.counts.instansi.get('bkn')).toBe(1);
    expect(outcome.counts.tahun.get('2019')).toBe(1);
    expect(outcome.counts.tahun.get('2021')).toBe(0);
  });
});

describe('snippets', () => {
  it('shows the words that matched in marks, around the best match', () => {
    const outcome = outcomeOf('e-goverment');
    const parts = snippet(docs[1]!.text, outcome.matched, new PhraseMatcher(core.aliases));
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['e-government']);
    expect(parts.map((p) => p.text).join('')).toContain('Forum membahas');
  });

  it('highlights an alias phrase whole', () => {
    const outcome = outcomeOf('SPBE');
    const text = 'Tentang Sistem Pemerintahan Berbasis Elektronik (SPBE) di daerah.';
    const marks = snippet(text, outcome.matched, new PhraseMatcher(core.aliases)).filter(
      (p) => p.mark,
    );
    expect(marks.map((p) => p.text)).toEqual(['Sistem Pemerintahan Berbasis Elektronik', 'SPBE']);
  });
});

describe('hostile queries', () => {
  it.each([
    '"><script>alert(1)</script>',
    '.*+?^${}()|[]\\',
    'x'.repeat(10_000),
    '🇮🇩🇰🇷 😀',
    '     ',
    '<img src=x onerror=alert(1)>',
  ])('never throws and finds nothing real: %s', (q) => {
    expect(() => find(q)).not.toThrow();
    expect(find(q).every((slug) => sources.some((s) => s.article.slug === slug))).toBe(true);
  });

  it('returns a subset of the archive for any Unicode query (property)', () => {
    const slugs = new Set(sources.map((s) => s.article.slug));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.boolean(), (q, typing) => {
        const found = find(q, typing);
        return found.every((s) => slugs.has(s)) && new Set(found).size === found.length;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('while typing', () => {
  it('keeps the results of the words before an unfinished one that matches nothing yet', () => {
    expect(find('reformasi bi', true).sort()).toEqual(['2020-01-01-egov', '2021-01-01-merit']);
    expect(find('reformasi bi')).toEqual([]);
  });
});

describe('the built index', () => {
  it('puts every term in the shard the browser will look it up in', () => {
    expect(core.shardStarts).toHaveLength(shards.length);
    shards.forEach((shard, n) => {
      for (const term of Object.keys(shard)) expect(shardOf(term, core.shardStarts), term).toBe(n);
    });
  });
});

describe('the first results', () => {
  it('are the first of the full order, whatever the limit (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', 'publik', 'reformasi', 'korea', 'sistem'),
        fc.constantFrom('relevansi' as const, 'terbaru' as const, 'terlama' as const),
        fc.integer({ min: 0, max: 4 }),
        (q, sort, limit) => {
          const run = (n?: number) =>
            search(core, (t) => postings[t], resolver.parse(q), noFilters(), {
              sort,
              emptyQuery: q === '',
              limit: n,
            });
          const all = run();
          const first = run(limit);
          expect(first.total).toBe(all.total);
          expect(first.hits).toEqual(all.hits.slice(0, limit));
        },
      ),
    );
  });
});
