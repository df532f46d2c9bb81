import type { APIRoute, GetStaticPaths } from 'astro';
import { feedRoutes, jsonFeedResponse } from '../../data/endpoints.ts';

// /feed.json, built only when the public address is known (a feed needs absolute links).
export const getStaticPaths = (() => feedRoutes('feed')) satisfies GetStaticPaths;

/** JSON Feed 1.1 of the newest articles, with the full text. */
export const GET: APIRoute = (context) => jsonFeedResponse(context);
