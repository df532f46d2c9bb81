// Everything a page needs to know about where it lives and which language it speaks, made by a
// pure factory from plain values (src/data/site.ts binds it to Astro's config and the request).
import { stringsFor, type UiStrings } from '../i18n/index.ts';
import { dateRangeParts, formatDate, formatDateRange } from './dates.ts';
import {
  DEFAULT_LOCALE,
  LOCALE_INFO,
  LOCALES,
  localizedPath,
  pagePath,
  type Locale,
} from './locales.ts';
import { localized } from './localize.ts';
import { withBase } from './paths.ts';
import { absoluteUrl, type SiteLocation } from './site-url.ts';

/** The same page in one language, for the language switch and the alternates. */
export interface Alternate {
  locale: Locale;
  lang: string;
  label: string;
  /** Root-relative link (base included). */
  href: string;
  /** Absolute URL; undefined without the site's public address. */
  url: string | undefined;
}

/** A page's view of the site: its language, its strings, its links. */
export interface PageContext {
  locale: Locale;
  /** `<html lang>`. */
  lang: string;
  ogLocale: string;
  t: UiStrings;
  siteName: string;
  /** Where the site is published (origin undefined when unknown) and its base path. */
  location: SiteLocation;
  /** Whether the build knows the site's public address (feeds, canonical URLs, sitemap need it). */
  hasAddress: boolean;
  /** The page's path shared by every language ("artikel/x/"). */
  path: string;
  /** A page of the site in this page's language: base + language prefix + path. */
  href(path: string): string;
  /** A page of the site in a given language. */
  hrefIn(locale: Locale, path: string): string;
  /** A file every language shares (search index, favicon): base + path. */
  asset(path: string): string;
  /** The absolute URL of a page in this language; undefined without the public address. */
  url(path: string): string | undefined;
  /** This page in every language, this one included, in the order of LOCALES. */
  alternates: Alternate[];
  /** This page in the default language, for x-default. */
  defaultAlternate: Alternate;
  /** A data entry's text field in this language ("name" → "nameEn"), falling back to Indonesian. */
  text<T extends object, K extends keyof T & string>(item: T, field: K): T[K];
  /** A YYYY-MM-DD date in this language: "30 August 2021". */
  date(iso: string): string;
  /** A date or range in this language: "3–5 August 2022". */
  dateRange(start: string, end?: string): string;
  /** The two halves of a range, for two <time> elements. */
  dateRangeParts(start: string, end: string): [string, string];
}

/** What a page context is made from. */
export interface PageContextInput {
  /** The public origin, when known (Astro's `site`). */
  site: string | URL | undefined;
  /** The base path ("/" or "/sub/"). */
  base: string;
  locale: Locale;
  /** The page's own pathname (base and language prefix included), e.g. "/sub/en/arsip/". */
  pathname: string;
}

/** Makes a page's context from the site's address, base path, language and pathname. */
export function createPageContext(input: PageContextInput): PageContext {
  const { locale, base } = input;
  const location: SiteLocation = { site: input.site, base };
  const info = LOCALE_INFO[locale];
  const t = stringsFor(locale);
  const path = pagePath(input.pathname, base);
  const hrefIn = (to: Locale, target: string) => withBase(base, localizedPath(target, to));
  const alternate = (to: Locale): Alternate => ({
    locale: to,
    lang: LOCALE_INFO[to].lang,
    label: LOCALE_INFO[to].label,
    href: hrefIn(to, path),
    url: absoluteUrl(location, localizedPath(path, to)),
  });
  return {
    locale,
    lang: info.lang,
    ogLocale: info.ogLocale,
    t,
    siteName: t.siteName,
    location,
    hasAddress: input.site !== undefined,
    path,
    href: (target) => hrefIn(locale, target),
    hrefIn,
    asset: (target) => withBase(base, target),
    url: (target) => absoluteUrl(location, localizedPath(target, locale)),
    alternates: LOCALES.map(alternate),
    defaultAlternate: alternate(DEFAULT_LOCALE),
    text: (item, field) => localized(item, field, locale),
    date: (iso) => formatDate(iso, locale),
    dateRange: (start, end) => formatDateRange(start, end, locale),
    dateRangeParts: (start, end) => dateRangeParts(start, end, locale),
  };
}
