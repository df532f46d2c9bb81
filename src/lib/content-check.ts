// Every problem of a content folder the build can find before it renders a page, found at once:
// Astro's content layer stops at the first entry its schema refuses, in English, so the build
// runs this first (astro.config.mjs) and lists them all for the archivist, in Indonesian.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, resolveArticles, slugOfFile, type RawArticle } from './archive.ts';
import { articleFiles } from './article-files.ts';
import { indonesianIssues, schemaProblems } from './content-messages.ts';
import { DataFileError, dataFilePath, parseDataFile, readTimelineFile } from './data-files.ts';
import { todayIso } from './dates.ts';
import { parseFrontmatter } from './frontmatter.ts';
import {
  articleDataSchema,
  countrySchema,
  glossarySchema,
  institutionSchema,
  topicSchema,
} from './schemas.ts';
import { resolveTimeline } from './timeline.ts';
import type { ArticleData, Country, Institution, Taxonomies, Topic } from './types.ts';
import { parseYamlText, YamlFileError } from './yaml-file.ts';

const SCHEMAS = {
  institutions: institutionSchema,
  topics: topicSchema,
  countries: countrySchema,
  glossary: glossarySchema,
} as const;

// A file's own problems (YAML, shape) become lines of the message; anything else is a bug.
function collect<T>(problems: string[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof YamlFileError || error instanceof DataFileError) {
      problems.push(error.message);
      return undefined;
    }
    if (error instanceof ContentError) {
      problems.push(...error.problems);
      return undefined;
    }
    throw error;
  }
}

// The valid entries of a data file; each invalid one adds its problems.
function dataEntries(contentDir: string, kind: keyof typeof SCHEMAS, problems: string[]) {
  const file = dataFilePath(contentDir, kind);
  const entries = collect(problems, () => parseDataFile(kind, readFileSync(file, 'utf8'), file));
  if (entries === undefined) return undefined;
  return entries.flatMap(({ id, ...fields }) => {
    const parsed = SCHEMAS[kind].safeParse(fields, { error: indonesianIssues });
    if (parsed.success) return [{ ...parsed.data, id }];
    problems.push(...schemaProblems(file, parsed.error, id));
    return [];
  });
}

// An article file read as the content layer will: its frontmatter checked by the schema.
function rawArticle(
  file: { filePath: string; relativePath: string },
  absolute: string,
  problems: string[],
  parseYaml: typeof parseYamlText,
): RawArticle | undefined {
  const parts = collect(problems, () =>
    parseFrontmatter(readFileSync(absolute, 'utf8'), file.filePath, parseYaml),
  );
  if (parts === undefined) return undefined;
  if (parts === null) {
    problems.push(
      `${file.filePath}: tidak ada frontmatter — berkas artikel diawali baris "---", kolom-kolomnya, lalu "---" lagi (salin bentuknya dari artikel lain)`,
    );
    return undefined;
  }
  const parsed = articleDataSchema.safeParse(parts.data, { error: indonesianIssues });
  if (!parsed.success) {
    problems.push(...schemaProblems(file.filePath, parsed.error));
    return undefined;
  }
  return {
    id: slugOfFile(file.relativePath),
    filePath: file.filePath,
    body: parts.body,
    data: parsed.data as ArticleData,
    written: { date: parts.data['date'], dateEnd: parts.data['dateEnd'] },
    rendered: null,
  };
}

/**
 * Every problem of the content folder that needs no rendering: YAML, each data file's entries,
 * each article's frontmatter, references, dates, slugs and the timeline. Each names its file,
 * field and value and says what to write. Empty when the content is sound. `parseYaml` reads
 * the articles' frontmatter: a YamlCache's `parse` answers for texts it has seen.
 */
export function contentProblems(
  contentDir: string,
  today: string = todayIso(),
  cwd: string = process.cwd(),
  parseYaml: typeof parseYamlText = parseYamlText,
): string[] {
  const problems: string[] = [];
  const institutions = dataEntries(contentDir, 'institutions', problems);
  const topics = dataEntries(contentDir, 'topics', problems);
  const countries = dataEntries(contentDir, 'countries', problems);
  dataEntries(contentDir, 'glossary', problems);

  const files = articleFiles(contentDir, cwd);
  const articleProblems: string[] = [];
  const raw = files.flatMap((file) => {
    const entry = rawArticle(
      file,
      join(contentDir, 'articles', file.relativePath),
      articleProblems,
      parseYaml,
    );
    return entry ? [entry] : [];
  });
  // A data file that cannot be read at all would make every reference to it unknown: its own
  // message says what is wrong, and the references wait until it is mended.
  const readable = institutions && topics && countries;
  const taxonomies: Taxonomies = {
    institutions: (institutions ?? []) as Institution[],
    topics: (topics ?? []) as Topic[],
    countries: (countries ?? []) as Country[],
  };
  const articles = readable
    ? (collect(articleProblems, () => resolveArticles(raw, taxonomies, today)) ?? [])
    : [];
  // One file's problems together, files in name order (a stable sort keeps each file's own order).
  const fileOf = (problem: string) => problem.slice(0, problem.indexOf(': '));
  problems.push(...articleProblems.sort((a, b) => fileOf(a).localeCompare(fileOf(b))));

  const timeline = collect(problems, () => readTimelineFile(contentDir));
  // With articles refused the timeline's links cannot all be checked: it waits for a clean run.
  if (timeline && readable && articleProblems.length === 0) {
    collect(problems, () => resolveTimeline(timeline.data, articles, timeline.file));
  }
  return problems;
}
