import {
  parseCopyright,
  parseCreditLine,
  parseRepublication,
  splitTrailingInitials,
} from './credits.ts';
import { parsePublicationStamp } from './dates.ts';
import type { Caption, Credit } from './types.ts';

/** Lines news sites add around an article: share widgets, section labels, embeds. Whole lines only. */
export const CHROME_LINES = [
  'Berita',
  'Share',
  'Bagikan',
  'Tweet',
  'Pin It',
  'Lihat postingan ini di Instagram',
  'Lihat postingan ini di Facebook',
];

// Where the article ends and the page's comment form or related links begin: nothing after is text.
const END_MARKERS = ['Pos terkait', 'Tinggalkan Balasan', 'Tinggalkan Komentar', 'Berita terkait'];
const COMMENT_FORM = /^Alamat email Anda tidak akan dipublikasikan/i;
const READ_ALSO = /^Baca (?:juga|pula)\s*:/i;
// "20171127 Indo korea", "IMG_2041.jpg": the file name a WordPress page shows for its photo.
const PHOTO_FILE =
  /^(?:(?:IMG|DSC|foto)[-_ ]?)?\d{8}(?:[-_ ][\p{L}\p{N} _-]{0,60})?$|\.(?:jpe?g|png|webp)$/iu;
// "… dari Korea. foto: Humas Kementerian" or "… di Jakarta (Foto: Humas)": a caption and its credit.
const PHOTO_CREDIT = [
  /^(.+?[.!?])\s+\(?[Ff]oto\s*:\s*([^().!?]{2,60})\)?$/,
  /^(.+?)\s*\([Ff]oto\s*:\s*([^()]{2,60})\)$/,
];

/** The text with non-breaking spaces as spaces, stray "¬" removed, lines trimmed, empty lines dropped. */
export function normaliseLines(raw: string): string[] {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\u00A0/g, ' ')
    .replace(/\u00AC/g, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** What cleaning a source text yields: the article's own lines, and what the page said around them. */
export interface CleanText {
  /** The article's lines in order, the headline first when the page has one. */
  lines: string[];
  stamps: string[];
  photoFiles: string[];
  caption?: Caption | undefined;
  credits: Credit[];
  republication?: { republishedFrom: string; originalTitle: string } | undefined;
  copyright?: { copyright: string; holder?: string | undefined } | undefined;
  removed: { line: string; reason: string }[];
}

/** Sorts each line of a copied page into article text, clutter, captions, dates and provenance. */
export function cleanText(raw: string): CleanText {
  const result: CleanText = { lines: [], stamps: [], photoFiles: [], credits: [], removed: [] };
  const remove = (line: string, reason: string) => result.removed.push({ line, reason });
  let ended = false;
  let afterPhoto = false;
  for (const line of normaliseLines(raw)) {
    const previousWasPhoto = afterPhoto;
    afterPhoto = false;
    const caption = PHOTO_CREDIT.map((p) => p.exec(line)).find((m) => m !== null);
    const republication = parseRepublication(line);
    const copyright = parseCopyright(line);
    const credit = parseCreditLine(line);
    if (ended) remove(line, 'setelah akhir artikel (komentar/tautan terkait)');
    else if (END_MARKERS.includes(line)) {
      ended = true;
      remove(line, 'akhir artikel');
    } else if (CHROME_LINES.includes(line) || COMMENT_FORM.test(line) || READ_ALSO.test(line)) {
      remove(line, 'tampilan situs');
    } else if (parsePublicationStamp(line)) result.stamps.push(line);
    else if (PHOTO_FILE.test(line)) {
      result.photoFiles.push(line);
      afterPhoto = true;
    } else if (republication) result.republication ??= republication;
    else if (copyright) result.copyright ??= copyright;
    else if (credit) result.credits.push(credit);
    else if (caption && line.length <= 400 && !result.caption) {
      result.caption = { text: caption[1]!.trim(), credit: caption[2]!.trim(), guessed: false };
    } else if (previousWasPhoto && line.length <= 400 && !result.caption) {
      result.caption = { text: line, guessed: true };
    } else result.lines.push(line);
  }
  return result;
}

/** True when a line reads as a headline: short, and not closing like a sentence. */
export function looksLikeHeadline(line: string): boolean {
  return line.length <= 200 && !/[.,;:]$/.test(line) && !/^[\p{Lu} ]{3,}\s[–-]\s/u.test(line);
}

/** The headline (when the page's first line is one), the paragraphs, and initials closing the text. */
export function splitArticle(lines: string[]): {
  title?: string | undefined;
  paragraphs: string[];
  initials?: Credit | undefined;
} {
  const hasTitle = lines.length > 1 && looksLikeHeadline(lines[0]!);
  const paragraphs = hasTitle ? lines.slice(1) : [...lines];
  const last = paragraphs.length - 1;
  const split = last >= 0 ? splitTrailingInitials(paragraphs[last]!) : null;
  if (split) paragraphs[last] = split.text;
  return { title: hasTitle ? lines[0] : undefined, paragraphs, initials: split?.credit };
}

// A line that would change meaning as Markdown ("1. …", "- …", "# …") is escaped, never reworded.
function escapeLineStart(paragraph: string): string {
  return paragraph.replace(/^(\d+)([.)]\s)/, '$1\\$2').replace(/^([#>]|[-+*](?=\s|$))/, '\\$1');
}

/** The body as the archive stores it: one paragraph a line, a blank line between, one final newline. */
export function bodyMarkdown(paragraphs: string[]): string {
  return `${paragraphs.map(escapeLineStart).join('\n\n')}\n`;
}
