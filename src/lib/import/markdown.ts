// A copied page is text. Each paragraph is written so that Markdown shows exactly its characters:
// what Markdown would read as markup (a comment, raw HTML, a code fence, a heading, a quote, a
// list, a table row, a rule, a link) is escaped with a backslash, which Markdown drops on display.

// Anywhere in a line: "<" (raw HTML, comments, autolinks), "[" and "]" (links, footnotes), "|"
// (table cells), "`" (code), and "&" opening a character reference ("&#106;", "&amp;").
const INLINE = /[<[\]|`\\]|&(?=#?\w+;)/g;

// At the start of a line: headings, quotes, list markers, fences and rules.
function escapeStart(line: string): string {
  return line
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^([#>+]|[-*_=~](?=[-*_=~\s]|$))/, '\\$1');
}

/** One paragraph as Markdown that displays exactly the source's characters. */
export function escapeParagraph(paragraph: string): string {
  return escapeStart(paragraph.replace(INLINE, '\\$&'));
}

/** The body as the archive stores it: one paragraph a line, a blank line between, one final newline. */
export function bodyMarkdown(paragraphs: string[]): string {
  return `${paragraphs.map(escapeParagraph).join('\n\n')}\n`;
}
