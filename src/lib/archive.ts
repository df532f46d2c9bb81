import { slug as githubSlug } from 'github-slugger';
import { EARLIEST_DATE, parseIsoDate, todayIso, yearOf } from './dates.ts';
import type { Article, ArticleData, Institution, Taxonomies } from './types.ts';

/** A raw article entry as the content layer gives it: id, file path, body and validated data. */
export interface RawArticle {
  id: string;
  filePath: string;
  body: string;
  data: ArticleData;
  /** What the Markdown pipeline recorded (src/markdown/rehype-body-text.ts); absent if it failed. */
  rendered?: { bodyText?: unknown; bodyProblems?: unknown } | undefined;
}

/** Thrown when the content is wrong: its message lists every problem with file, field and value. */
export class ContentError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Isi arsip tidak valid (${problems.length} masalah):\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

const FILE_NAME = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

function lookup<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function expected(map: Map<string, unknown>): string {
  return `expected one of: ${[...map.keys()].join(', ')}`;
}

/** The id Astro's glob loader gives a file (path relative to the articles folder). */
export function slugOfFile(relativePath: string): string {
  return relativePath
    .replace(/\.md$/, '')
    .split('/')
    .map((segment) => githubSlug(segment))
    .join('/')
    .replace(/\/index$/, '');
}

/**
 * Resolves every article's references and checks what the schema alone cannot:
 * unknown ids, duplicate slugs, empty bodies, future dates, file names.
 * `files` lists every article file on disk (as `filePath` names them, plus the path relative
 * to the articles folder): one missing from `raw` lost its slug to another file.
 * Returns the articles newest first, or throws a ContentError naming each file and field.
 */
export function resolveArticles(
  raw: RawArticle[],
  taxonomies: Taxonomies,
  today: string = todayIso(),
  files: { filePath: string; relativePath: string }[] = [],
): Article[] {
  const institutions = lookup(taxonomies.institutions);
  const topics = lookup(taxonomies.topics);
  const countries = lookup(taxonomies.countries);
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const articles: Article[] = [];

  // Two files whose names give the same slug: Astro keeps one entry and drops the other silently.
  const loaded = new Set(raw.map((entry) => entry.filePath));
  for (const file of files) {
    if (loaded.has(file.filePath)) continue;
    const slug = slugOfFile(file.relativePath);
    const other = raw.find((entry) => entry.id === slug);
    problems.push(
      `${file.filePath}: field "(slug)": "${slug}" is also the slug of ${other?.filePath ?? 'another file'}` +
        ' — expected each file name to give its own slug; rename or remove one of them',
    );
  }

  for (const entry of raw) {
    const where = entry.filePath;
    const problem = (field: string, message: string) =>
      problems.push(`${where}: field "${field}": ${message}`);
    const { data } = entry;

    const slug = entry.id;
    // The name as written: the slug alone would hide capitals and spaces Astro folded away.
    const name = where.slice(where.lastIndexOf('/') + 1);
    if (!FILE_NAME.test(slug) || name !== `${slug}.md`) {
      problem('(file name)', `"${name}" — expected YYYY-MM-DD-short-slug.md in lowercase`);
    }
    const previous = seen.get(slug);
    if (previous) problem('(slug)', `"${slug}" is also used by ${previous}; slugs must be unique`);
    seen.set(slug, where);

    if (!parseIsoDate(data.date)) problem('date', `"${data.date}" — expected a date as YYYY-MM-DD`);
    else if (data.date > today)
      problem(
        'date',
        `"${data.date}" is in the future — expected a date no later than today, ${today} (WIB)`,
      );
    else if (data.date < EARLIEST_DATE)
      problem(
        'date',
        `"${data.date}" is before 1945 — likely a typo; expected the year the source gives`,
      );
    if (data.dateEnd !== undefined && data.dateEnd < data.date) {
      problem('dateEnd', `"${data.dateEnd}" is before date "${data.date}"`);
    }
    if (entry.body.trim() === '')
      problem('(body)', 'the article body is empty — expected the text');
    const bodyText = entry.rendered?.bodyText;
    if (typeof bodyText !== 'string')
      problem('(body)', 'Markdown-nya gagal dirender — lihat pesan “Error rendering” di atas');
    const bodyProblems = entry.rendered?.bodyProblems;
    if (Array.isArray(bodyProblems))
      for (const found of bodyProblems) problem('(body)', String(found));

    const institution = institutions.get(data.institution);
    if (!institution) {
      problem(
        'institution',
        `unknown institution "${data.institution}" — ${expected(institutions)}`,
      );
    }
    const partnerInstitutions: Institution[] = [];
    data.partnerInstitutions.forEach((id, i) => {
      const found = institutions.get(id);
      if (found) partnerInstitutions.push(found);
      else
        problem(
          `partnerInstitutions[${i}]`,
          `unknown institution "${id}" — ${expected(institutions)}`,
        );
    });
    const resolvedTopics = data.topics.flatMap((id, i) => {
      const found = topics.get(id);
      if (!found) problem(`topics[${i}]`, `unknown topic "${id}" — ${expected(topics)}`);
      return found ? [found] : [];
    });
    const resolvedCountries = data.partnerCountries.flatMap((id, i) => {
      const found = countries.get(id);
      if (!found)
        problem(`partnerCountries[${i}]`, `unknown country "${id}" — ${expected(countries)}`);
      return found ? [found] : [];
    });

    if (institution) {
      articles.push({
        ...data,
        slug,
        filePath: where,
        year: yearOf(data.date),
        body: entry.body,
        bodyText: typeof bodyText === 'string' ? bodyText : '',
        institution,
        partnerInstitutions,
        topics: resolvedTopics,
        partnerCountries: byCountryOrder(resolvedCountries),
      });
    }
  }

  if (problems.length > 0) throw new ContentError(problems);
  return sortNewestFirst(articles);
}

/**
 * An article's partner countries in the order content/countries.yaml gives them (`order`,
 * lower first, e.g. Korea, the archive's partner); countries without one follow as written.
 */
export function byCountryOrder<T extends { order?: number | undefined }>(countries: T[]): T[] {
  const rank = (c: T) => c.order ?? Number.POSITIVE_INFINITY;
  return [...countries].sort((a, b) => rank(a) - rank(b));
}

/** Sorts articles newest first; ties broken by slug so the order is stable. */
export function sortNewestFirst<T extends { date: string; slug: string }>(articles: T[]): T[] {
  return [...articles].sort((a, b) =>
    a.date === b.date ? a.slug.localeCompare(b.slug) : a.date < b.date ? 1 : -1,
  );
}
