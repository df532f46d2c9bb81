import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../data/archive.ts';
import { ui } from '../../../i18n/id.ts';
import { citationFacts, risCitation } from '../../../lib/citation.ts';
import type { Article } from '../../../lib/types.ts';

export const getStaticPaths = (async () => {
  const { articles } = await getArchive();
  return articles.map((article) => ({ params: { slug: article.slug }, props: { article } }));
}) satisfies GetStaticPaths;

/** The article's citation as an RIS file, for reference managers. */
export const GET: APIRoute<{ article: Article }> = ({ props, site }) => {
  const facts = citationFacts(props.article, {
    site: site ?? 'http://localhost',
    base: import.meta.env.BASE_URL,
    siteName: ui.siteName,
  });
  return new Response(risCitation(facts, props.article), {
    headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
  });
};
