// The pictures shared with the archive's links (og:image): what each card says and how its text
// is laid out, independent of the drawing library (./og-draw.ts draws it). One card per article
// serves every language: the Indonesian headline, our English headline beneath.
import { createHash } from 'node:crypto';
import { formatDateRange } from './dates.ts';

/** The card's size in pixels: the 1.91:1 image Open Graph and X's large summary card expect. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** Bumped whenever the drawing changes, so that cached cards are drawn again. */
export const CARD_DESIGN = 1;

/** What a card says, top to bottom. */
export interface CardText {
  /** The archive's name, in Indonesian and English. */
  brand: [string, string];
  /** The largest text: an article's headline, or the archive's name on the site card. */
  heading: string;
  /** Beneath it, smaller: our English headline, or the archive's English name. */
  subheading: string | undefined;
  /** The bottom line: date · institution, or the archive's tagline. */
  footer: string;
}

/** The fields of an article a card shows. */
export interface CardArticle {
  title: string;
  titleEn: string;
  date: string;
  dateEnd?: string | undefined;
  institutionName: string;
}

/** An article's card: headline, English headline (where it differs), date and institution. */
export function articleCardText(article: CardArticle, brand: [string, string]): CardText {
  return {
    brand,
    heading: article.title,
    subheading: article.titleEn === article.title ? undefined : article.titleEn,
    footer: `${formatDateRange(article.date, article.dateEnd, 'id')} · ${article.institutionName}`,
  };
}

/** The card of every page that is not an article: the archive's names and tagline. */
export function siteCardText(brand: [string, string], tagline: string): CardText {
  return { brand, heading: brand[0], subheading: brand[1], footer: tagline };
}

/** A name for a card's picture that changes when anything it shows (or the design) changes. */
export function cardKey(card: CardText): string {
  return createHash('sha256')
    .update(JSON.stringify([CARD_DESIGN, card]))
    .digest('hex')
    .slice(0, 32);
}

/**
 * Breaks text into at most `maxLines` lines no wider than `maxWidth` (as `measure` says), at
 * spaces; a word wider than a line stays whole. Returns undefined when the text needs more lines.
 */
export function wrapText(
  text: string,
  measure: (line: string) => number,
  maxWidth: number,
  maxLines: number,
): string[] | undefined {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines.length <= maxLines ? lines : undefined;
}

/**
 * Text cut to `maxLines` lines, the last one ending in "…" where words had to go: for the
 * smaller English headline, which may lose its end where the card has no room.
 */
export function clampText(
  text: string,
  measure: (line: string) => number,
  maxWidth: number,
  maxLines: number,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  for (let count = words.length; count > 0; count--) {
    const shown = words.slice(0, count).join(' ') + (count < words.length ? ' …' : '');
    const lines = wrapText(shown, measure, maxWidth, maxLines);
    if (lines) return lines;
  }
  return [];
}

/**
 * A line measurer that measures each word once (then adds the spaces): the layout tries several
 * sizes and line breaks, and measuring whole lines each time was most of a card's drawing time.
 */
export function byWords(measure: (text: string) => number): (line: string) => number {
  const widths = new Map<string, number>();
  const width = (text: string) => {
    let known = widths.get(text);
    if (known === undefined) widths.set(text, (known = measure(text)));
    return known;
  };
  return (line) => {
    const words = line.split(' ');
    return words.reduce((sum, word) => sum + width(word), 0) + (words.length - 1) * width(' ');
  };
}

/** Parses a CSS unicode-range list ("U+0000-00FF,U+0131") into [first, last] code points. */
export function parseUnicodeRange(list: string): [number, number][] {
  return list.split(',').map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to!, 16)];
  });
}

/** The characters of `text` that none of the ranges cover (spaces and controls aside), once each. */
export function uncoveredCharacters(text: string, ranges: [number, number][]): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x20 || /\s/u.test(char)) continue;
    if (!ranges.some(([from, to]) => code >= from && code <= to)) missing.add(char);
  }
  return [...missing];
}
