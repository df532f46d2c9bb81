import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataFile, parseForLoader, readDataFile, readTimelineFile } from './data-files.ts';

describe('the YAML data files', () => {
  it('gives keyed entries their slug as id, in file order', () => {
    const entries = parseDataFile('topics', 'b: { name: B }\na: { name: A }\n', 'topics.yaml');
    expect(entries).toEqual([
      { id: 'b', name: 'B' },
      { id: 'a', name: 'A' },
    ]);
  });

  it('gives glossary entries the id of their term', () => {
    const entries = parseDataFile('glossary', '- term: FIA UI\n  expansion: X\n', 'glossary.yaml');
    expect(entries[0]).toMatchObject({ id: 'fia-ui', term: 'FIA UI' });
  });

  it('hands Astro a keyed file as its record (keys become ids) and the glossary as a list', () => {
    expect(parseForLoader('countries', 'x: { name: X }\n', 'c.yaml')).toEqual({ x: { name: 'X' } });
    expect(parseForLoader('glossary', '- term: ASN\n', 'g.yaml')).toEqual([
      { id: 'asn', term: 'ASN' },
    ]);
  });

  it('names the file (and the line or entry) when it is not what it should be', () => {
    expect(() => parseDataFile('topics', 'a: [b\n', 'content/topics.yaml')).toThrow(
      /^content\/topics\.yaml: YAML tidak valid di baris \d+, kolom \d+/,
    );
    expect(() => parseDataFile('topics', '- a\n', 'content/topics.yaml')).toThrow(
      'content/topics.yaml: isinya harus entri-entri dengan slug sebagai kunci',
    );
    expect(() => parseDataFile('topics', 'a: 3\n', 'content/topics.yaml')).toThrow(
      'content/topics.yaml: entri "a": kolom-kolomnya tidak ada — tulis kolomnya di bawah "a:"',
    );
    expect(() => parseDataFile('glossary', '- expansion: X\n', 'g.yaml')).toThrow(
      'g.yaml: entri ke-1: kolom "term": tidak ada atau bukan teks',
    );
    // YAML refuses a slug written twice rather than keeping one of them.
    expect(() => parseDataFile('topics', 'a: { name: A }\na: { name: B }\n', 't.yaml')).toThrow(
      /^t\.yaml: YAML tidak valid di baris 2, kolom 1: kunci yang sama ditulis dua kali/,
    );
  });

  it('reads a content folder, and finds no timeline where there is none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-files-'));
    writeFileSync(join(dir, 'countries.yaml'), 'vietnam: { name: Vietnam, nameEn: Viet Nam }\n');
    expect(readDataFile(dir, 'countries')).toEqual([
      { id: 'vietnam', name: 'Vietnam', nameEn: 'Viet Nam' },
    ]);
    expect(readTimelineFile(dir)).toBeUndefined();
  });
});
