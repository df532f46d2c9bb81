// A draft from the importer is refused by the build until a person fills its TODOs, then builds.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readArchiveData } from '../../scripts/lib/content-data.ts';
import { analyseText } from '../../src/lib/import/analyse.ts';
import {
  draftFileName,
  renderDraft,
  scaffoldArticle,
  toMarkdown,
} from '../../src/lib/import/draft.ts';
import { BUILD_TEST_TIMEOUT, buildSite, ROOT } from '../helpers/build.ts';
import { SEEDS, splitMarkdown } from '../helpers/import.ts';
import { page } from '../helpers/site.ts';

const seed = SEEDS.find((s) => s.slug.startsWith('2017-11-27'))!;
const analysis = analyseText(
  readFileSync(seed.file, 'utf8'),
  readArchiveData(join(ROOT, 'content')),
);
const fileName = draftFileName(analysis);

/** A copy of content/ with one more article in it; returns the copy's folder. */
function contentWith(name: string, markdown: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'arsip-draft-'));
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  writeFileSync(join(dir, 'articles', name), markdown);
  return dir;
}

describe('the schema and the importer’s drafts', () => {
  it(
    'refuses an unfilled draft, naming the file and each field to fill',
    async () => {
      const result = await buildSite({
        ARCHIVE_CONTENT_DIR: contentWith(fileName, renderDraft(analysis)),
      });
      expect(result.code).not.toBe(0);
      const output = stripVTControlCharacters(result.output);
      expect(output).toContain(fileName.replace(/\.md$/, ''));
      for (const message of [
        'kolom "title": judul masih berisi TODO — tulis judul dari sumber, atau judul redaksi dengan editorialTitle: true',
        'kolom "titleEn": judul Inggris masih berisi TODO — tulis judul dalam bahasa Inggris (terjemahan kita)',
        'kolom "summary": ringkasan masih berisi TODO — tulis ringkasan dalam bahasa Indonesia',
        'kolom "summaryEn": ringkasan Inggris masih berisi TODO — tulis ringkasan dalam bahasa Inggris',
        'kolom "source.note": catatan sumber masih berisi TODO — tulis catatannya (dari mana tanggalnya) atau hapus kolom ini',
      ]) {
        expect(output).toContain(`articles/${fileName}: ${message}`);
      }
    },
    BUILD_TEST_TIMEOUT,
  );

  it(
    'builds the draft once a person has filled it, with the source’s own text',
    async () => {
      const { data, body } = splitMarkdown(renderDraft(analysis));
      const filled = toMarkdown(
        {
          ...data,
          title: 'Forum Kerja Sama Korea–Indonesia untuk Administrasi Publik',
          titleEn: 'The Korea–Indonesia Public Administration Cooperation Forum',
          summary: 'Ringkasan yang ditulis arsiparis.',
          summaryEn: 'A summary written by the archivist.',
          source: { ...(data['source'] as object), note: 'Tahun dari nama berkas foto sumber.' },
        },
        body,
      );
      const result = await buildSite({ ARCHIVE_CONTENT_DIR: contentWith(fileName, filled) });
      expect(result.code, result.output).toBe(0);
      const $ = page(result.outDir, `artikel/${fileName.replace(/\.md$/, '')}/`);
      expect($('h1').text()).toBe('Forum Kerja Sama Korea–Indonesia untuk Administrasi Publik');
      expect($('[data-article-body]').text()).toContain(
        'JAKARTA – Indonesia sedang fokus melakukan pembenahan manajemen sumber daya manusia',
      );
    },
    BUILD_TEST_TIMEOUT,
  );

  it(
    'refuses an unfilled `npm run new` article, saying what to write',
    async () => {
      const name = '2023-01-02-artikel-baru.md';
      const result = await buildSite({
        ARCHIVE_CONTENT_DIR: contentWith(name, scaffoldArticle('Artikel baru')),
      });
      expect(result.code).not.toBe(0);
      const output = stripVTControlCharacters(result.output);
      expect(output).toContain('2023-01-02-artikel-baru');
      expect(output).toContain(
        `articles/${name}: kolom "date": tanggal masih berisi TODO — tulis tanggal dari sumber sebagai YYYY-MM-DD`,
      );
      expect(output).toContain(
        `articles/${name}: kolom "institution": instansi masih berisi TODO — tulis slug-nya dari content/institutions.yaml`,
      );
    },
    BUILD_TEST_TIMEOUT,
  );
});
