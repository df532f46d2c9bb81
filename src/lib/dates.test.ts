import { afterEach, describe, expect, it } from 'vitest';
import {
  dateRangeParts,
  formatDateId,
  formatDateRangeId,
  parseIsoDate,
  toIsoDateString,
  yearOf,
} from './dates.ts';

const originalTz = process.env['TZ'];
afterEach(() => {
  process.env['TZ'] = originalTz;
});

describe('formatDateId', () => {
  it.each([
    'UTC',
    'Asia/Jakarta',
    'America/Los_Angeles',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
  ])('gives the same Indonesian date in %s', (tz) => {
    process.env['TZ'] = tz;
    expect(formatDateId('2021-08-30')).toBe('30 Agustus 2021');
    expect(formatDateId('2017-11-27')).toBe('27 November 2017');
    expect(formatDateId('2019-01-01')).toBe('1 Januari 2019');
  });

  it('refuses what is not a date', () => {
    expect(() => formatDateId('30/08/2021')).toThrow(/YYYY-MM-DD/);
  });
});

describe('date ranges', () => {
  it('shares month and year where it can', () => {
    expect(formatDateRangeId('2022-08-03', '2022-08-05')).toBe('3–5 Agustus 2022');
    expect(formatDateRangeId('2022-08-30', '2022-09-02')).toBe('30 Agustus–2 September 2022');
    expect(formatDateRangeId('2022-12-30', '2023-01-02')).toBe('30 Desember 2022–2 Januari 2023');
    expect(formatDateRangeId('2022-08-03')).toBe('3 Agustus 2022');
    expect(dateRangeParts('2023-09-20', '2023-09-21')).toEqual(['20', '21 September 2023']);
  });
});

describe('parseIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2021-13-01')).toBeNull();
    expect(parseIsoDate('2021-8-30')).toBeNull();
    expect(parseIsoDate('kemarin')).toBeNull();
  });

  it('reads YAML dates without shifting the day', () => {
    process.env['TZ'] = 'America/Los_Angeles';
    expect(toIsoDateString(new Date(Date.UTC(2021, 7, 30)))).toBe('2021-08-30');
    expect(toIsoDateString('2021-08-30')).toBe('2021-08-30');
    expect(yearOf('2021-08-30')).toBe(2021);
  });
});
