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
import { buildSite, ROOT } from '../helpers/build.ts';
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
  it('refuses an unfilled draft, naming the file and each field to fill', async () => {
    const result = await buildSite({
      ARCHIVE_CONTENT_DIR: contentWith(fileName, renderDraft(analysis)),
    });
    expect(result.code).not.toBe(0);
    const output = stripVTControlCharacters(result.output);
    expect(output).toContain(fileName.replace(/\.md$/, ''));
    for (const message of [
      "title: the headline still says TODO — write the source's headline, or ours with editorialTitle: true",
      'titleEn: the English headline still says TODO — write the headline in English (our translation)',
      'summary: the summary still says TODO — write the summary in Indonesian',
      'summaryEn: the English summary still says TODO — write the summary in English',
      'source.note: the source note still says TODO — write the note (where the date comes from) or remove it',
    ]) {
      expect(output).toContain(message);
    }
  });

  it('builds the draft once a person has filled it, with the source’s own text', async () => {
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
  });

  it('refuses an unfilled `npm run new` article, saying what to write', async () => {
    const name = '2023-01-02-artikel-baru.md';
    const result = await buildSite({
      ARCHIVE_CONTENT_DIR: contentWith(name, scaffoldArticle('Artikel baru')),
    });
    expect(result.code).not.toBe(0);
    const output = stripVTControlCharacters(result.output);
    expect(output).toContain('2023-01-02-artikel-baru');
    expect(output).toContain(
      'date: the date still says TODO — write the date the source gives, as YYYY-MM-DD',
    );
    expect(output).toContain(
      'institution: the institution still says TODO — choose a slug from content/institutions.yaml',
    );
  });
});
