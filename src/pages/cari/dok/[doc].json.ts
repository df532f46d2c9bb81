import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchIndex } from '../../../data/search.ts';

export const getStaticPaths = (async () => {
  const { docs } = await getSearchIndex();
  return docs.map((doc, index) => ({ params: { doc: String(index) }, props: { doc } }));
}) satisfies GetStaticPaths;

/** One result's body text and our summaries, for its snippet: fetched only once it is shown. */
export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['doc']), { headers: { 'Content-Type': 'application/json' } });
