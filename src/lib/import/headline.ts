import { letterWords, type LineKind } from './lines.ts';

/** The headline a page gives, or why none was taken. */
export interface Headline {
  title?: string | undefined;
  /** Where the headline stands among the page's lines. */
  index?: number | undefined;
  /** Set when the importer is unsure: the reason, in Indonesian, for the draft's TODO. */
  doubt?: string | undefined;
}

const SMALL_WORDS = new Set(
  'dan di ke dari yang untuk dengan pada atau ini itu of the and to in for a an on at by as with'.split(
    ' ',
  ),
);

/** The share of a line's words (little words aside) that start with a capital: Title Case is 1. */
export function titleCaseRatio(line: string): number {
  const words = letterWords(line).filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  if (words.length === 0) return 0;
  return words.filter((w) => /^["“‘'(]?[\p{Lu}\d]/u.test(w)).length / words.length;
}

// Lines right after a headline on real pages: its date stamp, byline or credits.
const FOLLOWS_HEADLINE = new Set(['stamp', 'byline', 'credits']);

/**
 * The headline among the lines above the article's text: the line followed by the page's date or
 * byline; else the one line that reads as a headline (a short page summary below it aside).
 * Site chrome never: section labels and menus are too short, photo names, dates and breadcrumbs
 * are classified away, and `isOrgName` recognises the site's own name ("Badan Kepegawaian Daerah").
 */
export function chooseHeadline(
  head: { text: string; kind: LineKind }[],
  isOrgName: (line: string) => boolean,
): Headline {
  const crumbs = new Set(
    head.flatMap((l) =>
      l.kind.kind === 'breadcrumb' ? l.kind.steps.map((s) => s.toLowerCase()) : [],
    ),
  );
  // The next line that is not chrome, for every line: one pass from the end.
  const following: ({ text: string; kind: LineKind } | undefined)[] = new Array(head.length);
  let seen: { text: string; kind: LineKind } | undefined;
  for (let i = head.length - 1; i >= 0; i--) {
    following[i] = seen;
    const kind = head[i]!.kind.kind;
    if (kind !== 'chrome' && kind !== 'readAlso') seen = head[i];
  }
  const next = (i: number) => following[i];
  const candidates = head
    .map((line, i) => ({ ...line, i, words: letterWords(line.text).length }))
    .filter(({ text, kind, words, i }) => {
      if (kind.kind !== 'text' || text.length < 10 || text.length > 200) return false;
      if (/[.,;:]$/.test(text) || /^\p{Ll}/u.test(text) || /©/.test(text)) return false;
      if (crumbs.has(text.toLowerCase()) || isOrgName(text)) return false;
      const followed = FOLLOWS_HEADLINE.has(next(i)?.kind.kind ?? '');
      return words >= 3 || (words === 2 && i === 0 && followed);
    })
    .map((c) => ({ ...c, followed: FOLLOWS_HEADLINE.has(next(c.i)?.kind.kind ?? '') }));
  if (candidates.length === 0) return {};
  // The lines standing together right above the date or byline: a headline, maybe its summary.
  // The last such block, nearest the text: a news ticker above the page has dates too.
  const followed = candidates.findLastIndex((c) => c.followed);
  let block = candidates;
  if (followed >= 0) {
    let first = followed;
    while (first > 0 && next(candidates[first - 1]!.i) === head[candidates[first]!.i]) first--;
    block = candidates.slice(first, followed + 1);
  }
  if (block.length === 1) return { title: block[0]!.text, index: block[0]!.i };
  // A headline reads in Title Case; the page's summary below it is a sentence.
  const titled = block.filter((c) => titleCaseRatio(c.text) >= 0.6 && c.text.length <= 150);
  if (titled.length === 1) return { title: titled[0]!.text, index: titled[0]!.i };
  const shown = block.map((c) => `"${c.text}"`).join(', ');
  return { doubt: `beberapa baris di atas teks bisa jadi judul: ${shown}` };
}
