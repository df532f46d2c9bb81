import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/site-url.ts';

/** Lets every crawler in and names the sitemap by its absolute URL. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(
    { site: site ?? 'http://localhost', base: import.meta.env.BASE_URL },
    'sitemap-index.xml',
  );
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
