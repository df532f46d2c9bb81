import type { APIRoute, GetStaticPaths } from 'astro';
import { feedRoutes, rssResponse } from '../../data/endpoints.ts';

// /rss.xml, built only when the public address is known (a feed needs absolute links).
export const getStaticPaths = (() => feedRoutes('rss')) satisfies GetStaticPaths;

/** RSS 2.0 feed of the newest articles. */
export const GET: APIRoute = (context) => rssResponse(context);
