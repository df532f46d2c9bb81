import { splitHumasCredit, splitTrailingInitials } from './credits.ts';
import { chooseHeadline, type Headline } from './headline.ts';
import {
  classifyLine,
  datelineSite,
  endsSentence,
  isDateline,
  isProse,
  splitGluedPhotoFile,
  type LineKind,
} from './lines.ts';
import { joinWrappedLines, readLines } from './normalise.ts';
import type { Stamp } from './stamps.ts';
import type { Caption, Credit } from './types.ts';

/** What cleaning a copied page yields: the article's paragraphs, and what the page said around them. */
export interface CleanText {
  headline: Headline;
  /** The article's paragraphs in order, without the headline. */
  lines: string[];
  /** The page's date stamps, each with the index of its line. */
  stamps: (Stamp & { line: number })[];
  photoFiles: string[];
  caption?: Caption | undefined;
  credits: Credit[];
  republication?: { republishedFrom: string; originalTitle: string } | undefined;
  copyright?: { copyright: string; holder?: string | undefined } | undefined;
  /** The outlet the dateline names by its address ("Liputan6.com"). */
  site?: string | undefined;
  removed: { line: string; reason: string }[];
}

interface Classified {
  text: string;
  kind: LineKind;
}

function classifyAll(raw: string): Classified[] {
  const out: Classified[] = [];
  for (const { text } of joinWrappedLines(readLines(raw))) {
    const glued = splitGluedPhotoFile(text);
    if (glued) out.push({ text: glued[0], kind: { kind: 'photoFile' } });
    const line = glued ? glued[1] : text;
    out.push({ text: line, kind: classifyLine(line) });
  }
  // A long caption right above a "Foto: …" line is that photo's caption, not the article.
  for (let i = 1; i < out.length; i++) {
    const here = out[i]!.kind;
    if (here.kind === 'caption' && /^(?:foto|photo)\s*:/i.test(out[i]!.text)) {
      const above = out[i - 1]!;
      if (above.kind.kind === 'text' && above.text.length > 80)
        above.kind = { kind: 'caption', text: above.text };
    }
  }
  return out;
}

// Where the article's text begins: its dateline, else its first paragraph of running text, else
// its first line closing like a sentence. A short deck between the headline and the dateline is
// the page's summary, not the article.
function bodyStart(lines: Classified[]): number {
  const texts = lines.flatMap((l, i) => (l.kind.kind === 'text' ? [i] : []));
  const dateline = texts.find((i) => isDateline(lines[i]!.text));
  const prose = texts.find((i) => isProse(lines[i]!.text));
  if (dateline !== undefined && (prose === undefined || dateline <= prose)) return dateline;
  if (prose !== undefined) {
    const near = texts.filter((i) => i > prose).slice(0, 2);
    const next = near.find((i) => isDateline(lines[i]!.text));
    return next ?? prose;
  }
  return texts.find((i) => endsSentence(lines[i]!.text)) ?? texts[1] ?? texts[0] ?? lines.length;
}

/** Sorts each line of a copied page into article text, clutter, captions, dates and provenance. */
export function cleanText(
  raw: string,
  orgNames: (line: string) => boolean = () => false,
): CleanText {
  const lines = classifyAll(raw);
  const start = bodyStart(lines);
  const headline = chooseHeadline(lines.slice(0, start), orgNames);
  const result: CleanText = {
    headline,
    lines: [],
    stamps: [],
    photoFiles: [],
    credits: [],
    removed: [],
  };
  const remove = (line: string, reason: string): void => {
    result.removed.push({ line, reason });
  };
  const seen = new Set(headline.title ? [headline.title.toLowerCase()] : []);
  let ended = false;
  let closing = false;
  let afterReadAlso = false;
  let afterPhoto = false;
  const lastText = lines.findLastIndex((l) => l.kind.kind === 'text');
  lines.forEach(({ text, kind }, i): void => {
    const inBody = i >= start;
    const linkLine = afterReadAlso;
    const photoCaption = afterPhoto;
    afterReadAlso = false;
    afterPhoto = false;
    if (ended) {
      if (kind.kind === 'copyright') result.copyright ??= kind.value;
      else remove(text, 'setelah akhir artikel (komentar/tautan lain)');
      return;
    }
    switch (kind.kind) {
      case 'end':
        if (inBody) ended = true;
        return remove(text, inBody ? 'akhir artikel' : 'tampilan situs');
      case 'chrome':
        return remove(text, kind.reason);
      case 'readAlso':
        afterReadAlso = true;
        return remove(text, 'tautan "Baca juga"');
      case 'breadcrumb':
        return remove(text, 'jejak navigasi situs');
      case 'stamp':
        result.stamps.push({ ...kind.stamp, line: i });
        if (kind.byline) result.credits.push(kind.byline);
        return;
      case 'byline':
        result.credits.push(kind.credit);
        return remove(text, 'baris penulis (→ source.credits)');
      case 'credits':
        result.credits.push(...kind.credits);
        closing ||= inBody && result.lines.length > 0;
        return;
      case 'republication':
        result.republication ??= kind.value;
        closing ||= inBody && result.lines.length > 0;
        return;
      case 'copyright':
        result.copyright ??= kind.value;
        closing ||= inBody && result.lines.length > 0;
        return;
      case 'photoFile':
        result.photoFiles.push(text);
        afterPhoto = true;
        return;
      case 'caption':
        if (!result.caption && kind.text && kind.text.length <= 400) {
          result.caption = { text: kind.text, credit: kind.credit, guessed: false };
        } else remove(text, 'keterangan foto');
        return;
      case 'text':
        break;
    }
    // The headlines a "Baca juga" label links to, one or several, none closing like a sentence.
    if (linkLine && text.length <= 200 && !endsSentence(text)) {
      afterReadAlso = true;
      return remove(text, 'tautan "Baca juga"');
    }
    // The line under a photo's file name is its caption (a guess the draft asks to check).
    const hasMore = i < lastText;
    if (
      photoCaption &&
      !result.caption &&
      text.length <= 400 &&
      hasMore &&
      text !== headline.title
    ) {
      result.caption = { text, guessed: true };
      return;
    }
    if (!inBody) {
      if (text !== headline.title) remove(text, 'tampilan situs (sebelum artikel)');
      return;
    }
    if (closing) return remove(text, 'setelah kredit penutup artikel');
    if (seen.has(text.toLowerCase())) return remove(text, 'baris ganda');
    seen.add(text.toLowerCase());
    result.lines.push(text);
  });
  // Menus, footers and related headlines after the text: lines that do not close a sentence.
  while (result.lines.length > 0 && !endsSentence(result.lines[result.lines.length - 1]!)) {
    remove(result.lines.pop()!, 'tampilan situs (setelah artikel)');
  }
  const first = result.lines[0];
  result.site = first ? (datelineSite(first) ?? undefined) : undefined;
  return result;
}

/** The paragraphs without the credit closing the last one: "… (lin)", "(Sumber: HUMAS X)". */
export function splitClosingCredit(paragraphs: string[]): {
  paragraphs: string[];
  initials?: Credit | undefined;
} {
  const out = [...paragraphs];
  const last = out.length - 1;
  if (last < 0) return { paragraphs: out };
  const split = splitTrailingInitials(out[last]!) ?? splitHumasCredit(out[last]!);
  if (split && split.text !== '') out[last] = split.text;
  return { paragraphs: out, initials: split && split.text !== '' ? split.credit : undefined };
}
