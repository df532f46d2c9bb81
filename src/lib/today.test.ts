import { describe, expect, it } from 'vitest';
import { todayIso } from './dates.ts';

describe('todayIso', () => {
  it.each([
    ['2026-03-02T16:59:59Z', '2026-03-02', '23:59 WIB'],
    ['2026-03-02T17:00:00Z', '2026-03-03', 'midnight WIB, still 2 March in UTC'],
    ['2026-03-02T23:30:00Z', '2026-03-03', '06:30 WIB'],
    ['2026-12-31T18:00:00Z', '2027-01-01', 'new year in Jakarta first'],
  ])('%s is %s in Jakarta (%s)', (instant, day) => {
    expect(todayIso(new Date(instant))).toBe(day);
  });
});
