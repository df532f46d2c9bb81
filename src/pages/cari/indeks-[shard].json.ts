import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchIndex } from '../../data/search.ts';

export const getStaticPaths = (async () => {
  const { shards } = await getSearchIndex();
  return shards.map((postings, shard) => ({
    params: { shard: String(shard) },
    props: { postings },
  }));
}) satisfies GetStaticPaths;

/** One shard of the postings: the search page fetches only the shards its query's terms are in. */
export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['postings']), {
    headers: { 'Content-Type': 'application/json' },
  });
