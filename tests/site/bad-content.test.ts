import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { contentWith as content } from '../helpers/content.ts';

/** A content folder with the real data files and only the given article (or folder's articles). */
const contentWith = (fixture: string) => content(`bad-content/${fixture}`);

const cases = [
  { fixture: '2021-08-30-tanpa-tanggal.md', field: 'date', says: 'expected a date as YYYY-MM-DD' },
  { fixture: '2021-02-28-tanggal-salah.md', field: 'date', says: '"2021-02-30" is not a date' },
  {
    fixture: '2021-08-30-instansi-asing.md',
    field: 'field "institution"',
    says: 'unknown institution "kementerian-antah" — expected one of:',
  },
  {
    fixture: '2021-08-30-topik-asing.md',
    field: 'field "topics[0]"',
    says: 'unknown topic "sepak-bola" — expected one of:',
  },
];

describe('bad frontmatter fails the build with a message naming file and field', () => {
  it.each(cases)('$fixture', async ({ fixture, field, says }) => {
    const result = await buildSite({ ARCHIVE_CONTENT_DIR: contentWith(fixture) });
    expect(result.code).not.toBe(0);
    const output = stripVTControlCharacters(result.output);
    expect(output).toContain(fixture.replace(/\.md$/, ''));
    expect(output).toContain(field);
    expect(output).toContain(says);
  });
});

// Several problems in one build: each message still names its own file, field and value.
const combined: { fixture: string; messages: (string | RegExp)[] }[] = [
  {
    fixture: 'gabungan',
    messages: [
      'articles/2099-01-01-tanggal-masa-depan.md: field "date": "2099-01-01" is in the future — expected a date no later than today',
      'articles/2021-08-30-negara-asing.md: field "partnerCountries[1]": unknown country "atlantis" — expected one of: brunei-darussalam,',
      'articles/2021-08-30-tanpa-isi.md: field "(body)": the article body is empty — expected the text',
      // Astro keeps one of the two files with the same slug: whichever it reads last.
      /articles\/2021-08-30-slug-ganda(\/index)?\.md: field "\(slug\)": "2021-08-30-slug-ganda" is also the slug of \S+\/articles\/2021-08-30-slug-ganda(\/index)?\.md — expected each file name to give its own slug/,
    ],
  },
  {
    fixture: '2021-08-30-ringkasan-salah.md',
    messages: [
      'articles → 2021-08-30-ringkasan-salah data does not match collection schema',
      'summary: the summary "KASN membahas secara daring rencana memp…" is 529 characters long — expected at most 400',
      'summaryEn: the English summary is empty — expected text',
    ],
  },
];

describe('several problems in one build are each named', () => {
  it.each(combined)('$fixture', async ({ fixture, messages }) => {
    const result = await buildSite({ ARCHIVE_CONTENT_DIR: contentWith(fixture) });
    expect(result.code).not.toBe(0);
    const output = stripVTControlCharacters(result.output);
    for (const message of messages) {
      if (typeof message === 'string') expect(output).toContain(message);
      else expect(output).toMatch(message);
    }
  });
});
