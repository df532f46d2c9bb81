// English queries over Indonesian articles: the thesaurus, the English fields and the Korean names.
import { describe, expect, it } from 'vitest';
import { article, countries, institutions, topics } from '../../../tests/unit/fixtures.ts';
import type { GlossaryEntry, Institution, ThesaurusEntry } from '../types.ts';
import { buildSearchIndex } from './build-index.ts';
import { correction } from './correction.ts';
import { SearchEngine } from './engine.ts';
import type { SearchRequest } from './messages.ts';
import { SearchService } from './protocol.ts';
import { noFilters } from './search.ts';

const mpm: Institution = {
  ...institutions[2]!,
  acronym: 'MPM',
  nameKo: '인사혁신처',
  fullNameEn: 'Ministry of Personnel Management (Republic of Korea)',
};
const glossary: GlossaryEntry[] = [
  {
    id: 'asn',
    term: 'ASN',
    expansion: 'Aparatur Sipil Negara',
    lang: 'id',
    expansionEn: 'State Civil Apparatus (the civil service)',
    description: '',
  },
  {
    id: 'pns',
    term: 'PNS',
    expansion: 'Pegawai Negeri Sipil',
    lang: 'id',
    description: '',
  },
];
const thesaurus: ThesaurusEntry[] = [
  { en: ['civil servants', 'civil servant'], id: ['ASN', 'PNS', 'pegawai negeri'] },
  { en: ['women', 'woman'], id: ['perempuan', 'wanita'] },
  { en: ['invitation', 'invite'], id: ['undangan', 'mengundang'] },
];
const sources = [
  {
    article: article({
      slug: '2021-08-30-merit',
      date: '2021-08-30',
      title: 'KASN membahas pengawasan ASN',
      titleEn: 'KASN discusses the supervision of the civil service',
      summaryEn: 'KASN met the ministry online to discuss civil servants and their neutrality.',
      partnerInstitutions: [mpm],
      topics: [topics[0]!],
    }),
    body: 'Komisi membahas netralitas ASN bersama kementerian Korea Selatan secara daring.',
  },
  {
    article: article({
      slug: '2022-08-03-accsm',
      date: '2022-08-03',
      title: 'BKN di forum kawasan',
      institution: institutions[1]!,
      partnerCountries: [countries[1]!],
    }),
    body: 'Sebanyak 55% PNS adalah perempuan. Delegasi menerima undangan dari Vietnam.',
  },
];
const built = buildSearchIndex(sources, {
  institutions: [...institutions.slice(0, 2), mpm],
  topics,
  countries,
  glossary,
  thesaurus,
});
const engine = new SearchEngine(built.core, (n) => Promise.resolve(built.shards[n]!));
const slugsOf = async (q: string) =>
  (await engine.run(q, noFilters())).hits.map((h) => sources[h.index]!.article.slug);

const files: Record<string, unknown> = {
  i: built.core,
  l: built.list,
  ...Object.fromEntries(built.shards.map((s, n) => [`s${n}.json`, s])),
  ...Object.fromEntries(built.docs.map((d, n) => [`d${n}.json`, d])),
};
const open = () =>
  SearchService.open({ index: 'i', list: 'l', shard: 's', doc: 'd' }, <T>(url: string) =>
    Promise.resolve(structuredClone(files[url]) as T),
  );
let id = 0;
const request = (q: string, locale = 'id'): SearchRequest => ({
  id: ++id,
  q,
  filters: noFilters(),
  sort: 'relevansi',
  typing: false,
  exact: false,
  limit: 10,
  locale,
});
const text = (parts: { text: string; mark: boolean }[]) =>
  parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('English queries over Indonesian articles', () => {
  it('finds through the thesaurus what only the Indonesian text says', async () => {
    expect(await slugsOf('women')).toEqual(['2022-08-03-accsm']);
    expect(await slugsOf('invitation')).toEqual(['2022-08-03-accsm']);
    expect((await slugsOf('civil servants')).sort()).toEqual([
      '2021-08-30-merit',
      '2022-08-03-accsm',
    ]);
  });

  it('keeps the Indonesian terms apart: a translation does not make ASN and PNS one', async () => {
    expect(await slugsOf('ASN')).toEqual(['2021-08-30-merit']);
    expect(await slugsOf('PNS')).toEqual(['2022-08-03-accsm']);
  });

  it('keeps the Indonesian word as typed and its stems where it is a thesaurus phrase', async () => {
    expect(await slugsOf('undangan')).toEqual(['2022-08-03-accsm']);
    expect(await slugsOf('perempuan')).toEqual(['2022-08-03-accsm']);
  });

  it('indexes our English headline and the English and Korean names of institutions', async () => {
    expect(await slugsOf('supervision')).toEqual(['2021-08-30-merit']);
    expect(await slugsOf('인사혁신처')).toEqual(['2021-08-30-merit']);
    expect(await slugsOf('Ministry of Personnel Management')).toEqual(['2021-08-30-merit']);
    expect(await slugsOf('state civil apparatus')).toEqual(['2021-08-30-merit']);
  });

  it('reads a typo of a word only the thesaurus holds, and says so', async () => {
    const q = 'civil servnts';
    const outcome = await engine.run(q, noFilters());
    expect(outcome.hits).toHaveLength(2);
    const read = correction(q, outcome.units, (t) => engine.documentsWith(t));
    expect(read?.map((p) => p.text).join('')).toBe('civil servants');
  });

  it('keeps AND semantics and finds nothing for words the archive does not hold', async () => {
    expect(await slugsOf('women invitation')).toEqual(['2022-08-03-accsm']);
    expect(await slugsOf('women supervision')).toEqual([]);
    expect(await slugsOf('rubber plantation')).toEqual([]);
  });
});

describe('results of an English query', () => {
  it('take the snippet from our English summary, with the English words marked', async () => {
    const service = await open();
    const q = request('civil servants');
    await service.answer(q);
    const { snippets, languages } = (await service.snippets(q.id))!;
    expect(text(snippets[0]!)).toBe(
      'KASN met the ministry online to discuss [civil servants] and their neutrality.',
    );
    expect(languages[0]).toBe('en');
    // Where our English summary does not hold the match, the body shows what matched.
    expect(text(snippets[1]!)).toContain('[PNS]');
    expect(languages[1]).toBe('id');
  });

  it('keep the body for an Indonesian query on the Indonesian page', async () => {
    const service = await open();
    const q = request('netralitas');
    await service.answer(q);
    const { snippets, languages } = (await service.snippets(q.id))!;
    expect(text(snippets[0]!)).toContain('[netralitas]');
    expect(languages[0]).toBe('id');
  });

  it('show our English headline on the English edition, with the Indonesian one beside it', async () => {
    const service = await open();
    const answer = (await service.answer(request('supervision', 'en')))!;
    expect(text(answer.results[0]!.title)).toBe(
      'KASN discusses the [supervision] of the civil service',
    );
    expect(text(answer.results[0]!.original!)).toBe('KASN membahas pengawasan ASN');
    const indonesian = (await service.answer(request('supervision')))!;
    expect(text(indonesian.results[0]!.title)).toBe('KASN membahas pengawasan ASN');
    expect(indonesian.results[0]!.original).toBeUndefined();
  });
});
