// The cooperation timeline (/linimasa/): YAML data → validated entries → entries linked to articles.
import { format } from 'date-fns/format';
import { id as localeId } from 'date-fns/locale/id';
import { z } from 'astro/zod';
import { ContentError } from './archive.ts';
import { formatDateRangeId, parseIsoDate } from './dates.ts';
import type { Article } from './types.ts';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether a date written YYYY, YYYY-MM or YYYY-MM-DD is a real year, month or day. */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  if (match[3]) return parseIsoDate(value) !== null;
  return !match[2] || (Number(match[2]) >= 1 && Number(match[2]) <= 12);
}

/** A year, month or day in Indonesian, as precise as written: "1973", "November 1989", "3–5 Agustus 2022". */
export function formatPartialDate(date: string, end?: string): string {
  const [year, month, day] = date.split('-');
  if (day) return formatDateRangeId(date, end);
  if (month)
    return format(new Date(Number(year), Number(month) - 1, 1), 'MMMM yyyy', { locale: localeId });
  return year ?? date;
}

const partialDate = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z
    .string({ error: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD in quotes' })
    .refine(isPartialDate, {
      error: (issue) =>
        `"${String(issue.input)}" is not a date — expected YYYY, YYYY-MM or YYYY-MM-DD`,
    }),
);

const entrySchema = z
  .object({
    date: partialDate,
    dateEnd: z
      .string()
      .refine((v) => parseIsoDate(v) !== null, { error: 'expected the last day as YYYY-MM-DD' })
      .optional(),
    title: z.string().trim().min(1, { error: 'the title is empty — expected text' }),
    quote: z.string().trim().min(1, { error: 'the quote is empty — expected the article’s words' }),
    articles: z.array(z.string()).min(1, { error: 'expected at least one article slug' }),
    planned: z.boolean().default(false),
  })
  .strict();

/** One timeline entry as written in the YAML file. */
export type TimelineEntryData = z.infer<typeof entrySchema>;

/** A timeline entry with its date label and the articles it links to. */
export interface TimelineEntry extends TimelineEntryData {
  label: string;
  linked: Pick<Article, 'slug' | 'title'>[];
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Validates the timeline data and links it to the archive: every slug must exist and the
 * quote must appear word for word in one of its articles. Returns entries oldest first.
 * Throws a ContentError naming the file, entry, field and value.
 */
export function resolveTimeline(raw: unknown, articles: Article[], file: string): TimelineEntry[] {
  if (!Array.isArray(raw)) {
    throw new ContentError([`${file}: expected a list of timeline entries`]);
  }
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const problems: string[] = [];
  const entries: TimelineEntry[] = [];
  raw.forEach((item, index) => {
    const where = `${file}: entry ${index + 1}`;
    const parsed = entrySchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(`${where}: field "${issue.path.join('.') || '(entry)'}": ${issue.message}`);
      }
      return;
    }
    const data = parsed.data;
    if (data.dateEnd && (data.date.length !== 10 || data.dateEnd < data.date)) {
      problems.push(`${where}: field "dateEnd": "${data.dateEnd}" must be a day after "date"`);
    }
    const linked = data.articles.flatMap((slug, i) => {
      const article = bySlug.get(slug);
      if (!article) problems.push(`${where}: field "articles[${i}]": no article "${slug}"`);
      return article ? [article] : [];
    });
    if (linked.length > 0 && !linked.some((a) => squash(a.body).includes(squash(data.quote)))) {
      problems.push(
        `${where}: field "quote": "${data.quote}" is not in the text of ${data.articles.join(', ')} — expected the article’s words exactly`,
      );
    }
    entries.push({
      ...data,
      label: formatPartialDate(data.date, data.dateEnd),
      linked: linked.map(({ slug, title }) => ({ slug, title })),
    });
  });
  if (problems.length > 0) throw new ContentError(problems);
  // Oldest first; a year-only or month-only entry sorts before the days within it.
  return entries
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => a.entry.date.localeCompare(b.entry.date) || a.order - b.order)
    .map(({ entry }) => entry);
}

/** A quote as shown: an ellipsis before it when it starts mid-sentence (in lower case). */
export function quoteForDisplay(quote: string): string {
  return /^\p{Ll}/u.test(quote) ? `…${quote}` : quote;
}
