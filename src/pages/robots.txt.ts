import type { APIRoute } from 'astro';
import { robotsResponse } from '../data/endpoints.ts';

/** Lets every crawler in and names the sitemap by its absolute URL (when the address is known). */
export const GET: APIRoute = (context) => robotsResponse(context);
