// Bad content stops the build with messages for the archivist: in Indonesian, every problem of
// the build at once, each naming the file, the field and the value, and saying what to write.
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BUILD_TEST_TIMEOUT, buildSite } from '../helpers/build.ts';
import { contentWith as content, FIXTURES } from '../helpers/content.ts';

/** A content folder with the real data files and only the given article (or folder's articles). */
const contentWith = (fixture: string) => content(`bad-content/${fixture}`);

const institutionHelp =
  'atau tambahkan "kementerian-antah" di content/institutions.yaml dengan name, fullName dan kind (kementerian | komisi | badan | lembaga | organisasi | universitas | perwakilan)';

const cases = [
  {
    fixture: '2021-08-30-tanpa-tanggal.md',
    says: 'kolom "date": tanggal tidak ada — tulis tanggal dari sumber sebagai YYYY-MM-DD, misalnya 2021-08-30',
  },
  {
    fixture: '2021-02-28-tanggal-salah.md',
    says: 'kolom "date": "2021-02-30" bukan tanggal yang ada — tulis tanggal yang benar sebagai YYYY-MM-DD',
  },
  {
    fixture: '2021-08-30-instansi-asing.md',
    says: `kolom "institution": instansi "kementerian-antah" tidak dikenal — tulis salah satu slug di content/institutions.yaml (kasn, `,
  },
  { fixture: '2021-08-30-instansi-asing.md', says: institutionHelp },
  {
    fixture: '2021-08-30-topik-asing.md',
    says: 'kolom "topics[0]": topik "sepak-bola" tidak dikenal — tulis salah satu slug di content/topics.yaml (',
  },
  {
    fixture: '2021-08-30-topik-asing.md',
    says: 'atau tambahkan "sepak-bola" di content/topics.yaml dengan name dan nameEn',
  },
];

describe('bad frontmatter fails the build with a message naming file and field', () => {
  it.each(cases)(
    '$fixture: $says',
    async ({ fixture, says }) => {
      const result = await buildSite({ ARCHIVE_CONTENT_DIR: contentWith(fixture) });
      expect(result.code).not.toBe(0);
      const output = stripVTControlCharacters(result.output);
      // A message starts with its file; the help for an unknown reference comes later in it.
      expect(output).toContain(says.startsWith('kolom') ? `articles/${fixture}: ${says}` : says);
    },
    BUILD_TEST_TIMEOUT,
  );
});

// What each fixture of the combined build must be told, by file.
const combined: (string | RegExp)[] = [
  'articles/2099-01-01-tanggal-masa-depan.md: kolom "date": "2099-01-01" ada di masa depan — tulis tanggal paling lambat hari ini,',
  'articles/2021-08-30-negara-asing.md: kolom "partnerCountries[1]": negara "atlantis" tidak dikenal — tulis salah satu slug di content/countries.yaml (korea-selatan,',
  'articles/2021-08-30-tanpa-isi.md: kolom "(isi)": isi artikel kosong — tempel teks beritanya di bawah frontmatter',
  /articles\/2021-08-30-slug-ganda(\/index)?\.md: kolom "\(slug\)": "2021-08-30-slug-ganda" juga dipakai oleh \S+\/articles\/2021-08-30-slug-ganda(\/index)?\.md — setiap artikel harus punya slug sendiri/,
  // Two drafts still holding TODO: both, each with every field that says it.
  'articles/2021-09-01-draf-belum-diisi.md: kolom "titleEn": judul Inggris masih berisi TODO — tulis judul dalam bahasa Inggris (terjemahan kita)',
  'articles/2021-09-01-draf-belum-diisi.md: kolom "summary": ringkasan masih berisi TODO — tulis ringkasan dalam bahasa Indonesia',
  'articles/2021-09-01-draf-belum-diisi.md: kolom "source.note": catatan sumber masih berisi TODO — tulis catatannya (dari mana tanggalnya) atau hapus kolom ini',
  'articles/2021-09-02-draf-lain-belum-diisi.md: kolom "title": judul masih berisi TODO — tulis judul dari sumber, atau judul redaksi dengan editorialTitle: true',
  'articles/2021-09-02-draf-lain-belum-diisi.md: kolom "institution": instansi masih berisi TODO — tulis slug-nya dari content/institutions.yaml',
  'articles/2021-09-02-draf-lain-belum-diisi.md: kolom "summaryEn": ringkasan Inggris masih berisi TODO — tulis ringkasan dalam bahasa Inggris',
];

const lengths = [
  'articles/2021-08-30-ringkasan-salah.md: kolom "summary": ringkasan "KASN membahas secara daring rencana memp…" panjangnya 529 karakter — paling banyak 400; persingkat',
  'articles/2021-08-30-ringkasan-salah.md: kolom "summaryEn": ringkasan Inggris kosong — tulis ringkasan dalam bahasa Inggris',
];

const expectAll = (output: string, messages: (string | RegExp)[]) => {
  for (const message of messages) {
    if (typeof message === 'string') expect(output).toContain(message);
    else expect(output).toMatch(message);
  }
};

describe('several problems in one build are each named', () => {
  it(
    'a folder of drafts and articles with different problems: every one, schema and references alike',
    async () => {
      const result = await buildSite({ ARCHIVE_CONTENT_DIR: contentWith('gabungan') });
      expect(result.code).not.toBe(0);
      const output = stripVTControlCharacters(result.output);
      expectAll(output, combined);
      // No English from the content layer: our check ran before it.
      expect(output).not.toContain('does not match collection schema');
      expect(output).toMatch(/Isi arsip tidak valid \(\d+ masalah\)/);
    },
    BUILD_TEST_TIMEOUT,
  );

  it(
    'two problems in one file',
    async () => {
      const result = await buildSite({
        ARCHIVE_CONTENT_DIR: contentWith('2021-08-30-ringkasan-salah.md'),
      });
      expect(result.code).not.toBe(0);
      expectAll(stripVTControlCharacters(result.output), lengths);
    },
    BUILD_TEST_TIMEOUT,
  );

  it(
    'every bad fixture at once, beside the real articles: each file named, none lost',
    async () => {
      const dir = content(null, { withRealArticles: true });
      const folder = join(FIXTURES, 'bad-content');
      for (const file of readdirSync(folder).filter((f) => f.endsWith('.md')))
        cpSync(join(folder, file), join(dir, 'articles', file));
      cpSync(join(folder, 'gabungan'), join(dir, 'articles'), { recursive: true });
      const result = await buildSite({ ARCHIVE_CONTENT_DIR: dir });
      expect(result.code).not.toBe(0);
      const output = stripVTControlCharacters(result.output);
      expectAll(output, [
        ...combined,
        ...lengths,
        ...cases.map((c) =>
          c.says.startsWith('kolom') ? `articles/${c.fixture}: ${c.says}` : c.says,
        ),
      ]);
    },
    BUILD_TEST_TIMEOUT,
  );
});
