import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { parseFrontmatter } from '../../src/lib/frontmatter.ts';
import { ROOT } from './build.ts';

/** Loads a built page ("artikel/x/") from a dist folder as a Cheerio document. */
export function page(dist: string, path: string): CheerioAPI {
  const file = path.endsWith('.html') ? path : join(path, 'index.html');
  return load(readFileSync(join(dist, file), 'utf8'));
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

/** The article slugs a listing page links to, in page order. */
export function listedSlugs($: CheerioAPI): string[] {
  return $('[data-article-list] a[href*="/artikel/"]')
    .map((_, a) => /\/artikel\/([^/]+)\//.exec($(a).attr('href') ?? '')?.[1])
    .get();
}
