import type { APIRoute } from 'astro';
import { getArchive } from '../data/archive';
import { ui } from '../i18n/id';
import { jsonFeed } from '../lib/feeds';

/** JSON Feed 1.1 of every article, newest first, with the full text. */
export const GET: APIRoute = async ({ site }) => {
  const { articles } = await getArchive();
  const feed = jsonFeed(articles, {
    site: site ?? 'http://localhost',
    base: import.meta.env.BASE_URL,
    title: ui.siteName,
    description: ui.siteDescription,
  });
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
