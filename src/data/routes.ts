// The pages each route builds, shared by every language's route file (src/pages and
// src/pages/en build the same pages from the same archive).
import type { PaginateFunction } from 'astro';
import {
  articlesOfCountry,
  articlesOfInstitution,
  articlesOfTopic,
  articlesOfYear,
  countByYear,
  neighbours,
} from '../lib/listings.ts';
import { LISTING_PAGE_SIZE } from '../lib/pagination.ts';
import { pageKey } from '../lib/page-key.ts';
import { relatedArticles } from '../lib/related.ts';
import { getArchive, siteInputs } from './archive.ts';

/** The archive's pages: 100 articles a page, newest first, with the years for the year links. */
export const ARCHIVE_PAGE_SIZE = 100;

let articlePages: ReturnType<typeof articlePagesOf> | undefined;

async function articlePagesOf() {
  const archive = await getArchive();
  const { articles } = archive;
  const site = siteInputs(archive);
  return articles.map((article) => {
    const { older, newer } = neighbours(articles, article.slug);
    // The older and newer articles have their own links: related articles are others.
    const shown = [older, newer].flatMap((a) => (a ? [a.slug] : []));
    const related = relatedArticles(article, articles, 3, shown);
    return {
      params: { slug: article.slug },
      props: { article, older, newer, related },
      cacheKey: pageKey(site, article, older, newer, related),
    };
  });
}

/** One page per article, with its neighbours and related articles (the same for every language). */
export async function articlePaths(): ReturnType<typeof articlePagesOf> {
  articlePages ??= articlePagesOf();
  // A list of its own for each route: Astro keys the list it is given by that route's paths.
  return (await articlePages).map((page) => ({ ...page }));
}

/** The whole archive in pages. */
export async function archivePaths(paginate: PaginateFunction) {
  const { articles } = await getArchive();
  return paginate(articles, {
    pageSize: ARCHIVE_PAGE_SIZE,
    props: { years: countByYear(articles) },
  });
}

/** Each year's articles in pages, with every year that has articles (for the links to the next ones). */
export async function yearPaths(paginate: PaginateFunction) {
  const { articles } = await getArchive();
  const years = countByYear(articles);
  return years.flatMap(({ year }) =>
    paginate(articlesOfYear(articles, year), {
      params: { tahun: String(year) },
      props: { year, years },
      pageSize: LISTING_PAGE_SIZE,
    }),
  );
}

/** Each institution's articles in pages. */
export async function institutionPaths(paginate: PaginateFunction) {
  const { articles, institutions } = await getArchive();
  return institutions.flatMap((institution) =>
    paginate(articlesOfInstitution(articles, institution.id), {
      params: { slug: institution.id },
      props: { institution },
      pageSize: LISTING_PAGE_SIZE,
    }),
  );
}

/** Each topic's articles in pages. */
export async function topicPaths(paginate: PaginateFunction) {
  const { articles, topics } = await getArchive();
  return topics.flatMap((topic) =>
    paginate(articlesOfTopic(articles, topic.id), {
      params: { slug: topic.id },
      props: { topic },
      pageSize: LISTING_PAGE_SIZE,
    }),
  );
}

/** Each partner country's articles in pages. */
export async function countryPaths(paginate: PaginateFunction) {
  const { articles, countries } = await getArchive();
  return countries.flatMap((country) =>
    paginate(articlesOfCountry(articles, country.id), {
      params: { slug: country.id },
      props: { country },
      pageSize: LISTING_PAGE_SIZE,
    }),
  );
}
