import { describe, expect, it } from 'vitest';
import { findDates, fittingYears, resolveYear, weekdayOf } from './dates.ts';

describe('findDates', () => {
  it.each([
    ['…, Senin (30/8/2021).', '2021-08-30', undefined, 'weekday', 'pasti'],
    ['Senin (29/7/2019)', '2019-07-29', undefined, 'weekday', 'pasti'],
    ['Selasa (29/7/2019)', '2019-07-29', undefined, 'weekday', 'ragu'],
    [
      'berlangsung pada tanggal 3-5 Agustus 2022 di Hanoi',
      '2022-08-03',
      '2022-08-05',
      'range',
      'pasti',
    ],
    ['digelar di Jakarta pada 20-21 September 2023.', '2023-09-20', '2023-09-21', 'range', 'pasti'],
    ['30 Agustus – 2 September 2022', '2022-08-30', '2022-09-02', 'range', 'pasti'],
    ['pada 3 hingga 5 Agustus 2022', '2022-08-03', '2022-08-05', 'range', 'pasti'],
    ['Kamis, 21 September 2023', '2023-09-21', undefined, 'day', 'pasti'],
    ['Perpres yang ditetapkan 5 Oktober 2018', '2018-10-05', undefined, 'day', 'ragu'],
  ])('"%s" gives %s–%s (%s, %s)', (text, start, end, form, certainty) => {
    const { found } = findDates(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ start, form, certainty, kind: 'acara' });
    expect(found[0]!.end).toBe(end);
  });

  it.each([
    ['"Pada 3-5 Agustus 2022 kami akan hadir," ujarnya.', '3-5 Agustus 2022'],
    ['“Senin (29/7/2019) adalah hari penting,” kata dia.', 'Senin (29/7/2019)'],
    ['Ia berkata, “Kami datang 20 Mei 2024.”', '20 Mei 2024'],
    ['"Sejak 1 Januari 2020 kami bekerja dari rumah', '1 Januari 2020'],
  ])('leaves aside a date inside a quotation: %s', (text, quoted) => {
    const dates = findDates(text);
    expect(dates.found).toEqual([]);
    expect(dates.quoted).toEqual([quoted]);
  });

  it.each([
    ['Work Plan ACCSM+3 2021-2025'],
    ['pada bulan November 1989'],
    ['UU No.5/2014 tentang Aparatur Sipil Negara'],
    ['4,3 juta Aparatur Sipil Negara, 1,6% dari populasi'],
    ['ACCSM ke-21 dan ACCSM+3 ke-6'],
  ])('finds no day in "%s"', (text) => {
    expect(findDates(text)).toEqual({ found: [], yearless: [], quoted: [], weekdays: [] });
  });

  it('reads "(29/8/2018)" without a weekday as the event’s day', () => {
    expect(findDates('di Jakarta (29/8/2018).').found).toMatchObject([
      { start: '2018-08-29', kind: 'acara', certainty: 'pasti' },
    ]);
  });

  it('keeps "Jumat (24/05)" and "(7/5)" for later, and ignores "(2/13)"', () => {
    expect(findDates('Jumat (24/05) dan (7/5), skor (2/13).').yearless).toEqual([
      { weekday: 'Jumat', day: 24, month: 5, evidence: 'Jumat (24/05)' },
      { weekday: undefined, day: 7, month: 5, evidence: '(7/5)' },
    ]);
  });

  it('keeps a day without a year for later: "Senin (27/11)"', () => {
    expect(findDates('di Jakarta, Senin (27/11).').yearless).toEqual([
      { weekday: 'Senin', day: 27, month: 11, evidence: 'Senin (27/11)' },
    ]);
  });

  it('notes a bare weekday closing a clause, not "Minggu" meaning "week"', () => {
    expect(findDates('Symposium, Jakarta Pusat, Kamis.').weekdays).toEqual(['Kamis']);
    expect(findDates('Minggu lalu tim datang. Dalam dua minggu, semua selesai.').weekdays).toEqual(
      [],
    );
  });
});

describe('resolveYear', () => {
  const monday = { weekday: 'Senin', day: 27, month: 11, evidence: 'Senin (27/11)' };

  it('takes the year from a photo file name with the same month and day', () => {
    expect(resolveYear(monday, ['20171127 Indo korea'], '')).toMatchObject({
      start: '2017-11-27',
      certainty: 'disimpulkan',
      form: 'weekday',
    });
  });

  it('otherwise takes the one year in the text on which the day falls on that weekday', () => {
    // 27/11/2014 was a Thursday, 27/11/2017 a Monday.
    expect(resolveYear(monday, [], 'UU No.5/2014 … sejak 2017')?.start).toBe('2017-11-27');
    expect(resolveYear(monday, ['20171128 foto'], 'sejak 2017')?.start).toBe('2017-11-27');
  });

  it('takes the year of the page’s own date stamp, the latest such day on or before it', () => {
    expect(resolveYear(monday, [], '', '2017-12-01')?.start).toBe('2017-11-27');
    const friday = { weekday: 'Jumat', day: 24, month: 5, evidence: 'Jumat (24/05)' };
    expect(resolveYear(friday, [], '', '2013-05-27')).toMatchObject({
      start: '2013-05-24',
      certainty: 'disimpulkan',
    });
    // 7 May, stamped 3 January: the May before.
    const may = { day: 7, month: 5, evidence: '(7/5)' };
    expect(resolveYear(may, [], '', '2010-01-03')?.start).toBe('2009-05-07');
  });

  it('gives up when no year fits, or more than one does', () => {
    expect(resolveYear(monday, [], 'tanpa tahun')).toBeNull();
    expect(resolveYear(monday, [], 'UU No.5/2014')).toBeNull();
    // 27/11 was a Monday in both 2017 and 2023.
    expect(resolveYear(monday, [], '2017 dan 2023')).toBeNull();
  });

  it('doubts a photo year on which the day is not that weekday', () => {
    expect(resolveYear({ ...monday, weekday: 'Selasa' }, ['20171127 x'], '')?.certainty).toBe(
      'ragu',
    );
  });
});

describe('fittingYears', () => {
  it('names the years the text gives on which the day fits, else every such year since 2000', () => {
    const monday = { weekday: 'Senin', day: 27, month: 11, evidence: 'Senin (27/11)' };
    expect(fittingYears(monday, '2017 dan 2023', 2026)).toEqual([2017, 2023]);
    expect(fittingYears(monday, 'tanpa tahun', 2026)).toEqual([2000, 2006, 2017, 2023]);
  });
});

describe('weekdayOf', () => {
  it.each([
    ['2021-08-30', 'Senin'],
    ['2023-09-21', 'Kamis'],
    ['2022-08-07', 'Minggu'],
  ])('%s is a %s', (iso, day) => expect(weekdayOf(iso)).toBe(day));
});
