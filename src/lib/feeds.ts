import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { parseIsoDate } from './dates.ts';
import { articleSummary, articleTitle } from './localize.ts';
import {
  DEFAULT_LOCALE,
  LOCALE_INFO,
  localizedPath,
  SOURCE_LOCALE,
  type Locale,
} from './locales.ts';
import { paths } from './paths.ts';
import { categoriesOf, organisationOf } from './provenance.ts';
import { absoluteUrl, type KnownSiteLocation } from './site-url.ts';
import type { Article } from './types.ts';

/** The feed's own name, description and language, and where the site lives (feeds need its address). */
export interface FeedInfo extends KnownSiteLocation {
  title: string;
  description: string;
  /** The feed's language: its titles, summaries and links (Indonesian by default). */
  locale?: Locale | undefined;
}

// The absolute URL of a page in the feed's language.
const urlIn = (info: KnownSiteLocation & { locale?: Locale | undefined }, path: string) =>
  absoluteUrl(info, localizedPath(path, info.locale ?? DEFAULT_LOCALE));

/** How many of the newest articles the feeds carry: feed readers poll, they do not archive. */
export const FEED_SIZE = 50;

/** Site-relative paths of the two feeds. */
export const feedPaths = { rss: 'rss.xml', json: 'feed.json' } as const;

/** A YYYY-MM-DD date at midnight UTC: the same calendar day in Indonesia (UTC+7 to UTC+9). */
export function dateAtUtcMidnight(iso: string): Date {
  const parts = parseIsoDate(iso);
  if (!parts) throw new Error(`Not a date in YYYY-MM-DD form: "${iso}"`);
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
}

/** One RSS item per article: headline, absolute link, date, summary, topics and institution. */
export function rssItems(
  articles: Article[],
  location: KnownSiteLocation & { locale?: Locale | undefined },
): RSSFeedItem[] {
  const locale = location.locale ?? DEFAULT_LOCALE;
  return articles.map((article) => ({
    title: articleTitle(article, locale),
    link: urlIn(location, paths.article(article.slug)),
    pubDate: dateAtUtcMidnight(article.date),
    description: articleSummary(article, locale),
    categories: categoriesOf(article, locale),
  }));
}

// Only URLs go in here, which URL() has already percent-encoded; "&" is all that can remain.
const xmlAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Everything @astrojs/rss needs for /rss.xml: channel in the feed's language, a self link, the items. */
export function rssFeedOptions(articles: Article[], info: FeedInfo): RSSOptions {
  const self = urlIn(info, feedPaths.rss);
  return {
    title: info.title,
    description: info.description,
    site: urlIn(info, paths.home()),
    items: rssItems(articles, info),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData:
      `<language>${LOCALE_INFO[info.locale ?? DEFAULT_LOCALE].lang}</language>` +
      `<atom:link href="${xmlAttribute(self)}" rel="self" type="application/rss+xml"/>`,
  };
}

/** An item of a JSON Feed 1.1. */
export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_text: string;
  date_published: string;
  tags: string[];
  authors: { name: string }[];
  language: string;
}

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1). */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  items: JsonFeedItem[];
}

/**
 * The JSON Feed 1.1 of the archive: every article with its full text, newest first as given.
 * Titles and summaries are in the feed's language; each item's text, and so its language, is the
 * source's Indonesian.
 */
export function jsonFeed(articles: Article[], info: FeedInfo): JsonFeed {
  const locale = info.locale ?? DEFAULT_LOCALE;
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: info.title,
    home_page_url: urlIn(info, paths.home()),
    feed_url: urlIn(info, feedPaths.json),
    description: info.description,
    language: LOCALE_INFO[locale].lang,
    items: articles.map((article) => {
      const url = urlIn(info, paths.article(article.slug));
      return {
        id: url,
        url,
        title: articleTitle(article, locale),
        summary: articleSummary(article, locale),
        content_text: article.bodyText,
        date_published: dateAtUtcMidnight(article.date).toISOString().replace('.000Z', 'Z'),
        tags: categoriesOf(article, locale),
        authors: [{ name: organisationOf(article, locale) }],
        language: LOCALE_INFO[SOURCE_LOCALE].lang,
      };
    }),
  };
}
