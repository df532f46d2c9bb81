import { describe, expect, it } from 'vitest';
import { analyseText } from './analyse.ts';
import { ImportError } from './errors.ts';
import { renderDraft } from './draft.ts';
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

describe('analyseText: dates as pages give them', () => {
  const at = (lines: string[], options = {}) =>
    analyseText(lines.join('\n'), data, { today: '2026-01-01', ...options });

  it('reads a year-less "(7/5)" in the text once the dateline further down gives the year', () => {
    const a = at([
      'Judul Berita Kunjungan Delegasi',
      'Delegasi tiba di Jakarta (7/5) untuk kunjungan tiga hari yang membahas kerja sama kepegawaian.',
      'Teks kedua.',
      'Kamis, 07 Mei 2009 – 16:36 WIB',
    ]);
    expect(a.date).toMatchObject({ start: '2009-05-07', kind: 'terbit', certainty: 'pasti' });
    expect(a.otherDates.map((d) => d.start)).toEqual(['2009-05-07']);
  });

  it('takes a byline’s date as the publication date, and the note says where it is from', () => {
    const a = at([
      'Judul Berita Kunjungan Delegasi',
      'Oleh Nama Penulis pada 30 Jul 2019, 10:00 WIB',
      'Diperbarui 30 Jul 2019, 10:16 WIB',
      'Liputan6.com, Jakarta - Delegasi tiba untuk membahas kerja sama, seperti dikutip Senin (29/7/2019).',
    ]);
    expect(a.date).toMatchObject({ start: '2019-07-30', kind: 'terbit', certainty: 'pasti' });
    expect(a.credits).toEqual([{ role: 'Penulis', name: 'Nama Penulis' }]);
    expect(renderDraft(a)).toContain(
      'note: Tanggal terbit tertulis "Oleh Nama Penulis pada 30 Jul 2019, 10:00 WIB" di laman sumber.',
    );
  });

  it('takes an event date from the text as "acara", saying the source gives no publication date', () => {
    const a = at([
      'Judul Berita Kunjungan Delegasi',
      'Delegasi tiba di Jakarta, Senin (27/11/2017).',
    ]);
    expect(a.date).toMatchObject({ start: '2017-11-27', kind: 'acara' });
    expect(renderDraft(a)).toContain('note: Teks sumber tidak mencantumkan tanggal terbit;');
  });

  it('refuses a year-less date the text does not settle, naming the years that fit', () => {
    expect(() =>
      at(['Judul Berita Kunjungan Delegasi', 'Delegasi tiba di Jakarta, Jumat (24/05).']),
    ).toThrow(
      /tanggal tanpa tahun "Jumat \(24\/05\)" ambigu: 24\/5 jatuh pada hari Jumat pada tahun 2002, 2013, 2019, 2024 — tulis tahunnya di teks sumber/,
    );
  });

  it('takes the date the archivist gives with --tanggal, and its kind', () => {
    const a = at(['Judul Berita Kunjungan Delegasi', 'Delegasi tiba di Jakarta, Jumat (24/05).'], {
      date: { iso: '2013-05-24', kind: 'acara' },
    });
    expect(a.date).toMatchObject({ start: '2013-05-24', kind: 'acara', form: 'given' });
    expect(renderDraft(a)).toContain(
      'note: Tanggal acara diberikan arsiparis (--tanggal 2013-05-24).',
    );
  });

  it.each([
    [
      '01 Jan 1899 - 10:00',
      /tanggal 1899-01-01 \("01 Jan 1899 - 10:00"\) sebelum 1945 — kemungkinan salah ketik/,
    ],
    [
      '01 Jan 2099 - 10:00',
      /tanggal 2099-01-01 \("01 Jan 2099 - 10:00"\) setelah hari ini \(2026-01-01, WIB\)/,
    ],
  ])('refuses the stamp "%s" as a likely typo', (stamp, message) => {
    expect(() => at(['Judul Berita Kunjungan Delegasi', stamp, 'Teks berita.'])).toThrow(message);
  });

  it('lists every reason at once', () => {
    try {
      at(['Menu', 'Jumat (24/05)']);
      expect.unreachable();
    } catch (error) {
      expect((error as ImportError).reasons).toHaveLength(1);
    }
    try {
      at(['Share', 'Pin It']);
      expect.unreachable();
    } catch (error) {
      expect((error as ImportError).reasons.map((r) => r.slice(0, 20))).toEqual([
        'tidak ada teks artik',
        'tidak ada tanggal ya',
      ]);
    }
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
