import { format } from 'date-fns/format';
import { id as localeId } from 'date-fns/locale/id';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` into its parts, or returns null when it is not a real calendar date. */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (
    probe.getUTCFullYear() !== year ||
    probe.getUTCMonth() !== month - 1 ||
    probe.getUTCDate() !== day
  ) {
    return null;
  }
  return { year, month, day };
}

/** Turns a YAML date (a Date at UTC midnight) or a string into `YYYY-MM-DD` without touching timezones. */
export function toIsoDateString(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return value.toISOString().slice(0, 10);
  }
  return value;
}

// A calendar date as a local-time Date: formatting it locally gives the same day on any machine.
function toCalendarDate(iso: string): Date {
  const parts = parseIsoDate(iso);
  if (!parts) throw new Error(`Not a date in YYYY-MM-DD form: "${iso}"`);
  return new Date(parts.year, parts.month - 1, parts.day);
}

/** Formats `YYYY-MM-DD` in Indonesian, e.g. "30 Agustus 2021", the same in every timezone. */
export function formatDateId(iso: string): string {
  return format(toCalendarDate(iso), 'd MMMM yyyy', { locale: localeId });
}

/**
 * The two halves of an Indonesian date range, sharing month and year where they can:
 * ["3", "5 Agustus 2022"], ["30 Agustus", "2 September 2022"].
 */
export function dateRangeParts(start: string, end: string): [string, string] {
  const a = toCalendarDate(start);
  const b = toCalendarDate(end);
  if (a.getFullYear() !== b.getFullYear()) return [formatDateId(start), formatDateId(end)];
  if (a.getMonth() !== b.getMonth()) {
    return [format(a, 'd MMMM', { locale: localeId }), formatDateId(end)];
  }
  return [format(a, 'd'), formatDateId(end)];
}

/** Formats a date or date range in Indonesian: "3–5 Agustus 2022". */
export function formatDateRangeId(start: string, end?: string): string {
  if (!end || end === start) return formatDateId(start);
  return dateRangeParts(start, end).join('–');
}

/** The year of a `YYYY-MM-DD` date. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

// The archive's "today" is Indonesia's: an article dated today in Jakarta is not in the future at
// 06:00 WIB, when it is still yesterday in UTC.
const JAKARTA_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Jakarta',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date as `YYYY-MM-DD` in Indonesia's time (Asia/Jakarta). */
export function todayIso(now: Date = new Date()): string {
  return JAKARTA_DAY.format(now);
}

/** The earliest date the archive takes: anything before is a typo ("1017" for "2017"). */
export const EARLIEST_DATE = '1945-01-01';
