import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { parseIsoDate } from './dates.ts';
import { paths } from './paths.ts';
import { categoriesOf, organisationOf } from './provenance.ts';
import { absoluteUrl, type SiteLocation } from './site-url.ts';
import type { Article } from './types.ts';

/** The feed's own name and description, and where the site lives. */
export interface FeedInfo extends SiteLocation {
  title: string;
  description: string;
}

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
export function rssItems(articles: Article[], location: SiteLocation): RSSFeedItem[] {
  return articles.map((article) => ({
    title: article.title,
    link: absoluteUrl(location, paths.article(article.slug)),
    pubDate: dateAtUtcMidnight(article.date),
    description: article.summary,
    categories: categoriesOf(article),
  }));
}

// Only URLs go in here, which URL() has already percent-encoded; "&" is all that can remain.
const xmlAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Everything @astrojs/rss needs for /rss.xml: channel in Indonesian, a self link, the items. */
export function rssFeedOptions(articles: Article[], info: FeedInfo): RSSOptions {
  const self = absoluteUrl(info, feedPaths.rss);
  return {
    title: info.title,
    description: info.description,
    site: absoluteUrl(info),
    items: rssItems(articles, info),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData:
      '<language>id</language>' +
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

/** The JSON Feed 1.1 of the archive: every article with its full text, newest first as given. */
export function jsonFeed(articles: Article[], info: FeedInfo): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: info.title,
    home_page_url: absoluteUrl(info),
    feed_url: absoluteUrl(info, feedPaths.json),
    description: info.description,
    language: 'id',
    items: articles.map((article) => {
      const url = absoluteUrl(info, paths.article(article.slug));
      return {
        id: url,
        url,
        title: article.title,
        summary: article.summary,
        content_text: article.bodyText,
        date_published: dateAtUtcMidnight(article.date).toISOString().replace('.000Z', 'Z'),
        tags: categoriesOf(article),
        authors: [{ name: organisationOf(article) }],
        language: 'id',
      };
    }),
  };
}
