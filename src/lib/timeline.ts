// The cooperation timeline (/linimasa/): YAML data → validated entries → entries linked to articles.
import type { z } from 'astro/zod';
import { fieldProblem, indonesianIssues, schemaProblems } from './content-messages.ts';
import { ContentError } from './archive.ts';
import { formatDateRange, formatMonth } from './dates.ts';
import { DEFAULT_LOCALE, type Locale } from './locales.ts';
import { timelineEntrySchema as entrySchema } from './schemas.ts';
import type { Article } from './types.ts';

export { isPartialDate } from './schemas.ts';

/**
 * A year, month or day in a language, as precise as written: "1973", "November 1989",
 * "3–5 Agustus 2022".
 */
export function formatPartialDate(
  date: string,
  end?: string,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const [year, month, day] = date.split('-');
  if (day) return formatDateRange(date, end, locale);
  if (month) return formatMonth(Number(year), Number(month), locale);
  return year ?? date;
}

/** One timeline entry as written in the YAML file. */
export type TimelineEntryData = z.output<typeof entrySchema>;

/** A timeline entry with its date label and the articles it links to. */
export interface TimelineEntry extends TimelineEntryData {
  /** The date in Indonesian, as precise as written. */
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
    throw new ContentError([
      `${file}: isinya harus daftar entri linimasa, masing-masing diawali "- date: …"`,
    ]);
  }
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const problems: string[] = [];
  const entries: TimelineEntry[] = [];
  raw.forEach((item, index) => {
    const where = `${file}: entri ke-${index + 1}`;
    const parsed = entrySchema.safeParse(item, { error: indonesianIssues });
    if (!parsed.success) {
      problems.push(...schemaProblems(where, parsed.error));
      return;
    }
    const data = parsed.data;
    if (data.dateEnd && (data.date.length !== 10 || data.dateEnd < data.date)) {
      problems.push(
        fieldProblem(
          where,
          'dateEnd',
          `"${data.dateEnd}" harus hari setelah date "${data.date}", dan date harus tanggal lengkap YYYY-MM-DD`,
        ),
      );
    }
    const linked = data.articles.flatMap((slug, i) => {
      const article = bySlug.get(slug);
      if (!article)
        problems.push(
          fieldProblem(
            where,
            `articles[${i}]`,
            `tidak ada artikel "${slug}" — tulis slug artikel, yaitu nama berkasnya di content/articles tanpa .md`,
          ),
        );
      return article ? [article] : [];
    });
    if (linked.length > 0 && !linked.some((a) => squash(a.bodyText).includes(squash(data.quote)))) {
      problems.push(
        fieldProblem(
          where,
          'quote',
          `"${data.quote}" tidak ada dalam teks ${data.articles.join(', ')} — salin kata-kata artikelnya persis`,
        ),
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
