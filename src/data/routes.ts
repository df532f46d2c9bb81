// The pages each route builds, shared by every language's route file (src/pages and
// src/pages/en build the same pages from the same archive).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, PaginateFunction } from 'astro';
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
import { rankAll, type RelatedState } from '../lib/related.ts';
import { replaceFile } from '../lib/replace-file.ts';
import { siteConfigFromEnv } from '../lib/site-config.ts';
import { getArchive, siteInputs } from './archive.ts';

/** The archive's pages: 100 articles a page, newest first, with the years for the year links. */
export const ARCHIVE_PAGE_SIZE = 100;

/** Related articles an article page lists. */
const RELATED = 3;

let articlePages: ReturnType<typeof articlePagesOf> | undefined;

// The related articles the last build worked out, kept in the cache for the next one.
const relatedFile = () => join(siteConfigFromEnv(process.env).cacheDir, 'related.json');

function lastRelated(): RelatedState | undefined {
  try {
    return JSON.parse(readFileSync(relatedFile(), 'utf8')) as RelatedState;
  } catch {
    return undefined;
  }
}

function keepRelated(state: RelatedState): void {
  replaceFile(relatedFile(), JSON.stringify(state));
}

async function articlePagesOf() {
  const archive = await getArchive();
  const { articles } = archive;
  const site = siteInputs(archive);
  // Ranked two further than shown: the older and newer articles are left out of each list.
  const { ranked, state } = rankAll(articles, RELATED + 2, lastRelated());
  keepRelated(state);
  return articles.map((article, i) => {
    const { older, newer } = neighbours(articles, article.slug);
    // The older and newer articles have their own links: related articles are others.
    const shown = new Set([older, newer].flatMap((a) => (a ? [a.slug] : [])));
    const related = ranked[i]!.filter((a) => !shown.has(a.slug)).slice(0, RELATED);
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

/**
 * Listing pages with their cache keys: what each page lists and everything else its props
 * hold, with the taxonomies, glossary and curators every page may show.
 */
function keyed<T extends { props: { page: Page } & Record<string, unknown> }>(
  pages: T[],
  site: object,
): (T & { cacheKey: string })[] {
  return pages.map((path) => {
    const { page, ...rest } = path.props;
    const place = [page.currentPage, page.lastPage, page.total, page.size].join('/');
    return { ...path, cacheKey: pageKey(site, page.data as object[], place, rest) };
  });
}

/** The whole archive in pages. */
export async function archivePaths(paginate: PaginateFunction) {
  const archive = await getArchive();
  const { articles } = archive;
  return keyed(
    paginate(articles, {
      pageSize: ARCHIVE_PAGE_SIZE,
      props: { years: countByYear(articles) },
    }),
    siteInputs(archive),
  );
}

/** Each year's articles in pages, with every year that has articles (for the links to the next ones). */
export async function yearPaths(paginate: PaginateFunction) {
  const archive = await getArchive();
  const { articles } = archive;
  const years = countByYear(articles);
  return keyed(
    years.flatMap(({ year }) =>
      paginate(articlesOfYear(articles, year), {
        params: { tahun: String(year) },
        props: { year, years },
        pageSize: LISTING_PAGE_SIZE,
      }),
    ),
    siteInputs(archive),
  );
}

/** Each institution's articles in pages. */
export async function institutionPaths(paginate: PaginateFunction) {
  const archive = await getArchive();
  const { articles, institutions } = archive;
  return keyed(
    institutions.flatMap((institution) =>
      paginate(articlesOfInstitution(articles, institution.id), {
        params: { slug: institution.id },
        props: { institution },
        pageSize: LISTING_PAGE_SIZE,
      }),
    ),
    siteInputs(archive),
  );
}

/** Each topic's articles in pages. */
export async function topicPaths(paginate: PaginateFunction) {
  const archive = await getArchive();
  const { articles, topics } = archive;
  return keyed(
    topics.flatMap((topic) =>
      paginate(articlesOfTopic(articles, topic.id), {
        params: { slug: topic.id },
        props: { topic },
        pageSize: LISTING_PAGE_SIZE,
      }),
    ),
    siteInputs(archive),
  );
}

/** Each partner country's articles in pages. */
export async function countryPaths(paginate: PaginateFunction) {
  const archive = await getArchive();
  const { articles, countries } = archive;
  return keyed(
    countries.flatMap((country) =>
      paginate(articlesOfCountry(articles, country.id), {
        params: { slug: country.id },
        props: { country },
        pageSize: LISTING_PAGE_SIZE,
      }),
    ),
    siteInputs(archive),
  );
}
