import { format } from 'date-fns/format';
import type { Locale as DateFnsLocale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { id as localeId } from 'date-fns/locale/id';
import { DEFAULT_LOCALE, type Locale } from './locales.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// date-fns's own locales, each imported by path: the locale index loads every locale.
const DATE_LOCALES: Record<Locale, DateFnsLocale> = { id: localeId, en: enUS };

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

// A calendar date as a local-time Date built from the ISO string's own parts: formatting it
// locally gives back those parts, so the day is the same in every timezone.
function toCalendarDate(iso: string): Date {
  const parts = parseIsoDate(iso);
  if (!parts) throw new Error(`Not a date in YYYY-MM-DD form: "${iso}"`);
  return new Date(parts.year, parts.month - 1, parts.day);
}

/** Formats with a date-fns pattern in a language, from the parts of a `YYYY-MM-DD` string. */
export function formatIso(iso: string, pattern: string, locale: Locale = DEFAULT_LOCALE): string {
  return format(toCalendarDate(iso), pattern, { locale: DATE_LOCALES[locale] });
}

/** Formats `YYYY-MM-DD` as a day: "30 Agustus 2021", "30 August 2021"; the same in every timezone. */
export function formatDate(iso: string, locale: Locale = DEFAULT_LOCALE): string {
  return formatIso(iso, 'd MMMM yyyy', locale);
}

/** A month of a year in a language: "November 1989". */
export function formatMonth(year: number, month: number, locale: Locale = DEFAULT_LOCALE): string {
  return formatIso(
    `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`,
    'MMMM yyyy',
    locale,
  );
}

/** Formats `YYYY-MM-DD` in Indonesian, e.g. "30 Agustus 2021". */
export function formatDateId(iso: string): string {
  return formatDate(iso, 'id');
}

/**
 * The two halves of a date range, sharing month and year where they can:
 * ["3", "5 Agustus 2022"], ["30 Agustus", "2 September 2022"].
 */
export function dateRangeParts(
  start: string,
  end: string,
  locale: Locale = DEFAULT_LOCALE,
): [string, string] {
  const a = toCalendarDate(start);
  const b = toCalendarDate(end);
  if (a.getFullYear() !== b.getFullYear())
    return [formatDate(start, locale), formatDate(end, locale)];
  if (a.getMonth() !== b.getMonth())
    return [formatIso(start, 'd MMMM', locale), formatDate(end, locale)];
  return [formatIso(start, 'd', locale), formatDate(end, locale)];
}

/** Formats a date or date range in a language: "3–5 Agustus 2022", "3–5 August 2022". */
export function formatDateRange(
  start: string,
  end?: string,
  locale: Locale = DEFAULT_LOCALE,
): string {
  if (!end || end === start) return formatDate(start, locale);
  return dateRangeParts(start, end, locale).join('–');
}

/** Formats a date or date range in Indonesian: "3–5 Agustus 2022". */
export function formatDateRangeId(start: string, end?: string): string {
  return formatDateRange(start, end, 'id');
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
