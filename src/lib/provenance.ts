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
