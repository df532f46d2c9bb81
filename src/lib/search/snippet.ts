import type { PhraseMatcher } from './aliases.ts';
import { tokenize, type Token } from './normalize.ts';

/** A piece of a snippet: plain text, or a matched word to show in <mark>. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** A text read once for highlighting: its words and every alias phrase in it. */
export interface AnalysedText {
  text: string;
  tokens: Token[];
  phrases: { id: string; start: number; end: number }[];
}

/** A text on one line: runs of white space, paragraph breaks included, become one space. */
export function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Reads a text for highlighting; the result serves any number of queries. */
export function analyse(text: string, matcher: PhraseMatcher): AnalysedText {
  const tokens = tokenize(text);
  return { text, tokens, phrases: matcher.matchAll(tokens.map((t) => t.term)) };
}

/** Spans [start, end) of a text that the query matched: its terms, or its alias phrases. */
export function matchSpans(
  text: string | AnalysedText,
  matched: ReadonlySet<string>,
  matcher: PhraseMatcher,
): [number, number][] {
  const {
    text: raw,
    tokens,
    phrases: all,
  } = typeof text === 'string' ? analyse(text, matcher) : text;
  const spans: [number, number][] = [];
  const covered = new Set<number>();
  // The longest matched phrase wins where phrases nest or overlap.
  const phrases = all
    .filter((m) => matched.has(m.id))
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const m of phrases) {
    let free = true;
    for (let i = m.start; i < m.end; i++) free &&= !covered.has(i);
    if (!free) continue;
    spans.push([tokens[m.start]!.start, tokens[m.end - 1]!.end]);
    for (let i = m.start; i < m.end; i++) covered.add(i);
  }
  tokens.forEach((token, i) => {
    if (covered.has(i)) return;
    const next = tokens[i + 1];
    if (
      next &&
      matched.has(token.term + next.term) &&
      raw.slice(token.end, next.start).trim() === ''
    ) {
      spans.push([token.start, next.end]);
      covered.add(i + 1);
    } else if (matched.has(token.term) || token.parts.some((p) => matched.has(p))) {
      spans.push([token.start, token.end]);
    }
  });
  return spans.sort((a, b) => a[0] - b[0]);
}

/** Splits a text into plain and marked segments at the given spans. */
export function segments(text: string, spans: [number, number][]): Segment[] {
  const out: Segment[] = [];
  let cursor = 0;
  for (const [start, end] of spans) {
    if (start < cursor) continue;
    if (start > cursor) out.push({ text: text.slice(cursor, start), mark: false });
    out.push({ text: text.slice(start, end), mark: true });
    cursor = end;
  }
  if (cursor < text.length) out.push({ text: text.slice(cursor), mark: false });
  return out;
}

/**
 * The window of about `length` characters around the densest cluster of matches, cut at word
 * boundaries, with "…" where the text goes on. Falls back to the text's opening.
 */
export function snippet(
  text: string | AnalysedText,
  matched: ReadonlySet<string>,
  matcher: PhraseMatcher,
  length = 220,
): Segment[] {
  const analysed = typeof text === 'string' ? analyse(flatten(text), matcher) : text;
  const flat = analysed.text;
  const spans = matchSpans(analysed, matched, matcher);
  let from = 0;
  let best = -1;
  for (const [start] of spans) {
    const inWindow = spans.filter(([s, e]) => s >= start && e <= start + length).length;
    if (inWindow > best) {
      best = inWindow;
      from = start;
    }
  }
  // Start a little before the first match, at a word boundary.
  if (from > 0) {
    const back = Math.max(0, from - 60);
    const space = flat.indexOf(' ', back);
    from = back === 0 ? 0 : space === -1 || space >= from ? from : space + 1;
  }
  let to = Math.min(flat.length, from + length);
  if (to < flat.length) {
    const space = flat.lastIndexOf(' ', to);
    if (space > from) to = space;
  }
  const window = flat.slice(from, to);
  const shifted = spans
    .filter(([s, e]) => s >= from && e <= to)
    .map(([s, e]) => [s - from, e - from] as [number, number]);
  const parts = segments(window, shifted);
  if (from > 0) parts.unshift({ text: '…', mark: false });
  if (to < flat.length) parts.push({ text: '…', mark: false });
  return parts;
}
