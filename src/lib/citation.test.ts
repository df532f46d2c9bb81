import { describe, expect, it } from 'vitest';
import { article } from '../../tests/unit/fixtures.ts';
import { apaCitation, apaText, bibtexCitation, citationFacts, risCitation } from './citation.ts';

const site = { site: 'https://arsip.example.id', base: '/', siteName: 'Arsip Kerja Sama' };
const url = (slug: string) => `https://arsip.example.id/artikel/${slug}/`;

const kasn = article({
  slug: '2021-08-30-kasn',
  date: '2021-08-30',
  title: 'KASN Matangkan Rencana',
});
const forum = article({
  slug: '2017-11-27-forum',
  date: '2017-11-27',
  dateKind: 'acara',
  title: 'Forum Kerja Sama',
  editorialTitle: true,
});
const antara = article({
  slug: '2023-09-20-kacpe',
  date: '2023-09-20',
  dateEnd: '2023-09-21',
  dateKind: 'acara',
  title: 'Judul redaksi',
  editorialTitle: true,
  source: {
    publisher: 'ANTARA News Kalimantan Barat',
    originalTitle: 'Menpan RB: kita harus belajar dari Korsel soal transformasi digital',
    republishedFrom: 'Antaranews.com',
    credits: [],
  },
});

describe('apaCitation', () => {
  it('puts the title first when no publisher is stated, with the Indonesian date', () => {
    const facts = citationFacts(kasn, site);
    expect(apaText(facts)).toBe(
      `KASN Matangkan Rencana. (2021, 30 Agustus). Arsip Kerja Sama. ${url('2021-08-30-kasn')}`,
    );
    expect(apaCitation(facts).filter((s) => s.italic)).toEqual([
      { text: 'KASN Matangkan Rencana.', italic: true },
    ]);
  });

  it('writes t.t. when only the event date is known, and brackets an editorial title', () => {
    const facts = citationFacts(forum, site);
    expect(apaText(facts)).toBe(
      `[Forum Kerja Sama]. (t.t.). Arsip Kerja Sama. ${url('2017-11-27-forum')}`,
    );
    // APA: a bracketed description is not italic.
    expect(apaCitation(facts).some((s) => s.italic)).toBe(false);
  });

  it('leads with the stated publisher and cites the original title', () => {
    expect(apaText(citationFacts(antara, site))).toBe(
      'ANTARA News Kalimantan Barat. (t.t.). Menpan RB: kita harus belajar dari Korsel soal transformasi digital. Arsip Kerja Sama. ' +
        url('2023-09-20-kacpe'),
    );
  });

  it('adds no second full stop after a title ending in a question mark', () => {
    const asked = article({ slug: '2021-01-01-q', date: '2021-01-01', title: 'Apa itu SPBE?' });
    expect(apaText(citationFacts(asked, site))).toMatch(/^Apa itu SPBE\? \(2021, 1 Januari\)\./);
  });
});

describe('citationFacts notes', () => {
  it('says what the source lacks: publication date, title; and where it first ran', () => {
    expect(citationFacts(kasn, site).notes).toEqual([]);
    expect(citationFacts(forum, site).notes).toEqual([
      'Tanggal acara: 27 November 2017; tanggal terbit tidak tercantum di sumber.',
      'Judul dari redaksi arsip: teks sumber tidak memuat judul.',
    ]);
    expect(citationFacts(antara, site).notes).toEqual([
      'Tanggal acara: 20–21 September 2023; tanggal terbit tidak tercantum di sumber.',
      'Tayang pertama di Antaranews.com.',
    ]);
  });
});

describe('bibtexCitation', () => {
  it('is a @misc entry keyed by slug with year, month and date when published', () => {
    expect(bibtexCitation(citationFacts(kasn, site))).toBe(
      [
        '@misc{2021-08-30-kasn,',
        '  title        = {{KASN Matangkan Rencana}},',
        '  year         = {2021},',
        '  month        = {8},',
        '  date         = {2021-08-30},',
        '  howpublished = {Arsip Kerja Sama},',
        `  url          = {${url('2021-08-30-kasn')}},`,
        '  langid       = {indonesian},',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('keeps a group author whole, has no year without a publication date, escapes TeX', () => {
    const bib = bibtexCitation(
      citationFacts({ ...antara, source: { ...antara.source, publisher: 'A & B_{C}' } }, site),
    );
    expect(bib).toContain('author       = {{A \\& B\\_\\{C\\}}},');
    expect(bib).not.toMatch(/year|date\s*=/);
    expect(bib).toContain('note         = {Tanggal acara: 20–21 September 2023;');
  });
});

describe('risCitation', () => {
  it('is a NEWS record with CRLF lines, ending in ER', () => {
    const ris = risCitation(citationFacts(antara, site), antara);
    const lines = ris.split('\r\n');
    expect(lines[0]).toBe('TY  - NEWS');
    expect(lines).toContain('AU  - ANTARA News Kalimantan Barat');
    expect(lines).toContain(
      'TI  - Menpan RB: kita harus belajar dari Korsel soal transformasi digital',
    );
    expect(lines).toContain(`UR  - ${url('2023-09-20-kacpe')}`);
    expect(lines.filter((l) => l.startsWith('PY'))).toEqual([]);
    expect(lines.at(-2)).toBe('ER  - ');
    expect(ris.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });

  it('dates a published article as RIS wants it', () => {
    const lines = risCitation(citationFacts(kasn, site), kasn).split('\r\n');
    expect(lines).toContain('PY  - 2021');
    expect(lines).toContain('DA  - 2021/08/30/');
    expect(lines.filter((l) => l.startsWith('AU'))).toEqual([]);
  });
});
