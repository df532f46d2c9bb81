import { slug as githubSlug } from 'github-slugger';
import { EARLIEST_DATE, parseIsoDate, todayIso, yearOf } from './dates.ts';
import { EMPTY_BODY, fieldProblem, unknownReference } from './content-messages.ts';
import type { Article, ArticleData, Institution, Taxonomies } from './types.ts';

/** A raw article entry as the content layer gives it: id, file path, body and validated data. */
export interface RawArticle {
  id: string;
  filePath: string;
  /**
   * The body as written, where the reader has it (the check before a build reads the files).
   * The build's content layer keeps only the rendered body and its text, and the Markdown
   * pipeline reports an empty body itself, among `rendered.bodyProblems`.
   */
  body?: string | undefined;
  data: ArticleData;
  /**
   * The dates exactly as written in the file. YAML turns an impossible date such as 2021-02-30
   * into a real one (2 March) before the schema sees it; these let us refuse it instead.
   */
  written?: { date?: unknown; dateEnd?: unknown };
  /**
   * What the Markdown pipeline recorded (src/markdown/rehype-body-text.ts); absent if it failed;
   * null before the build renders (src/lib/content-check.ts), when there is nothing to check yet.
   */
  rendered?: { bodyText?: unknown; bodyProblems?: unknown } | null | undefined;
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
      fieldProblem(
        file.filePath,
        '(slug)',
        `"${slug}" juga slug dari ${other?.filePath ?? 'berkas lain'} — setiap nama berkas harus memberi slug-nya sendiri; ganti nama atau hapus salah satunya`,
      ),
    );
  }

  for (const entry of raw) {
    const where = entry.filePath;
    const problem = (field: string, message: string) =>
      problems.push(fieldProblem(where, field, message));
    const { data } = entry;

    const slug = entry.id;
    // The name as written: the slug alone would hide capitals and spaces Astro folded away.
    const name = where.slice(where.lastIndexOf('/') + 1);
    if (!FILE_NAME.test(slug) || name !== `${slug}.md`) {
      problem(
        '(nama berkas)',
        `"${name}" — tulis nama berkas sebagai YYYY-MM-DD-judul-singkat.md, huruf kecil, angka dan tanda hubung`,
      );
    }
    const previous = seen.get(slug);
    if (previous)
      problem(
        '(slug)',
        `"${slug}" juga dipakai oleh ${previous} — setiap artikel harus punya slug sendiri; ganti nama salah satu berkas`,
      );
    seen.set(slug, where);

    for (const field of ['date', 'dateEnd'] as const) {
      const written = entry.written?.[field];
      if (written !== undefined && (typeof written !== 'string' || !parseIsoDate(written))) {
        problem(
          field,
          `"${String(written)}" bukan tanggal yang ada — tulis tanggal yang benar sebagai YYYY-MM-DD`,
        );
      }
    }
    if (!parseIsoDate(data.date))
      problem('date', `"${data.date}" — tulis tanggal sebagai YYYY-MM-DD, misalnya 2021-08-30`);
    else if (data.date > today)
      problem(
        'date',
        `"${data.date}" ada di masa depan — tulis tanggal paling lambat hari ini, ${today} (WIB)`,
      );
    else if (data.date < EARLIEST_DATE)
      problem(
        'date',
        `"${data.date}" sebelum 1945 — hampir pasti salah ketik; tulis tahun yang diberikan sumber`,
      );
    if (data.dateEnd !== undefined && data.dateEnd < data.date) {
      problem(
        'dateEnd',
        `"${data.dateEnd}" sebelum date "${data.date}" — dateEnd adalah hari terakhir acara, sama dengan atau setelah date`,
      );
    }
    if (entry.body !== undefined && entry.body.trim() === '') problem('(isi)', EMPTY_BODY);
    // Before the build renders, the body as written stands in for its text (the timeline's
    // quotes are checked against it).
    const bodyText = entry.rendered === null ? (entry.body ?? '') : entry.rendered?.bodyText;
    if (typeof bodyText !== 'string')
      problem('(isi)', 'Markdown-nya gagal dirender — lihat pesan “Error rendering” di atas');
    const bodyProblems = entry.rendered?.bodyProblems;
    if (Array.isArray(bodyProblems))
      for (const found of bodyProblems) problem('(isi)', String(found));

    const institution = institutions.get(data.institution);
    if (!institution) {
      problem(
        'institution',
        unknownReference('institutions', data.institution, institutions.keys()),
      );
    }
    const partnerInstitutions: Institution[] = [];
    data.partnerInstitutions.forEach((id, i) => {
      const found = institutions.get(id);
      if (found) partnerInstitutions.push(found);
      else
        problem(
          `partnerInstitutions[${i}]`,
          unknownReference('institutions', id, institutions.keys()),
        );
    });
    const resolvedTopics = data.topics.flatMap((id, i) => {
      const found = topics.get(id);
      if (!found) problem(`topics[${i}]`, unknownReference('topics', id, topics.keys()));
      return found ? [found] : [];
    });
    const resolvedCountries = data.partnerCountries.flatMap((id, i) => {
      const found = countries.get(id);
      if (!found)
        problem(`partnerCountries[${i}]`, unknownReference('countries', id, countries.keys()));
      return found ? [found] : [];
    });

    if (institution) {
      articles.push({
        ...data,
        slug,
        filePath: where,
        year: yearOf(data.date),
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
