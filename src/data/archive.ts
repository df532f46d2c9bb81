// The one binding between Astro's content layer and the pure functions in src/lib.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError, resolveArticles, type RawArticle } from '../lib/archive.ts';
import { articleFiles } from '../lib/article-files.ts';
import { siteConfigFromEnv } from '../lib/site-config.ts';
import { curatorSettings } from './site.ts';
import type { Article, ArticleData, GlossaryEntry, Taxonomies } from '../lib/types.ts';
import { readYamlFile, YamlFileError } from '../lib/yaml-file.ts';

export interface Archive extends Taxonomies {
  articles: Article[];
  glossary: GlossaryEntry[];
  /** The content-layer entry of each article, for render(). */
  entries: Map<string, CollectionEntry<'articles'>>;
}

// A YAML problem becomes a line of the build's message; anything else is a bug and is thrown.
function yamlProblem(error: unknown, problems: string[]): void {
  if (!(error instanceof YamlFileError)) throw error;
  problems.push(error.message);
}

// Astro's file() loader only logs a data file it cannot parse and leaves its collection empty,
// which would surface as "unknown institution": read each content/*.yaml to name the real cause.
function dataFileProblems(problems: string[]): void {
  const dir = siteConfigFromEnv(process.env).contentDir;
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()) {
    try {
      readYamlFile(relative(process.cwd(), join(dir, file)).split('\\').join('/'));
    } catch (error) {
      yamlProblem(error, problems);
    }
  }
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
  const yamlProblems: string[] = [];
  dataFileProblems(yamlProblems);
  if (yamlProblems.length > 0) throw new ContentError(yamlProblems);
  const taxonomies: Taxonomies = {
    institutions: institutions.map((e) => ({ id: e.id, ...e.data })),
    topics: topics.map((e) => ({ id: e.id, ...e.data })),
    countries: countries.map((e) => ({ id: e.id, ...e.data })),
  };
  const articles = resolveArticles(
    rawArticles.map((entry) => ({
      id: entry.id,
      filePath: entry.filePath ?? `content/articles/${entry.id}.md`,
      rendered: entry.rendered?.metadata?.frontmatter as RawArticle['rendered'],
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

/**
 * What every page may show beside its own articles (institutions, topics, countries, the
 * glossary, the curators): part of each page's cache key.
 */
export function siteInputs(archive: Archive): object {
  const { institutions, topics, countries, glossary } = archive;
  siteInputsOf ??= { institutions, topics, countries, glossary, ...curatorSettings() };
  return siteInputsOf;
}
let siteInputsOf: object | undefined;

/** The whole archive, validated and resolved once per build. */
export function getArchive(): Promise<Archive> {
  cached ??= load();
  return cached;
}
