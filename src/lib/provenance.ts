// What the archive can truthfully say about an article's original publication; feeds,
// structured data and citations all draw on these rules so they never disagree.
import { localized } from './localize.ts';
import { DEFAULT_LOCALE, type Locale } from './locales.ts';
import type { Article } from './types.ts';

/** The organisation responsible for an article: the stated publisher, else its institution. */
export function organisationOf(article: Article, locale: Locale = DEFAULT_LOCALE): string {
  return article.source.publisher ?? localized(article.institution, 'fullName', locale);
}

/** The date the source was published, only when the source gives it (dateKind "terbit"). */
export function publicationDate(article: Article): string | undefined {
  return article.dateKind === 'terbit' ? article.date : undefined;
}

/** The original publication's own title, or undefined when the archive's title is editorial. */
export function sourceTitle(article: Article): string | undefined {
  return article.source.originalTitle ?? (article.editorialTitle ? undefined : article.title);
}

/** Topic names, then the institution's full name: the article's categories in feeds and tags. */
export function categoriesOf(article: Article, locale: Locale = DEFAULT_LOCALE): string[] {
  return [
    ...new Set([
      ...article.topics.map((t) => localized(t, 'name', locale)),
      localized(article.institution, 'fullName', locale),
    ]),
  ];
}

/**
 * Who published the archive's texts, as the sources name them, most texts first (then by name);
 * `name` is undefined for the texts whose source names no publisher.
 */
export function publishersOf(
  articles: Pick<Article, 'source'>[],
): { name: string | undefined; count: number }[] {
  const counts = new Map<string | undefined, number>();
  for (const { source } of articles)
    counts.set(source.publisher, (counts.get(source.publisher) ?? 0) + 1);
  return [...counts.entries()]
    .map(([name, count]) => ({ name, count }))
    .sort(
      (a, b) =>
        Number(a.name === undefined) - Number(b.name === undefined) ||
        b.count - a.count ||
        (a.name ?? '').localeCompare(b.name ?? '', 'id'),
    );
}
