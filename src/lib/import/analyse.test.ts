import { describe, expect, it } from 'vitest';
import { analyseText } from './analyse.ts';
import { ImportError } from './errors.ts';
import type { ArchiveData } from './types.ts';

const data: ArchiveData = {
  institutions: [
    {
      id: 'kasn',
      name: 'KASN',
      acronym: 'KASN',
      fullName: 'Komisi Aparatur Sipil Negara',
      country: 'indonesia',
      kind: 'komisi',
    },
  ],
  topics: [],
  countries: [],
  glossary: [],
};
const analyse = (lines: string[]) => analyseText(lines.join('\n'), data);

describe('analyseText: the date', () => {
  it('prefers the page’s date stamp, as the publication date', () => {
    const a = analyse([
      'Judul Berita',
      '30 Aug 2021 - 04:35',
      'Pertemuan daring, Senin (30/8/2021).',
    ]);
    expect(a.date).toMatchObject({ start: '2021-08-30', kind: 'terbit', certainty: 'pasti' });
    expect(a.otherDates.map((d) => d.evidence)).toEqual(['Senin (30/8/2021)']);
  });

  it('takes the event range when a weekday date falls inside it', () => {
    const a = analyse([
      'Judul Berita',
      'Dibuka Senin (1/8/2022).',
      'Forum berlangsung 1-3 Agustus 2022.',
    ]);
    expect(a.date).toMatchObject({ start: '2022-08-01', end: '2022-08-03', certainty: 'pasti' });
  });

  it('says which day of a range a bare weekday is', () => {
    const a = analyse(['Teks di Jakarta Pusat, Kamis.', 'Digelar pada 20-21 September 2023.']);
    expect(a.date.reason).toContain('"Kamis" di teks jatuh pada 2023-09-21');
  });

  it('doubts the date when the text gives another that does not agree, and says to check it', () => {
    const a = analyse([
      'Judul Berita',
      'Kata dia, Senin (29/7/2019).',
      'Acara digelar 3-5 Agustus 2022.',
    ]);
    expect(a.date).toMatchObject({ start: '2019-07-29', certainty: 'ragu' });
    expect(a.undecided.some((u) => u.startsWith('date: periksa tanggal (ragu)'))).toBe(true);
  });

  it.each([
    [['Judul Berita', 'Teks tanpa tanggal sama sekali.'], /tidak ada tanggal yang dikenali/],
    [
      ['Judul Berita', '"Kami hadir pada 3-5 Agustus 2022," ujarnya.'],
      /tidak ada tanggal yang dikenali/,
    ],
    [['Judul Berita', 'Di Jakarta, Senin (27/11).'], /tanggal tanpa tahun "Senin \(27\/11\)"/],
    [['Berita', 'Share', 'Pin It'], /tidak ada teks artikel/],
  ])('refuses %j with a clear message', (lines, message) => {
    expect(() => analyse(lines)).toThrow(ImportError);
    expect(() => analyse(lines)).toThrow(message);
  });
});

describe('analyseText: what it suggests', () => {
  it('does not take "pungkasnya" for KASN', () => {
    const a = analyse(['Judul Berita', '“Terima kasih,” pungkasnya, Senin (30/8/2021).']);
    expect(a.institution).toBeUndefined();
    expect(a.undecided).toContain('institution: pilih slug dari content/institutions.yaml');
  });

  it('finds the institution also in the credit initials', () => {
    const a = analyse(['Judul Berita', 'Kata dia, Senin (30/8/2021). (rr/HUMAS KASN)']);
    expect(a.credits).toEqual([{ role: 'Inisial penulis / humas', name: 'rr/HUMAS KASN' }]);
    expect(a.institution?.id).toBe('kasn');
  });

  it('names ANTARA as publisher from its dateline, not from the word "antara"', () => {
    expect(analyse(['Jakarta (ANTARA) - Teks, Senin (30/8/2021).']).publisher).toBe('ANTARA');
    expect(analyse(['Kerja sama antara dua negara, Senin (30/8/2021).']).publisher).toBeUndefined();
  });
});
