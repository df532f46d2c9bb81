import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchIndex } from '../../data/search';

export const getStaticPaths = (async () => {
  const { shards } = await getSearchIndex();
  return shards.map((texts, shard) => ({ params: { shard: String(shard) }, props: { texts } }));
}) satisfies GetStaticPaths;

/** Plain body texts of a shard of articles, fetched only to show result snippets. */
export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['texts']), { headers: { 'Content-Type': 'application/json' } });
