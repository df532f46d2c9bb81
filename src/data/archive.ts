// The one binding between Astro's content layer and the pure functions in src/lib.
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { resolveArticles } from '../lib/archive.ts';
import { articleFiles } from '../lib/article-files.ts';
import { parseFrontmatter } from '../lib/frontmatter.ts';
import { siteConfigFromEnv } from '../lib/site-config.ts';
import type { Article, ArticleData, GlossaryEntry, Taxonomies } from '../lib/types.ts';

export interface Archive extends Taxonomies {
  articles: Article[];
  glossary: GlossaryEntry[];
  /** The content-layer entry of each article, for render(). */
  entries: Map<string, CollectionEntry<'articles'>>;
}

// The frontmatter as written, read with a YAML 1.2 parser that keeps dates as text.
function writtenDates(filePath: string | undefined): { date?: unknown; dateEnd?: unknown } {
  if (!filePath) return {};
  const data = parseFrontmatter(readFileSync(filePath, 'utf8'))?.data;
  return { date: data?.['date'], dateEnd: data?.['dateEnd'] };
}

let cached: Promise<Archive> | undefined;

async function load(): Promise<Archive> {
  const [rawArticles, institutions, topics, countries, glossary] = await Promise.all([
    getCollection('articles'),
    getCollection('institutions'),
    getCollection('topics'),
    getCollection('countries'),
    getCollection('glossary'),
  ]);
  const taxonomies: Taxonomies = {
    institutions: institutions.map((e) => ({ id: e.id, ...e.data })),
    topics: topics.map((e) => ({ id: e.id, ...e.data })),
    countries: countries.map((e) => ({ id: e.id, ...e.data })),
  };
  const articles = resolveArticles(
    rawArticles.map((entry) => ({
      id: entry.id,
      filePath: entry.filePath ?? `content/articles/${entry.id}.md`,
      body: entry.body ?? '',
      written: writtenDates(entry.filePath),
      data: {
        ...entry.data,
        institution: entry.data.institution.id,
        partnerCountries: entry.data.partnerCountries.map((r) => r.id),
        partnerInstitutions: entry.data.partnerInstitutions.map((r) => r.id),
        topics: entry.data.topics.map((r) => r.id),
      } satisfies ArticleData,
    })),
    taxonomies,
    undefined,
    articleFiles(siteConfigFromEnv(process.env).contentDir),
  );
  return {
    ...taxonomies,
    articles,
    glossary: glossary
      .map((e) => ({ ...e.data, id: e.id }))
      .sort((a, b) => a.term.localeCompare(b.term, 'id')),
    entries: new Map(rawArticles.map((e) => [e.id, e])),
  };
}

/** The whole archive, validated and resolved once per build. */
export function getArchive(): Promise<Archive> {
  cached ??= load();
  return cached;
}
