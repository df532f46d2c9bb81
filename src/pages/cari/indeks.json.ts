import type { APIRoute } from 'astro';
import { getSearchIndex } from '../../data/search.ts';

/** The core of the search index, loaded only by the search page. */
export const GET: APIRoute = async () => {
  const { core } = await getSearchIndex();
  return new Response(JSON.stringify(core), { headers: { 'Content-Type': 'application/json' } });
};
