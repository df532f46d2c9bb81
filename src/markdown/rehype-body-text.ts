import { readFileSync } from 'node:fs';
import type { Element, Root, Text } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { missingWords, sourceWords, wordsOf } from '../lib/body-words.ts';
import { EMPTY_BODY } from '../lib/content-messages.ts';
import { STRIPPED_ELEMENTS } from './body-schema.ts';

/** What this plugin adds to Astro's remarkPluginFrontmatter. */
export interface BodyTextData {
  /** The body's text as the page shows it: what the feeds and the search index carry. */
  bodyText: string;
  /** What the page would lose or change, in Indonesian for the archivist; empty when none. */
  bodyProblems: string[];
}

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/** How many of the missing words a message quotes. */
const QUOTED_WORDS = 12;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

// The line of the article file where the body (Astro hands it over trimmed, without the
// frontmatter) begins; the file is read only when there is a problem to report.
function firstBodyLine(file: VFile, source: string): number | undefined {
  try {
    const whole = readFileSync(file.path, 'utf8').trimEnd();
    if (!whole.endsWith(source)) return undefined;
    return whole.slice(0, whole.length - source.length).split('\n').length;
  } catch {
    return undefined;
  }
}

// A fenced code block whose fence is never closed runs to the end of its container.
function unclosedFences(tree: Root, source: string, file: VFile): string[] {
  const problems: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const { start, end } = node.position ?? {};
    if (node.tagName !== 'pre' || start?.offset === undefined || end?.offset === undefined) return;
    const lines = source.slice(start.offset, end.offset).split('\n');
    const fence = FENCE.exec(lines[0] ?? '')?.[1];
    if (!fence) return;
    const last = lines.length > 1 ? (lines.at(-1) ?? '').replace(/^[\s>]*/, '').trimEnd() : '';
    const closed = last.length >= fence.length && last === fence[0]!.repeat(last.length);
    if (closed) return;
    const first = firstBodyLine(file, source);
    const line = first ? `baris ${first + start.line - 1}` : `baris ke-${start.line} teks artikel`;
    problems.push(
      `${line}, “${lines[0]!.slice(0, 60)}”, membuka blok kode yang tidak pernah ditutup, ` +
        'sehingga seluruh sisa teks tampil sebagai kode — hapus tanda ' +
        `${fence} itu, atau tutup blok kodenya dengan ${fence} di baris sendiri`,
    );
  });
  return problems;
}

/**
 * Records the sanitised body's text for the feeds and search (`bodyText`), and `bodyProblems`:
 * words of the Markdown that the page does not show (an unclosed `<!--`, raw HTML swallowing
 * text, a code fence's label) and code fences never closed. Runs after rehype-sanitize.
 */
export default function rehypeBodyText() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    // One space between words and one blank line between blocks, whatever was cut out between.
    const bodyText = toText(tree)
      .replace(/[ \t]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    // Words text node by text node: the page's text runs an inline element into its neighbour
    // ("awal" and footnote mark "1" read "awal1"), the source with its markup cut out does not.
    const shown: string[] = [];
    visit(tree, 'text', (node: Text) => {
      shown.push(...wordsOf(node.value));
    });
    const missing = missingWords(sourceWords(source, STRIPPED_ELEMENTS), shown);
    const bodyProblems = unclosedFences(tree, source, file);
    if (source.trim() === '') bodyProblems.push(EMPTY_BODY);
    if (missing.length > 0) {
      const quoted = missing.slice(0, QUOTED_WORDS).join(' ');
      bodyProblems.push(
        `${missing.length} kata dari teks Markdown tidak tampil di halaman, mulai dari “${quoted}${missing.length > QUOTED_WORDS ? ' …' : ''}” — ` +
          'periksa komentar <!-- atau tag HTML (<style>, <script>, …) yang tidak ditutup di dekat kata-kata itu',
      );
    }
    const data = file.data as AstroData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    Object.assign(data.astro.frontmatter, { bodyText, bodyProblems } satisfies BodyTextData);
  };
}
