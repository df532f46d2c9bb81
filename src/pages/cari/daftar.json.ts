import type { APIRoute } from 'astro';
import { getSearchIndex } from '../../data/search.ts';

/** The result list's table (slugs, titles), loaded with the core: a list renders from it at once. */
export const GET: APIRoute = async () => {
  const { list } = await getSearchIndex();
  return new Response(JSON.stringify(list), { headers: { 'Content-Type': 'application/json' } });
};
