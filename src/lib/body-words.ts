// Does the page show every word the Markdown holds? The source is read naively, as a person
// reading the file would: markup that never shows (tags, closed comments, link addresses, the
// contents of elements the sanitiser removes) is skipped, and every other word must appear in
// the rendered text. One pass over each side, so the check costs little at any archive size.
import { decodeHTMLStrict } from 'entities';

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** The words of a text: runs of letters, marks and digits, in order. */
export function wordsOf(text: string): string[] {
  // A loop with an ASCII fast path: three times quicker than a Unicode regex on news text.
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    const lower = code | 32;
    const inWord =
      code < 128
        ? (code >= 48 && code <= 57) || (lower >= 97 && lower <= 122)
        : WORD_CHAR.test(text.slice(i, i + size));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    }
    i += size;
  }
  if (start >= 0) words.push(text.slice(start));
  return words;
}

// Cuts `open … close` spans out of a text. An opener with no closer after it stays, and so do
// the words after it: those are exactly the words the rendered page would lose.
function cutClosedSpans(text: string, open: RegExp, closer: (name: string) => RegExp): string {
  let result = '';
  let cursor = 0;
  const closers = new Map<string, RegExp | null>();
  open.lastIndex = 0;
  for (let match = open.exec(text); match; match = open.exec(text)) {
    const name = (match[1] ?? match[0]).toLowerCase();
    if (!closers.has(name)) closers.set(name, closer(name));
    const close = closers.get(name);
    if (!close) continue;
    close.lastIndex = match.index + match[0].length;
    const end = close.exec(text);
    // No closer after this opener: none after any later one either.
    if (!end) {
      closers.set(name, null);
      continue;
    }
    result += `${text.slice(cursor, match.index)} `;
    cursor = end.index + end[0].length;
    open.lastIndex = cursor;
  }
  return result + text.slice(cursor);
}

const TAG = /<\/?[A-Za-z][^<>]*>|<![A-Za-z][^<>]*>/g;
const LINK_DESTINATION =
  /\]\((?:<[^<>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*\)/g;
const REFERENCE = /\]\[[^\]\n]*\]/g;
const FOOTNOTE_LABEL = /\[\^[^\]\s]+\]/g;
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]*\S+.*$/gm;
// An ordered list's number ("1." or "3)", in a quote too) is the list's, never the item's text.
const ORDERED_MARKER = /^((?:[ \t]*>)*[ \t]*)\d{1,9}[.)](?=[ \t]|$)/gm;

/**
 * The words a Markdown source shows its reader: without closed `<!-- -->` comments, the
 * contents of closed `hidden` elements (script, style, …), tags, link addresses, reference
 * labels and ordered-list numbers; character references decoded.
 */
export function sourceWords(markdown: string, hidden: readonly string[]): string[] {
  let text = cutClosedSpans(markdown, /<!--/g, () => /-->/g);
  if (hidden.length > 0) {
    const opener = new RegExp(`<(${hidden.join('|')})(?=[\\s/>])`, 'gi');
    text = cutClosedSpans(text, opener, (name) => new RegExp(`</${name}\\s*>`, 'gi'));
  }
  text = text
    .replace(TAG, ' ')
    .replace(DEFINITION, ' ')
    .replace(ORDERED_MARKER, '$1')
    .replace(LINK_DESTINATION, ']')
    .replace(REFERENCE, ']')
    .replace(FOOTNOTE_LABEL, ' ');
  return wordsOf(decodeHTMLStrict(text));
}

/**
 * The source's words that the rendered words lack, in source order, each as often as it is
 * short. Words are counted, not aligned: footnotes and tables may show them in another order.
 */
export function missingWords(source: readonly string[], rendered: readonly string[]): string[] {
  // Nearly every body shows its words in the source's order: one pass settles it, no counting.
  let next = 0;
  for (const word of source) {
    while (next < rendered.length && rendered[next] !== word) next++;
    next++;
  }
  if (next <= rendered.length) return [];
  const left = new Map<string, number>();
  for (const word of rendered) left.set(word, (left.get(word) ?? 0) + 1);
  const missing: string[] = [];
  for (const word of source) {
    const count = left.get(word) ?? 0;
    if (count > 0) left.set(word, count - 1);
    else missing.push(word);
  }
  return missing;
}
