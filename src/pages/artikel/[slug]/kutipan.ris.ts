import type { GetStaticPaths } from 'astro';
import { fileResponse, nonPagePaths } from '../../../data/build-files.ts';
import { citationFiles, RIS_TYPE } from '../../../data/endpoints.ts';

export const getStaticPaths = nonPagePaths('citations-id', () =>
  citationFiles('id'),
) satisfies GetStaticPaths;

/** The article's citation as an RIS file, for reference managers. */
export const GET = fileResponse(RIS_TYPE);
