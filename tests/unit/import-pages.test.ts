// Pages in the shapes of this field's publishers (tests/fixtures/pages, our own sentences): the
// importer finds each one's headline, date and kind, credits, clean body and institution.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readArchiveData } from '../../scripts/lib/content-data.ts';
import { analyseText } from '../../src/lib/import/analyse.ts';
import { draftFileName, renderDraft } from '../../src/lib/import/draft.ts';
import { ROOT } from '../helpers/build.ts';
import { splitMarkdown } from '../helpers/import.ts';

interface Expected {
  title?: string;
  /** Set when the page's headline cannot be told apart: the draft must say TODO. */
  titleDoubt?: boolean;
  date: string;
  dateEnd?: string;
  dateKind: 'terbit' | 'acara';
  institution?: string;
  /** Set when the institution is a guess the draft must ask to check. */
  institutionUnsure?: boolean;
  credits: { role: string; name: string }[];
  caption?: string;
  publisher?: string;
  republishedFrom?: string;
  body: string[];
}

const DIR = join(ROOT, 'tests/fixtures/pages');
const PAGES = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => ({
    name: f.replace(/\.yaml$/, ''),
    text: readFileSync(join(DIR, f.replace(/\.yaml$/, '.txt')), 'utf8'),
    expected: parseYaml(readFileSync(join(DIR, f), 'utf8')) as Expected,
  }));
const data = readArchiveData(join(ROOT, 'content'));

describe('pages in publishers’ shapes', () => {
  it('covers at least fifteen publishers', () => expect(PAGES.length).toBeGreaterThanOrEqual(15));

  it.each(PAGES)('$name', ({ text, expected }) => {
    const a = analyseText(text, data, { today: '2026-01-01' });
    expect(a.paragraphs).toEqual(expected.body);
    expect({ title: a.title, doubt: a.titleDoubt !== undefined }).toEqual({
      title: expected.title,
      doubt: expected.titleDoubt ?? false,
    });
    expect({ date: a.date.start, end: a.date.end, kind: a.date.kind }).toEqual({
      date: expected.date,
      end: expected.dateEnd,
      kind: expected.dateKind,
    });
    expect(a.credits).toEqual(expected.credits);
    expect(a.caption?.text).toBe(expected.caption);
    expect({ institution: a.institution?.id, sure: a.institutionSure }).toEqual({
      institution: expected.institution,
      sure: expected.institution !== undefined && !expected.institutionUnsure,
    });
    if (expected.publisher) expect(a.publisher).toBe(expected.publisher);
    expect(a.republishedFrom).toBe(expected.republishedFrom);

    const { data: front, body } = splitMarkdown(renderDraft(a));
    expect(body.trim().split('\n\n')).toHaveLength(expected.body.length);
    if (expected.titleDoubt) {
      // Unsure of the headline: a TODO saying why, and a file name from the date and a neutral word.
      expect(front['title']).toMatch(/^TODO: periksa judul — beberapa baris/);
      expect(draftFileName(a)).toBe(`${expected.date}-artikel.md`);
    }
    if (expected.institutionUnsure) expect(front['institution']).toMatch(/^TODO: periksa saran/);
    const note = (front['source'] as { note?: string }).note ?? '';
    if (a.date.kind === 'terbit') expect(note).not.toMatch(/tidak mencantumkan tanggal terbit/);
  });
});
