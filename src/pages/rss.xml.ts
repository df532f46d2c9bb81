import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArchive } from '../data/archive';
import { ui } from '../i18n/id';
import { rssFeedOptions } from '../lib/feeds';

/** RSS 2.0 feed of every article, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const { articles } = await getArchive();
  return rss(
    rssFeedOptions(articles, {
      site: site ?? 'http://localhost',
      base: import.meta.env.BASE_URL,
      title: ui.siteName,
      description: ui.siteDescription,
    }),
  );
};
