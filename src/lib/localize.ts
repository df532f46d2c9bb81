// The archive's own words in the reader's language. Data files name things in Indonesian
// (`name`) and add other languages beside them with the language as a suffix (`nameEn`,
// `nameKo`); where a translation is missing, the Indonesian (or original) name stands.
import { DEFAULT_LOCALE, type Locale } from './locales.ts';
import type { Article } from './types.ts';

/** The key a field has in a language: "name" in Indonesian, "nameEn" in English. */
export function localizedKey(field: string, locale: Locale): string {
  return locale === DEFAULT_LOCALE
    ? field
    : `${field}${locale.charAt(0).toUpperCase()}${locale.slice(1)}`;
}

/** A text field of a data entry in a language, falling back to the default language's. */
export function localized<T extends object, K extends keyof T & string>(
  item: T,
  field: K,
  locale: Locale,
): T[K] {
  const value = (item as Record<string, unknown>)[localizedKey(field, locale)];
  return typeof value === 'string' && value.trim() !== '' ? (value as T[K]) : item[field];
}

/** Whether a data entry has its own text for a field in a language (no fallback). */
export function hasOwn(item: object, field: string, locale: Locale): boolean {
  const value = (item as Record<string, unknown>)[localizedKey(field, locale)];
  return typeof value === 'string' && value.trim() !== '';
}

/** An article's headline in a language: the source's (or editorial) headline, or our translation. */
export function articleTitle(article: Pick<Article, 'title' | 'titleEn'>, locale: Locale): string {
  return localized(article, 'title', locale);
}

/** An article's summary in a language (summaries are always ours). */
export function articleSummary(
  article: Pick<Article, 'summary' | 'summaryEn'>,
  locale: Locale,
): string {
  return localized(article, 'summary', locale);
}
