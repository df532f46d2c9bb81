import { afterEach, describe, expect, it } from 'vitest';
import { dateRangeParts, formatDate, formatDateRange, formatMonth } from './dates.ts';

const originalTz = process.env['TZ'];
afterEach(() => {
  process.env['TZ'] = originalTz;
});

describe('dates in English', () => {
  it('formats days, ranges and months with date-fns’s English names, day first', () => {
    expect(formatDate('2021-08-30', 'en')).toBe('30 August 2021');
    expect(formatDateRange('2022-08-03', '2022-08-05', 'en')).toBe('3–5 August 2022');
    expect(formatDateRange('2022-12-30', '2023-01-02', 'en')).toBe(
      '30 December 2022–2 January 2023',
    );
    expect(dateRangeParts('2022-08-30', '2022-09-02', 'en')).toEqual([
      '30 August',
      '2 September 2022',
    ]);
    expect(formatMonth(1989, 11, 'en')).toBe('November 1989');
    expect(formatMonth(1989, 11, 'id')).toBe('November 1989');
    expect(formatMonth(2022, 8, 'id')).toBe('Agustus 2022');
  });

  it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'])(
    'gives the same day in %s',
    (zone) => {
      process.env['TZ'] = zone;
      expect(formatDate('2017-11-27', 'en')).toBe('27 November 2017');
      expect(formatDateRange('2023-09-20', '2023-09-21', 'en')).toBe('20–21 September 2023');
    },
  );
});
