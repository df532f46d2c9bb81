import { describe, expect, it } from 'vitest';
import { article } from '../../tests/unit/fixtures.ts';
import { glossaryUsage } from './glossary-usage.ts';
import type { GlossaryEntry } from './types.ts';

const entry = (id: string, term: string): GlossaryEntry => ({
  id,
  term,
  expansion: term,
  lang: 'id',
  description: '',
});
const glossary = [entry('asn', 'ASN'), entry('kasn', 'KASN'), entry('fia-ui', 'FIA UI')];

describe('glossaryUsage', () => {
  it('lists the articles that use each term as a whole word, in article order', () => {
    const a = article({
      slug: '2023-01-01-a',
      date: '2023-01-01',
      bodyText: 'KASN mengawasi ASN.',
    });
    const b = article({
      slug: '2022-01-01-b',
      date: '2022-01-01',
      bodyText: 'Pegawai ASN-nya; ASN lagi.',
    });
    const c = article({
      slug: '2021-01-01-c',
      date: '2021-01-01',
      bodyText: 'pungkasnya, KASNX, FIA.',
    });
    const usage = glossaryUsage(glossary, [a, b, c]);
    expect(usage.map((u) => [u.entry.id, u.articles.map((x) => x.slug)])).toEqual([
      ['asn', ['2023-01-01-a', '2022-01-01-b']],
      ['kasn', ['2023-01-01-a']],
      ['fia-ui', []],
    ]);
  });

  it('counts the longer term, not the shorter one inside it', () => {
    const d = article({ slug: '2023-02-02-d', date: '2023-02-02', bodyText: 'Dosen FIA UI.' });
    const usage = glossaryUsage([...glossary, entry('ui', 'UI')], [d]);
    expect(usage.find((u) => u.entry.id === 'fia-ui')?.articles).toHaveLength(1);
    expect(usage.find((u) => u.entry.id === 'ui')?.articles).toHaveLength(0);
  });
});
