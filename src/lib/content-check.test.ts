import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentProblems } from './content-check.ts';

// A small content folder of its own: data files and articles written by each test.
function folder(articles: Record<string, string>, data: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-check-'));
  mkdirSync(join(dir, 'articles'));
  const files: Record<string, string> = {
    'institutions.yaml':
      'kasn: { name: KASN, fullName: Komisi Aparatur Sipil Negara, kind: komisi }\n',
    'topics.yaml': 'sistem-merit: { name: Sistem merit, nameEn: Merit system }\n',
    'countries.yaml': 'korea-selatan: { name: Korea Selatan, nameEn: South Korea }\n',
    'glossary.yaml':
      '- { term: KASN, expansion: Komisi Aparatur Sipil Negara, lang: id, description: Komisi. }\n',
    ...data,
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  for (const [name, text] of Object.entries(articles)) {
    writeFileSync(join(dir, 'articles', name), text);
  }
  return dir;
}

const article = (fields: Record<string, string>, body = 'Teks berita.') => {
  const all: Record<string, string> = {
    title: 'Judul',
    titleEn: 'Headline',
    date: '2021-08-30',
    dateKind: 'terbit',
    institution: 'kasn',
    partnerCountries: '[korea-selatan]',
    topics: '[sistem-merit]',
    summary: 'Ringkasan.',
    summaryEn: 'Summary.',
    source: '{}',
    ...fields,
  };
  const yaml = Object.entries(all)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${body}\n`;
};

const TODAY = '2026-01-01';
const problemsOf = (dir: string) => contentProblems(dir, TODAY, dir);

describe('contentProblems', () => {
  it('finds nothing in sound content', () => {
    expect(problemsOf(folder({ '2021-08-30-baik.md': article({}) }))).toEqual([]);
  });

  it('names every draft still holding TODO, and each field in it, in one run', () => {
    const problems = problemsOf(
      folder({
        '2021-08-30-draf-satu.md': article({ title: '"TODO: judul"', summaryEn: '"TODO"' }),
        '2021-08-31-draf-dua.md': article({ date: 'TODO', institution: '"TODO: periksa saran"' }),
        '2021-09-01-baik.md': article({}),
      }),
    );
    expect(problems).toEqual([
      'articles/2021-08-30-draf-satu.md: kolom "title": judul masih berisi TODO — tulis judul dari sumber, atau judul redaksi dengan editorialTitle: true',
      'articles/2021-08-30-draf-satu.md: kolom "summaryEn": ringkasan Inggris masih berisi TODO — tulis ringkasan dalam bahasa Inggris',
      'articles/2021-08-31-draf-dua.md: kolom "date": tanggal masih berisi TODO — tulis tanggal dari sumber sebagai YYYY-MM-DD',
      'articles/2021-08-31-draf-dua.md: kolom "institution": instansi masih berisi TODO — tulis slug-nya dari content/institutions.yaml',
    ]);
  });

  it('reports schema, reference and date problems of different files together', () => {
    const problems = problemsOf(
      folder({
        '2021-08-30-kunci-asing.md': article({ sumber: 'x' }),
        '2021-08-30-instansi-baru.md': article({ institution: 'kemendagri' }),
        '2021-08-30-jenis-salah.md': article({ dateKind: 'terbitan', date: '30-08-2021' }),
        '2030-01-01-nanti.md': article({ date: '2030-01-01' }),
      }),
    );
    expect(problems).toEqual([
      'articles/2021-08-30-instansi-baru.md: kolom "institution": instansi "kemendagri" tidak dikenal — tulis salah satu slug di content/institutions.yaml (kasn), atau tambahkan "kemendagri" di content/institutions.yaml dengan name, fullName dan kind (kementerian | komisi | badan | lembaga | organisasi | universitas | perwakilan), dan bila ada acronym, country, nameEn, fullNameEn dan aliases',
      'articles/2021-08-30-jenis-salah.md: kolom "date": "30-08-2021" bukan tanggal yang ada — tulis tanggal yang benar sebagai YYYY-MM-DD',
      'articles/2021-08-30-jenis-salah.md: kolom "dateKind": "terbitan" tidak dikenal — tulis terbit (tanggal terbit) atau acara (tanggal acara)',
      'articles/2021-08-30-kunci-asing.md: kolom tidak dikenal: "sumber" — periksa ejaannya atau hapus kolom itu',
      'articles/2030-01-01-nanti.md: kolom "date": "2030-01-01" ada di masa depan — tulis tanggal paling lambat hari ini, 2026-01-01 (WIB)',
    ]);
  });

  it('names a missing field, a missing frontmatter and a YAML error, each by its file', () => {
    const problems = problemsOf(
      folder({
        '2021-08-30-tanpa-ringkasan.md': article({ summary: '' }),
        '2021-08-30-tanpa-frontmatter.md': 'Teks saja.\n',
        '2021-08-30-tab.md': '---\ntitle: A\nsource:\n\tpublisher: B\n---\n\nTeks.\n',
      }),
    );
    expect(problems).toContain(
      'articles/2021-08-30-tanpa-ringkasan.md: kolom "summary": ringkasan tidak ada — tulis ringkasan dalam bahasa Indonesia',
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^articles\/2021-08-30-tanpa-frontmatter\.md: tidak ada frontmatter — /,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^articles\/2021-08-30-tab\.md: YAML tidak valid di baris 4, kolom 1: ada tab/,
      ),
    );
  });

  it('names each bad entry of a data file with its field and what to write', () => {
    const dir = folder(
      { '2021-08-30-baik.md': article({}) },
      {
        'institutions.yaml':
          'kasn: { name: KASN, fullName: Komisi Aparatur Sipil Negara, kind: komisi }\n' +
          'baru: { name: Baru, kind: dinas }\n',
        'topics.yaml': 'sistem-merit: { name: Sistem merit, nameEn: Merit system, warna: merah }\n',
      },
    );
    expect(problemsOf(dir)).toEqual([
      `${dir}/institutions.yaml: entri "baru": kolom "fullName": tidak ada — kolom ini wajib diisi (teks)`,
      `${dir}/institutions.yaml: entri "baru": kolom "kind": "dinas" tidak dikenal — tulis salah satu dari: kementerian, komisi, badan, lembaga, organisasi, universitas, perwakilan`,
      `${dir}/topics.yaml: entri "sistem-merit": kolom tidak dikenal: "warna" — periksa ejaannya atau hapus kolom itu`,
      // The topic's entry was refused, so the article's reference to it is unknown too.
      expect.stringMatching(
        /^articles\/2021-08-30-baik\.md: kolom "topics\[0\]": topik "sistem-merit" tidak dikenal/,
      ),
    ]);
  });

  it('checks the timeline once the articles are sound', () => {
    const timeline =
      "- { date: '2021-08-30', title: T, quote: Teks berita., articles: [2021-08-30-baik] }\n" +
      "- { date: '2021', title: T, quote: Tidak ada., articles: [2021-08-30-lain] }\n";
    const dir = folder({ '2021-08-30-baik.md': article({}) }, { 'timeline.yaml': timeline });
    expect(problemsOf(dir)).toEqual([
      `${dir}/timeline.yaml: entri ke-2: kolom "articles[0]": tidak ada artikel "2021-08-30-lain" — tulis slug artikel, yaitu nama berkasnya di content/articles tanpa .md`,
    ]);
  });
});
