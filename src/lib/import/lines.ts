import { breadcrumbSteps, chromeReason, isEndMarker, isReadAlsoLabel } from './chrome.ts';
import {
  parseByline,
  parseCopyright,
  parseCredits,
  parseRepublication,
  splitHumasCredit,
} from './credits.ts';
import { parseStamp, type Stamp } from './stamps.ts';
import type { Credit } from './types.ts';

/** What one line of a copied page is, read from the line alone. */
export type LineKind =
  | { kind: 'text' }
  | { kind: 'chrome'; reason: string }
  | { kind: 'readAlso' }
  | { kind: 'end' }
  | { kind: 'breadcrumb'; steps: string[] }
  | { kind: 'stamp'; stamp: Stamp; byline?: Credit | undefined }
  | { kind: 'byline'; credit: Credit }
  | { kind: 'credits'; credits: Credit[] }
  | { kind: 'republication'; value: { republishedFrom: string; originalTitle: string } }
  | { kind: 'copyright'; value: { copyright: string; holder?: string | undefined } }
  | { kind: 'photoFile' }
  | { kind: 'caption'; text: string; credit?: string | undefined };

// "20171127 Indo korea", "IMG_2041.jpg", "menpanwithkorea": the file name a page shows for its photo.
const PHOTO_FILE =
  /^(?:(?:IMG|DSC|foto)[-_ ]?)?\d{8}(?:[-_ ][\p{L}\p{N} _-]{0,60})?$|\.(?:jpe?g|png|webp|gif)$/iu;
const LOWER_FILE = /^[a-z][a-z0-9_-]{9,}$/;
// "… dari Korea. foto: Humas Kementerian", "… di Jakarta (Foto: Humas)", "… (Liputan6.com/Nama)",
// "… (CNBC Indonesia/ Nama)": a caption and its credit.
const CAPTION_CREDIT = [
  /^(.+?[.!?])\s+\(?(?:[Ff]oto|FOTO|[Pp]hoto)\s*:\s*([^().!?]{2,60})\)?$/u,
  /^(.+?)\s*\((?:[Ff]oto|FOTO|[Pp]hoto|Dok\.?|Dokumentasi|Ilustrasi)\s*:?\s*([^()]{2,60})\)$/u,
  // "(ANTARA/Nama)", "(Liputan6.com/Nama)", "(CNBC Indonesia/ Nama)": an agency of four capitals
  // or more, or an outlet's name, then the photographer; "(ANT/Rud)" or "(rr/HUMAS)" close a text.
  /^(.+?)\s*\(((?:\p{Lu}{4,}(?: FOTO)?|[^()]*?(?:\.com|\.id|\.net|Indonesia))\s*\/\s*[^()]{2,40})\)$/u,
];
// "Foto: Seleksi … (CNBC Indonesia/ Nama)" or "Photo : YONHAP News": a photo line of its own.
const PHOTO_LINE = /^(?:Foto|FOTO|Photo|PHOTO)\s*:\s*(.+)$/u;

// The kinds without details, shared: a page of many lines allocates nothing for them.
const END: LineKind = Object.freeze({ kind: 'end' });
const READ_ALSO: LineKind = Object.freeze({ kind: 'readAlso' });
const CHROME: LineKind = Object.freeze({ kind: 'chrome', reason: 'tampilan situs' });
const PHOTO_FILE_KIND: LineKind = Object.freeze({ kind: 'photoFile' });
const TEXT: LineKind = Object.freeze({ kind: 'text' });

/** Reads what a line is, without context. */
export function classifyLine(line: string): LineKind {
  if (isEndMarker(line)) return END;
  if (isReadAlsoLabel(line)) return READ_ALSO;
  if (chromeReason(line)) return CHROME;
  // Cheap tests first: most lines hold no digit, colon or bracket, and skip the costly readers.
  const digit = /\d/.test(line);
  const stamp = digit ? parseStamp(line) : null;
  if (stamp) return { kind: 'stamp', stamp, byline: parseByline(line) ?? undefined };
  const republication = parseRepublication(line);
  if (republication) return { kind: 'republication', value: republication };
  const copyright = parseCopyright(line);
  if (copyright) return { kind: 'copyright', value: copyright };
  const colon = line.includes(':');
  const credits = colon ? parseCredits(line) : null;
  if (credits) return { kind: 'credits', credits };
  const bracket = line.includes('(');
  const humas = bracket ? splitHumasCredit(line) : null;
  if (humas && humas.text === '') return { kind: 'credits', credits: [humas.credit] };
  if ((digit || line.includes('.')) && PHOTO_FILE.test(line)) return PHOTO_FILE_KIND;
  if (LOWER_FILE.test(line)) return PHOTO_FILE_KIND;
  const photo = colon ? PHOTO_LINE.exec(line) : null;
  if (photo) return photoLine(photo[1]!.trim());
  if ((bracket || colon) && line.length <= 1000) {
    const caption = CAPTION_CREDIT.map((p) => p.exec(line)).find((m) => m !== null);
    if (caption) return { kind: 'caption', text: caption[1]!.trim(), credit: caption[2]!.trim() };
  }
  const byline = parseByline(line);
  if (byline && line.split(/\s+/).length <= 8) return { kind: 'byline', credit: byline };
  const steps = /[>»›/]/.test(line) ? breadcrumbSteps(line) : null;
  if (steps) return { kind: 'breadcrumb', steps };
  return TEXT;
}

function photoLine(rest: string): LineKind {
  const withCredit = /^(.*?)\s*\(([^()]{2,60})\)$/.exec(rest);
  if (withCredit && withCredit[1]!.split(/\s+/).length > 4)
    return { kind: 'caption', text: withCredit[1]!, credit: withCredit[2]! };
  if (rest.split(/\s+/).length <= 5) return { kind: 'caption', text: '', credit: rest };
  return { kind: 'caption', text: rest };
}

const ENDS_SENTENCE = /[.!?…"”’)]$/;

/** True when a line closes like a sentence (or a credit in brackets). */
export const endsSentence = (line: string): boolean => ENDS_SENTENCE.test(line);

/** Words made of letters: what a headline or a sentence is counted in. */
export const letterWords = (line: string): string[] =>
  line.split(/\s+/).filter((w) => /\p{L}/u.test(w));

/** True for a paragraph of running text: long, or a dozen words closing like a sentence. */
export function isProse(line: string): boolean {
  return line.length >= 160 || (letterWords(line).length >= 12 && endsSentence(line));
}

// "JAKARTA – …", "Jakarta (ANTARA) - …", "Liputan6.com, Jakarta - …", "Jakarta, CNBC Indonesia - …",
// "Vietnam-Humas BKN, …", "JAKARTA-Pemerintah …": where a news text's first paragraph begins.
const DATELINE =
  /^(?=[^-–—]{0,50}\p{Lu})(?:[\p{L}\d.]+(?:\s[\p{L}\d.]+){0,3}(?:\s*,\s*[\p{L}\d.]+(?:\s[\p{L}\d.]+){0,2})?(?:\s*\([^()]{2,30}\))?\s*[-–—]\s+|\p{Lu}[\p{L}.]+[-–—](?=\p{Lu}\p{Ll}))\S/u;

/** True for the first paragraph of a news text, opening with its dateline. */
export function isDateline(line: string): boolean {
  return line.length >= 60 && (endsSentence(line) || line.length >= 150) && DATELINE.test(line);
}

// The outlet a dateline names by its address: "Liputan6.com, Jakarta -", "jpnn.com, JAKARTA -".
const DATELINE_SITE = /^([\w-]+\.(?:com|co\.id|id|net))\b(?=[^-–—]{0,30}[-–—])/i;

/** The site a dateline names ("Liputan6.com"), else null. */
export function datelineSite(line: string): string | null {
  return DATELINE_SITE.exec(line)?.[1] ?? null;
}

/** The photo file name glued to the start of a dateline ("fotokorea2JAKARTA - …"), else null. */
export function splitGluedPhotoFile(line: string): [string, string] | null {
  const match = /^([a-z][a-z0-9_-]{5,})(?=\p{Lu}{3,}\s*[-–])/u.exec(line);
  return match ? [match[1]!, line.slice(match[1]!.length)] : null;
}
