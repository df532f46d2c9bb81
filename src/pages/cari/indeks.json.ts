import type { APIRoute } from 'astro';
import { getSearchIndex } from '../../data/search';

/** The static search index, loaded only by the search page. */
export const GET: APIRoute = async () => {
  const { index } = await getSearchIndex();
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
