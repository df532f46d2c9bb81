import type { GetStaticPaths } from 'astro';
import { fileResponse, nonPagePaths } from '../../../data/build-files.ts';
import { searchDocFiles } from '../../../data/search.ts';

export const getStaticPaths = nonPagePaths('search-docs', searchDocFiles) satisfies GetStaticPaths;

/** One result's body text and our summaries, for its snippet: fetched only once it is shown. */
export const GET = fileResponse('application/json');
