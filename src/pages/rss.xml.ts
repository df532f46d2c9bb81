import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArchive } from '../data/archive.ts';
import { ui } from '../i18n/id.ts';
import { FEED_SIZE, rssFeedOptions } from '../lib/feeds.ts';

/** RSS 2.0 feed of the newest FEED_SIZE articles. */
export const GET: APIRoute = async ({ site }) => {
  const { articles } = await getArchive();
  return rss(
    rssFeedOptions(articles.slice(0, FEED_SIZE), {
      site: site ?? 'http://localhost',
      base: import.meta.env.BASE_URL,
      title: ui.siteName,
      description: ui.siteDescription,
    }),
  );
};
