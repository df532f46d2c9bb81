import type { GetStaticPaths } from 'astro';
import { fileResponse, nonPagePaths } from '../../data/build-files.ts';
import { searchShardFiles } from '../../data/search.ts';

export const getStaticPaths = nonPagePaths(
  'search-shards',
  searchShardFiles,
) satisfies GetStaticPaths;

/** One shard of the postings: the search page fetches only the shards its query's terms are in. */
export const GET = fileResponse('application/json');
