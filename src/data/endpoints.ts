// The files that are not pages (feeds, citation files, robots.txt), built for the language
// of the URL they are served at.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { citationFacts, risCitation, risPath } from '../lib/citation.ts';
import { FEED_SIZE, jsonFeed, rssFeedOptions } from '../lib/feeds.ts';
import { absoluteUrl } from '../lib/site-url.ts';
import { localizedPath, type Locale } from '../lib/locales.ts';
import { getArchive } from './archive.ts';
import type { RouteFile } from './build-files.ts';
import { hasPublicAddress, siteIn, useSite } from './site.ts';

// The feeds need absolute links: they are built only when the public address is known.
const feedInfo = (context: APIContext) => {
  const site = useSite(context);
  const origin = site.location.site;
  if (origin === undefined) throw new Error('The feeds are built only with the public address.');
  return {
    site: origin,
    base: site.location.base,
    locale: site.locale,
    title: site.t.siteName,
    description: site.t.siteDescription,
  };
};

/** The feeds' route parameters: one set when the public address is known, none otherwise. */
export function feedRoutes(param: string): { params: Record<string, string> }[] {
  return hasPublicAddress() ? [{ params: { [param]: param } }] : [];
}

/** RSS 2.0 of the newest FEED_SIZE articles, in the URL's language. */
export async function rssResponse(context: APIContext): Promise<Response> {
  const { articles } = await getArchive();
  return rss(rssFeedOptions(articles.slice(0, FEED_SIZE), feedInfo(context)));
}

/** JSON Feed 1.1 of the newest FEED_SIZE articles with the full text, in the URL's language. */
export async function jsonFeedResponse(context: APIContext): Promise<Response> {
  const { articles } = await getArchive();
  const feed = jsonFeed(articles.slice(0, FEED_SIZE), feedInfo(context));
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}

/** The RIS files' media type. */
export const RIS_TYPE = 'application/x-research-info-systems; charset=utf-8';

/** Every article's citation as an RIS file, for reference managers, in one language. */
export async function citationFiles(locale: Locale): Promise<RouteFile[]> {
  const { articles } = await getArchive();
  const site = siteIn(locale);
  const where = { ...site.location, siteName: site.t.siteName };
  return articles.map((article) => ({
    params: { slug: article.slug },
    path: localizedPath(risPath(article.slug), locale),
    body: risCitation(citationFacts(article, where, locale)),
  }));
}

/** robots.txt: every crawler welcome; the sitemap named by its absolute URL when there is one. */
export function robotsResponse(context: APIContext): Response {
  const sitemap = absoluteUrl(useSite(context).location, 'sitemap-index.xml');
  const lines = ['User-agent: *', 'Allow: /', ...(sitemap ? ['', `Sitemap: ${sitemap}`] : [])];
  return new Response(`${lines.join('\n')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
