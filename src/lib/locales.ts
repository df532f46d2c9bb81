// The archive's languages and how their URLs are shaped: Indonesian at the root, every other
// language under its own prefix with the same paths (/en/artikel/<slug>/, /en/cari/?q=…).

/** Every language the archive is published in; the first is the default, served at the root. */
export const LOCALES = ['id', 'en'] as const;

/** A language of the archive. */
export type Locale = (typeof LOCALES)[number];

/** The language served at the root of the site. */
export const DEFAULT_LOCALE: Locale = 'id';

/** What a page in a language declares about itself. */
export interface LocaleInfo {
  /** BCP 47 tag for `<html lang>`, `hreflang` and the sitemap. */
  lang: string;
  /** Open Graph locale (language_TERRITORY). */
  ogLocale: string;
  /** The language's name in that language, for the language switch. */
  label: string;
}

/** Each language's tags and its own name. */
export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  id: { lang: 'id', ogLocale: 'id_ID', label: 'Bahasa Indonesia' },
  en: { lang: 'en', ogLocale: 'en_US', label: 'English' },
};

/** Whether a string names one of the archive's languages. */
export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** The language a value names, or the default language. */
export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** The path prefix of a language: "" for the default, "en/" for English. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `${locale}/`;
}

/** A site-relative path ("artikel/x/") in a language: "en/artikel/x/". */
export function localizedPath(path: string, locale: Locale): string {
  return `${localePrefix(locale)}${path.replace(/^\/+/, '')}`;
}

/**
 * Splits a site-relative path (base already removed) into its language and the path every
 * language shares: "en/arsip/" → { locale: "en", path: "arsip/" }; "arsip/" → { "id", "arsip/" }.
 */
export function splitLocale(sitePath: string): { locale: Locale; path: string } {
  const path = sitePath.replace(/^\/+/, '');
  const [first = '', ...rest] = path.split('/');
  if (first !== DEFAULT_LOCALE && isLocale(first) && (rest.length > 0 || path === first)) {
    return { locale: first, path: rest.join('/') };
  }
  return { locale: DEFAULT_LOCALE, path };
}

/** The site-relative path of the page a pathname ("/base/en/arsip/") shows, without base or language. */
export function pagePath(pathname: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const inside = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\/+/, '');
  return splitLocale(inside).path;
}

/** The language the archived texts are written in: the sources' own, whatever the page's language. */
export const SOURCE_LOCALE: Locale = 'id';
