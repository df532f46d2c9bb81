import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { sourceWords, wordsOf } from '../../src/lib/body-words.ts';
import { parseFrontmatter } from '../../src/lib/frontmatter.ts';
import { STRIPPED_ELEMENTS } from '../../src/markdown/body-schema.ts';
import { ROOT } from './build.ts';

/** Loads a built page ("artikel/x/") from a dist folder as a Cheerio document. */
export function page(dist: string, path: string): CheerioAPI {
  const file = path.endsWith('.html') ? path : join(path, 'index.html');
  return load(readFileSync(join(dist, file), 'utf8'));
}

/** Every file of a folder (a dist folder), as relative paths, sorted. */
export function filesOf(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => statSync(join(dir, file)).isFile())
    .sort();
}

/** Every file of a folder with the SHA-256 of its bytes: two builds compare file by file. */
export function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(
    filesOf(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

/** Every HTML file of a dist folder, as site-relative paths. */
export function htmlFiles(dist: string): string[] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .sort();
}

export interface SourceArticle {
  slug: string;
  data: Record<string, unknown> & {
    title: string;
    date: string | Date;
    institution: string;
    partnerCountries: string[];
    partnerInstitutions?: string[];
    topics: string[];
  };
  body: string;
}

/** The committed articles, read straight from their Markdown (independently of the schemas). */
export function sourceArticles(dir = join(ROOT, 'content/articles')): SourceArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((file) => {
      const parts = parseFrontmatter(readFileSync(join(dir, file), 'utf8'));
      if (!parts) throw new Error(`${file}: no frontmatter`);
      return {
        slug: file.replace(/\.md$/, ''),
        data: parts.data as SourceArticle['data'],
        body: parts.body.trim(),
      };
    });
}

const isoOf = (d: string | Date) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);

/** Articles in the archive's order: newest first, the same day's in slug order. */
export function newestFirst(articles: SourceArticle[]): SourceArticle[] {
  return [...articles].sort(
    (a, b) => isoOf(b.data.date).localeCompare(isoOf(a.data.date)) || a.slug.localeCompare(b.slug),
  );
}

/** The article slugs a listing page links to, in page order. */
export function listedSlugs($: CheerioAPI): string[] {
  return $('[data-article-list] a[href*="/artikel/"]')
    .map((_, a) => /\/artikel\/([^/]+)\//.exec($(a).attr('href') ?? '')?.[1])
    .get();
}

// A paragraph a reader sees exactly as written: no Markdown or HTML syntax in it.
const PLAIN = /^[^<>*_`#|[\]\\&~]*$/;
const LIST_OR_QUOTE = /^\s*(?:[-+>]|\d+[.)])\s/m;

/**
 * The paragraphs of a Markdown body that the page must show: each plain paragraph word for word
 * (as it must appear in the page's text, spaces squashed), and for one with Markdown or HTML in it
 * the words a reader of the Markdown sees, which must appear in the page's words in that order.
 */
export function bodyShown(pageText: string, markdown: string): string[] {
  const text = pageText.replace(/\s+/g, ' ');
  const words = wordsOf(text);
  const missing: string[] = [];
  for (const paragraph of markdown.split(/\n\n+/)) {
    const squashed = paragraph.replace(/\s+/g, ' ').trim();
    if (PLAIN.test(paragraph) && !LIST_OR_QUOTE.test(paragraph)) {
      if (!text.includes(squashed)) missing.push(squashed);
      continue;
    }
    let next = 0;
    for (const word of sourceWords(paragraph, STRIPPED_ELEMENTS)) {
      next = words.indexOf(word, next);
      if (next < 0) {
        missing.push(`${word} (in: ${squashed.slice(0, 80)})`);
        break;
      }
      next++;
    }
  }
  return missing;
}
