import { isoOf, MONTH, monthOf } from './dates.ts';
import type { FoundDate } from './types.ts';

/** A full date written somewhere in a line, with where it stands. */
interface DateToken {
  iso: string;
  index: number;
  length: number;
}

// The forms pages print their dates in: "07 Mei 2009", "Oct 18, 2017", "2017.10.18",
// "2019-06-24", "29/05/2020". Each is tried on the whole line; overlaps keep the first found.
const FORMS: { pattern: RegExp; read: (m: RegExpExecArray) => string | null }[] = [
  {
    pattern: new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => isoFrom(m[3]!, monthOf(m[2]!), m[1]!),
  },
  {
    pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => isoFrom(m[3]!, monthOf(m[1]!), m[2]!),
  },
  {
    pattern: /(?<![\d.])(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?![\d.])/g,
    read: (m) => isoFrom(m[1]!, Number(m[3]), m[4]!),
  },
  {
    pattern: /(?<![\d./])(\d{1,2})([-./])(\d{1,2})\2(\d{4})(?![\d./])/g,
    read: (m) => isoFrom(m[4]!, Number(m[3]), m[1]!),
  },
];

function isoFrom(year: string, month: number | undefined, day: string): string | null {
  return month ? isoOf(Number(year), month, Number(day)) : null;
}

/** Every full date (with a year) a line writes, in the order they stand. */
export function fullDatesIn(line: string): DateToken[] {
  const tokens: DateToken[] = [];
  for (const { pattern, read } of FORMS) {
    for (const m of line.matchAll(pattern) as IterableIterator<RegExpExecArray>) {
      const iso = read(m);
      const overlaps = tokens.some(
        (t) => m.index < t.index + t.length && t.index < m.index + m[0].length,
      );
      if (iso && !overlaps) tokens.push({ iso, index: m.index, length: m[0].length });
    }
  }
  return tokens.sort((a, b) => a.index - b.index);
}

// What a date stamp carries besides the date: times, zones, weekdays, labels, counters, a byline.
const STAMP_NOISE = new RegExp(
  [
    '\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?',
    '\\b(?:WIB|WITA|WIT|KST|GMT|UTC)(?:\\s*[+-]\\s*\\d+)?\\b',
    "\\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b",
    '\\b(?:date|tanggal|tgl|write|written|update|updated|diperbarui|diperbaharui|diterbitkan|dipublikasikan|terbit|published|posted|dibuat|read|dibaca|di ?baca|dilihat|views|kali|pukul|jam|oleh|by|post|pada|on)\\b',
    '\\d+',
    '[-–—|•·,:;()/\\[\\]]',
  ].join('|'),
  'gi',
);
// Words of running text: a line holding them is a sentence, not a stamp.
const PROSE_WORDS =
  /\b(?:kata|ujar|ungkap|menurut|said|di|ke|dari|yang|dan|untuk|dengan|akan|telah|sudah|ini|itu|bahwa|dalam|saat|ketika|the|of|in|and|to|was|were|has|is|are|will|at)\b/i;
const UPDATE_LABEL = /diperbarui|diperbaharui|update/i;

/** A page's date stamp read from one line: the date, and whether the page calls it an update. */
export interface Stamp {
  date: FoundDate;
  updated: boolean;
}

/**
 * Reads a line that is a page's date stamp or byline with a date — "Kamis, 07 Mei 2009 – 16:36 WIB",
 * "Oleh Nama pada 30 Jul 2019, 10:00 WIB", "Date : 2017.10.18 Read : 16433",
 * "Write: 2019-06-24 16:15:31Update: …" — as the publication date; null for a sentence or no date.
 */
export function parseStamp(line: string): Stamp | null {
  const text = line.trim();
  // A stamp never closes like a sentence, nor gives a span ("20-21 September 2023").
  if (text.length > 160 || /[.!?]["”’]?$/u.test(text)) return null;
  if (/\d{1,2}\s*(?:[-–]|s\.?d\.?|hingga|sampai)\s*\d{1,2}\s+\p{L}/u.test(text)) return null;
  // "Senin (30/8/2021)" in brackets is the event's day in running text, never the page's stamp.
  const tokens = fullDatesIn(text).filter((t) => text[t.index - 1] !== '(');
  if (tokens.length === 0) return null;
  let rest = '';
  let cursor = 0;
  for (const t of tokens) {
    rest += ` ${text.slice(cursor, t.index)}`;
    cursor = t.index + t.length;
  }
  rest = `${rest} ${text.slice(cursor)}`.replace(STAMP_NOISE, ' ');
  const words = rest.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length > 6 || PROSE_WORDS.test(rest)) return null;
  // The label before each date says which it is: "Write:" the publication, "Update:" a revision.
  const labelled = tokens.map((t, i) => ({
    token: t,
    label: text.slice(i === 0 ? 0 : tokens[i - 1]!.index + tokens[i - 1]!.length, t.index),
  }));
  const published = labelled.find((l) => !UPDATE_LABEL.test(l.label));
  const chosen = published ?? labelled[0]!;
  return {
    updated: published === undefined,
    date: {
      start: chosen.token.iso,
      kind: 'terbit',
      form: 'stamp',
      certainty: published ? 'pasti' : 'disimpulkan',
      evidence: text,
      reason: published
        ? `tanggal terbit tertulis "${text}" di laman sumber`
        : `tanggal pembaruan laman "${text}" (laman tidak menyebut tanggal terbit)`,
    },
  };
}
