import type { APIRoute } from 'astro';
import { getArchive } from '../data/archive.ts';
import { ui } from '../i18n/id.ts';
import { FEED_SIZE, jsonFeed } from '../lib/feeds.ts';

/** JSON Feed 1.1 of the newest FEED_SIZE articles, with the full text. */
export const GET: APIRoute = async ({ site }) => {
  const { articles } = await getArchive();
  const feed = jsonFeed(articles.slice(0, FEED_SIZE), {
    site: site ?? 'http://localhost',
    base: import.meta.env.BASE_URL,
    title: ui.siteName,
    description: ui.siteDescription,
  });
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
