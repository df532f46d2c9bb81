import { cpSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, ROOT } from '../helpers/build';

const FIXTURES = join(ROOT, 'tests/fixtures/bad-content');

/** A content folder with the real data files and only the given article. */
function contentWith(fixture: string): string {
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'tmp', 'content-'));
  for (const file of readdirSync(join(ROOT, 'content'))) {
    if (file.endsWith('.yaml')) cpSync(join(ROOT, 'content', file), join(dir, file));
  }
  mkdirSync(join(dir, 'articles'));
  cpSync(join(FIXTURES, fixture), join(dir, 'articles', fixture));
  return dir;
}

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
    const output = result.output.replace(/\x1b\[[0-9;]*m/g, '');
    expect(output).toContain(fixture.replace(/\.md$/, ''));
    expect(output).toContain(field);
    expect(output).toContain(says);
  });
});
