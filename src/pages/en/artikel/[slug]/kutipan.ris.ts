import type { APIRoute, GetStaticPaths } from 'astro';
import { risResponse } from '../../../../data/endpoints.ts';
import { articlePaths } from '../../../../data/routes.ts';
import type { Article } from '../../../../lib/types.ts';

export const getStaticPaths = (() => articlePaths()) satisfies GetStaticPaths;

/** The article's citation as an RIS file, for reference managers. */
export const GET: APIRoute<{ article: Article }> = (context) =>
  risResponse(context, context.props.article);
