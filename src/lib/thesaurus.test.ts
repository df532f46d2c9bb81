import { describe, expect, it } from 'vitest';
import { readThesaurusFile } from './data-files.ts';
import { resolveThesaurus } from './thesaurus.ts';

const FILE = 'content/thesaurus.yaml';
const problems = (raw: unknown): string[] => {
  try {
    resolveThesaurus(raw, FILE);
    return [];
  } catch (error) {
    return (error as { problems: string[] }).problems;
  }
};

describe('the thesaurus file', () => {
  it('reads entries of English and Indonesian phrases', () => {
    expect(resolveThesaurus([{ en: ['merit system'], id: [' sistem merit '] }], FILE)).toEqual([
      { en: ['merit system'], id: ['sistem merit'] },
    ]);
    expect(resolveThesaurus(null, FILE)).toEqual([]);
  });

  it('names the file, the entry, the field and what is expected, in Indonesian', () => {
    expect(problems({ en: 'x' })).toEqual([
      `${FILE}: diharapkan daftar entri (- en: [merit system]\n  id: [sistem merit])`,
    ]);
    expect(
      problems([
        { en: ['merit system'], id: ['sistem merit'] },
        { en: ['women'], id: 'perempuan' },
        { en: ['online'], id: [], catatan: 'x' },
        { en: ['the'], id: ['daring', 7] },
        'civil service',
      ]),
    ).toEqual([
      `${FILE}: entri 2 (“women”): kolom "id": diharapkan daftar frasa bahasa Indonesia, misalnya [sistem merit]`,
      `${FILE}: entri 3 (“online”): kolom "id": daftar kosong — tulis sedikitnya satu frasa bahasa Indonesia`,
      `${FILE}: entri 3 (“online”): kolom "catatan" tidak dikenal — yang dikenal hanya en dan id`,
      `${FILE}: entri 4 (“the”): kolom "id[1]": diharapkan frasa bahasa Indonesia sebagai teks`,
      `${FILE}: entri 5: diharapkan kolom en dan id (en: [merit system], id: [sistem merit])`,
    ]);
    expect(problems([{ en: ['the'], id: ['dan'] }])).toEqual([
      `${FILE}: entri 1 (“the”): kolom "en[0]": "the" hanya berisi kata yang diabaikan pencarian (seperti "the", "dan") — tulis frasa dengan kata yang bermakna`,
      `${FILE}: entri 1 (“the”): kolom "id[0]": "dan" hanya berisi kata yang diabaikan pencarian (seperti "the", "dan") — tulis frasa dengan kata yang bermakna`,
    ]);
  });

  it('is optional: a content folder without one has no thesaurus', () => {
    expect(readThesaurusFile('/nonexistent')).toBeUndefined();
  });

  it('of the archive is valid', () => {
    const file = readThesaurusFile('content')!;
    expect(resolveThesaurus(file.data, file.file).length).toBeGreaterThan(0);
  });
});
