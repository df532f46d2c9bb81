// Every YAML error stops the build with a message naming the file (an article's frontmatter or
// a data file in content/), the line where there is one, and what is wrong.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BUILD_TEST_TIMEOUT, buildSite, ROOT } from '../helpers/build.ts';
import { contentWith, FIXTURES, type ContentOptions } from '../helpers/content.ts';

const aliases = (name: string, count: number) => Array(count).fill(`*${name}`).join(', ');

// The line (from 1) of a data file, after an edit, that holds `needle`: the expected line numbers
// follow the committed data files rather than being written into the test.
function lineOf(file: string, edit: (text: string) => string, needle: string): number {
  const lines = edit(readFileSync(join(ROOT, 'content', file), 'utf8')).split('\n');
  const index = lines.findIndex((line) => line.startsWith(needle));
  if (index < 0) throw new Error(`${file}: no line starts with ${JSON.stringify(needle)}`);
  return index + 1;
}
// The line (from 1) of a bad-yaml fixture that starts with `needle`.
function lineOfFixture(file: string, needle: string): number {
  const lines = readFileSync(join(FIXTURES, 'bad-yaml', file), 'utf8').split('\n');
  const index = lines.findIndex((line) => line.startsWith(needle));
  if (index < 0) throw new Error(`${file}: no line starts with ${JSON.stringify(needle)}`);
  return index + 1;
}
const institutionsTab = (t: string) => t.replace('\n  kind: komisi', '\n\tkind: komisi');
const topicsIndent = (t: string) =>
  t.replace('\n  nameEn: Bureaucratic', '\n   nameEn: Bureaucratic');
const glossaryTab = (t: string) => t.replace('\n  lang: en', '\n\tlang: en');

const cases: { name: string; fixture: string | null; options?: ContentOptions; says: string[] }[] =
  [
    // The build reads every frontmatter before Astro's content layer does (which would stop at
    // the first, in English), naming the file and the line in the file.
    {
      name: 'a tab in an article’s frontmatter',
      fixture: 'bad-yaml/2021-08-30-frontmatter-tab.md',
      says: [
        `articles/2021-08-30-frontmatter-tab.md: YAML tidak valid di baris ${lineOfFixture('2021-08-30-frontmatter-tab.md', '\t')}, kolom 1: ada tab di awal baris — YAML hanya menerima spasi untuk indentasi`,
      ],
    },
    {
      name: 'a bad indent in an article’s frontmatter',
      fixture: 'bad-yaml/2021-08-30-frontmatter-indentasi.md',
      // The parser sees the problem at the value before the misaligned line.
      says: [
        `articles/2021-08-30-frontmatter-indentasi.md: YAML tidak valid di baris ${lineOfFixture('2021-08-30-frontmatter-indentasi.md', '    credits:') - 1}, kolom 14: indentasi tidak sejajar`,
      ],
    },
    {
      name: 'more than 100 aliases in an article’s frontmatter',
      fixture: 'bad-yaml/2021-08-30-frontmatter-alias.md',
      says: [
        'articles/2021-08-30-frontmatter-alias.md: YAML memakai terlalu banyak alias (*nama), lebih dari 100 — tulis nilainya langsung',
      ],
    },
    {
      name: 'a tab in institutions.yaml',
      fixture: null,
      options: { edit: { 'institutions.yaml': institutionsTab } },
      says: [
        `institutions.yaml: YAML tidak valid di baris ${lineOf('institutions.yaml', institutionsTab, '\tkind: komisi')}, kolom 1: ada tab di awal baris — YAML hanya menerima spasi untuk indentasi`,
      ],
    },
    {
      name: 'a bad indent in topics.yaml',
      fixture: null,
      options: { edit: { 'topics.yaml': topicsIndent } },
      // The parser sees the problem at the value before the misaligned line.
      says: [
        `topics.yaml: YAML tidak valid di baris ${lineOf('topics.yaml', topicsIndent, '   nameEn: Bureaucratic') - 1}, kolom 9: indentasi tidak sejajar`,
      ],
    },
    {
      name: 'more than 100 aliases in countries.yaml',
      fixture: null,
      options: {
        edit: {
          // A country of its own at the end, so the case does not hang on how the others are written.
          'countries.yaml': (t) =>
            `${t}alias-bom: { name: &k Bom, nameEn: Bomb, aliases: [${aliases('k', 101)}] }\n`,
        },
      },
      says: ['countries.yaml: YAML memakai terlalu banyak alias (*nama), lebih dari 100'],
    },
    {
      name: 'a tab in glossary.yaml (read by astro.config.mjs too)',
      fixture: null,
      options: { edit: { 'glossary.yaml': glossaryTab } },
      says: [
        `glossary.yaml: YAML tidak valid di baris ${lineOf('glossary.yaml', glossaryTab, '\tlang: en')}, kolom 1: ada tab di awal baris`,
      ],
    },
    {
      name: 'a bad indent in timeline.yaml',
      fixture: null,
      options: { edit: { 'timeline.yaml': (t) => t.replace('\n  title: Awal', '\n title: Awal') } },
      says: ['timeline.yaml: YAML tidak valid di baris'],
    },
  ];

describe('a YAML error names its file', () => {
  it.each(cases)(
    '$name',
    async ({ fixture, options, says }) => {
      const content = contentWith(fixture, { withRealArticles: fixture === null, ...options });
      const result = await buildSite({ ARCHIVE_CONTENT_DIR: content });
      expect(result.code).not.toBe(0);
      const output = stripVTControlCharacters(result.output);
      for (const text of says) expect(output).toContain(text);
    },
    BUILD_TEST_TIMEOUT,
  );

  it(
    'several bad files in one build: every frontmatter and data file named, and nothing blamed on them',
    async () => {
      // Every article fixture beside the real articles, and a tab in topics.yaml too.
      const content = contentWith('bad-yaml', {
        withRealArticles: true,
        edit: { 'topics.yaml': topicsIndent },
      });
      const result = await buildSite({ ARCHIVE_CONTENT_DIR: content });
      expect(result.code).not.toBe(0);
      const output = stripVTControlCharacters(result.output);
      for (const { says } of cases.filter((c) => c.fixture !== null)) {
        for (const text of says) expect(output).toContain(text);
      }
      expect(output).toContain(cases.find((c) => c.name.includes('topics.yaml'))!.says[0]);
      // A topics file that cannot be read is its own problem, not an unknown topic in every article.
      expect(output).not.toContain('topik "');
      expect(output).toMatch(/Isi arsip tidak valid \(4 masalah\)/);
    },
    BUILD_TEST_TIMEOUT,
  );
});
