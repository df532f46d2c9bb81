import { parseIsoDate } from '../dates.ts';
import type { FoundDate } from './types.ts';

const MONTHS: Record<string, number> = {};
[
  ['januari', 'jan', 'january'],
  ['februari', 'feb', 'pebruari', 'february'],
  ['maret', 'mar', 'march'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'jun', 'june'],
  ['juli', 'jul', 'july'],
  ['agustus', 'agu', 'agt', 'ags', 'aug', 'august'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt', 'oct', 'october'],
  ['november', 'nov', 'nop', 'nopember'],
  ['desember', 'des', 'dec', 'december'],
].forEach((names, i) => names.forEach((name) => (MONTHS[name] = i + 1)));

/** A month name or abbreviation, Indonesian or English, as a capturing regex source. */
export const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
/** Weekdays by `getUTCDay()`: 0 is Minggu (Sunday). */
export const WEEKDAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
/** A weekday name, Indonesian, as a capturing regex source. */
export const WEEKDAY = "(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)";

/** `YYYY-MM-DD` for a real calendar day, else null (31 June is not a day). */
export function isoOf(year: number, month: number, day: number): string | null {
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return parseIsoDate(iso) ? iso : null;
}

/** The Indonesian weekday name of a `YYYY-MM-DD` date. */
export function weekdayOf(iso: string): string {
  return WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;
}

function sameWeekday(name: string, iso: string): boolean {
  return name.replace("'", '').toLowerCase() === weekdayOf(iso).toLowerCase();
}

/** The month number of a month name or abbreviation ("Agustus", "Aug."), else undefined. */
export const monthOf = (word: string): number | undefined =>
  MONTHS[word.toLowerCase().replace(/\.$/, '')];

/** Where a paragraph quotes someone: the spans between “…” or a pair of straight quotes. */
export function quoteSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of text.matchAll(/“[^”]*”?|"[^"]*"?/g)) {
    spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

/** A day and month without a year, "Senin (27/11)", waiting for a year from elsewhere. */
export interface YearlessDate {
  weekday?: string | undefined;
  day: number;
  month: number;
  evidence: string;
}

/** Every date a paragraph gives outside quotations, and those left aside because they are quoted. */
export interface ParagraphDates {
  found: FoundDate[];
  yearless: YearlessDate[];
  quoted: string[];
  weekdays: string[];
}

const RANGE = new RegExp(
  `\\b(\\d{1,2})(?:\\s+${MONTH})?\\s*(?:[-–]|s\\.?d\\.?|hingga|sampai)\\s*(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`,
  'gi',
);
// "Senin (29/7/2019)", "Jumat (24/05)", or without the weekday "di Jakarta (29/8/2018)".
const WEEKDAY_NUMERIC = new RegExp(
  `(?:\\b${WEEKDAY},?\\s*)?\\((\\d{1,2})\\/(\\d{1,2})(?:\\/(\\d{4}|\\d{2}))?\\)`,
  'g',
);
const SINGLE = new RegExp(`(?:\\b${WEEKDAY},?\\s+)?\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'gi');
// A weekday on its own closing a clause, as ANTARA writes it: "…, Jakarta Pusat, Kamis."
const BARE_WEEKDAY = new RegExp(`,\\s*${WEEKDAY}(?=[.,])`, 'g');

function rangeDate(m: RegExpExecArray): FoundDate | null {
  const endMonth = monthOf(m[4]!);
  const startMonth = m[2] ? monthOf(m[2]) : endMonth;
  if (!startMonth || !endMonth) return null;
  const year = Number(m[5]);
  const start = isoOf(year, startMonth, Number(m[1]));
  const end = isoOf(year, endMonth, Number(m[3]));
  if (!start || !end || end <= start) return null;
  const reason = `rentang acara "${m[0]}"`;
  return { start, end, kind: 'acara', form: 'range', certainty: 'pasti', evidence: m[0], reason };
}

function numericDate(m: RegExpExecArray): FoundDate | YearlessDate | null {
  const [weekday, day, month] = [m[1], Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (!m[4]) return { weekday, day, month, evidence: m[0] };
  const year = Number(m[4].length === 2 ? `20${m[4]}` : m[4]);
  const start = isoOf(year, month, day);
  if (!start) return null;
  const fits = weekday === undefined || sameWeekday(weekday, start);
  return {
    start,
    kind: 'acara',
    form: 'weekday',
    certainty: fits ? 'pasti' : 'ragu',
    evidence: m[0],
    reason: fits
      ? `tanggal acara "${m[0]}"`
      : `tanggal acara "${m[0]}", tetapi ${start} jatuh pada hari ${weekdayOf(start)}`,
  };
}

function singleDate(m: RegExpExecArray): FoundDate | null {
  const month = monthOf(m[3]!);
  const start = month ? isoOf(Number(m[4]), month, Number(m[2])) : null;
  if (!start) return null;
  const fits = m[1] !== undefined && sameWeekday(m[1], start);
  // A bare date in running text may be any date (a law's, a plan's): certain only with its weekday.
  return {
    start,
    kind: 'acara',
    form: 'day',
    certainty: fits ? 'pasti' : 'ragu',
    evidence: m[0],
    reason: `tanggal "${m[0]}" di dalam teks`,
  };
}

/** Finds the dates a paragraph gives: ranges, "Senin (29/7/2019)", "3 Agustus 2022", bare weekdays. */
export function findDates(paragraph: string): ParagraphDates {
  const spans = quoteSpans(paragraph);
  // Spans come in order and never overlap: a binary search finds the one around an index.
  const quotedAt = (index: number) => {
    let [low, high] = [0, spans.length - 1];
    while (low <= high) {
      const mid = (low + high) >> 1;
      const [a, b] = spans[mid]!;
      if (index <= a) high = mid - 1;
      else if (index >= b) low = mid + 1;
      else return true;
    }
    return false;
  };
  const result: ParagraphDates = { found: [], yearless: [], quoted: [], weekdays: [] };
  // Characters already read as part of a date, so that each is read once, whatever the count.
  const taken = new Uint8Array(paragraph.length);
  const free = (m: RegExpExecArray) => !taken.subarray(m.index, m.index + m[0].length).includes(1);
  const scan = (pattern: RegExp, read: (m: RegExpExecArray) => void) => {
    for (const m of paragraph.matchAll(pattern) as IterableIterator<RegExpExecArray>) {
      if (!free(m)) continue;
      taken.fill(1, m.index, m.index + m[0].length);
      if (quotedAt(m.index)) result.quoted.push(m[0]);
      else read(m);
    }
  };
  scan(RANGE, (m) => {
    const date = rangeDate(m);
    if (date) result.found.push(date);
  });
  scan(WEEKDAY_NUMERIC, (m) => {
    const date = numericDate(m);
    if (date && 'start' in date) result.found.push(date);
    else if (date) result.yearless.push(date);
  });
  scan(SINGLE, (m) => {
    const date = singleDate(m);
    if (date) result.found.push(date);
  });
  scan(BARE_WEEKDAY, (m) => result.weekdays.push(m[1]!));
  return result;
}

const fitsWeekday = (date: YearlessDate, iso: string) =>
  date.weekday === undefined || sameWeekday(date.weekday, iso);

/**
 * The year of a yearless date: from the page's stamp (the latest such day on or before it), from
 * "20171127" in a photo's file name, else the one year the text mentions on which it fits.
 */
export function resolveYear(
  date: YearlessDate,
  photoFiles: string[],
  text: string,
  stamp?: string,
): FoundDate | null {
  const found = (start: string, certainty: FoundDate['certainty'], why: string): FoundDate => ({
    start,
    kind: 'acara',
    form: 'weekday',
    certainty,
    evidence: date.evidence,
    reason: `tanggal acara "${date.evidence}" dengan tahun ${why}`,
  });
  if (stamp) {
    const year = Number(stamp.slice(0, 4));
    for (const y of [year, year - 1]) {
      const iso = isoOf(y, date.month, date.day);
      if (iso && iso <= stamp && fitsWeekday(date, iso))
        return found(iso, 'disimpulkan', `dari tanggal terbit ${stamp}`);
    }
  }
  for (const file of photoFiles) {
    for (const m of file.matchAll(/(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/g)) {
      if (Number(m[2]) !== date.month || Number(m[3]) !== date.day) continue;
      const start = isoOf(Number(m[1]), date.month, date.day)!;
      const certainty = fitsWeekday(date, start) ? 'disimpulkan' : 'ragu';
      return found(start, certainty, `dari nama berkas foto "${file}"`);
    }
  }
  const fitting = yearsInText(text)
    .map((y) => isoOf(y, date.month, date.day))
    .filter((iso): iso is string => iso !== null && fitsWeekday(date, iso));
  if (fitting.length !== 1 || date.weekday === undefined) return null;
  const year = fitting[0]!.slice(0, 4);
  return found(fitting[0]!, 'disimpulkan', `${year} yang disebut di teks (harinya cocok)`);
}

// The years a text names, read once per text however many dates ask (the last text is kept).
let yearsOf: { text: string; years: number[] } = { text: '', years: [] };
function yearsInText(text: string): number[] {
  if (yearsOf.text !== text) {
    const years = new Set<number>();
    for (const m of text.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)) years.add(Number(m[1]));
    yearsOf = { text, years: [...years] };
  }
  return yearsOf.years;
}

/** The years a yearless date could be in: those the text names that fit, else any that fit. */
export function fittingYears(date: YearlessDate, text: string, lastYear: number): number[] {
  const fits = (y: number) => {
    const iso = isoOf(y, date.month, date.day);
    return iso !== null && fitsWeekday(date, iso);
  };
  const named = yearsInText(text).filter(fits);
  if (named.length > 0 || date.weekday === undefined) return named.sort((a, b) => a - b);
  const all: number[] = [];
  for (let y = 2000; y <= lastYear; y++) if (fits(y)) all.push(y);
  return all;
}
