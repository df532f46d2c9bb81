import { paths } from './paths.ts';
import { categoriesOf, organisationOf, publicationDate, sourceTitle } from './provenance.ts';
import { absoluteUrl, type SiteLocation } from './site-url.ts';
import type { Article } from './types.ts';

/** The site's name and location, for metadata naming the archive itself. */
export interface SiteInfo extends SiteLocation {
  siteName: string;
}

const organisation = (name: string) => ({ '@type': 'Organization', name });

/**
 * The schema.org NewsArticle describing an article page. `datePublished` only where the
 * source gives its publication date; otherwise the event date as `contentReferenceTime`.
 * `isBasedOn` names the original publication without a URL (the sources give none).
 */
export function newsArticleJsonLd(article: Article, site: SiteInfo): Record<string, unknown> {
  const url = absoluteUrl(site, paths.article(article.slug));
  const publisher = organisation(organisationOf(article));
  const published = publicationDate(article);
  const originalTitle = sourceTitle(article);
  const { republishedFrom, copyright } = article.source;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    inLanguage: 'id',
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    ...(published ? { datePublished: published } : { contentReferenceTime: article.date }),
    ...(article.dateEnd ? { temporalCoverage: `${article.date}/${article.dateEnd}` } : {}),
    author: publisher,
    publisher,
    about: article.topics.map((topic) => ({ '@type': 'Thing', name: topic.name })),
    articleSection: article.topics[0]?.name,
    keywords: categoriesOf(article),
    isBasedOn: {
      '@type': 'CreativeWork',
      ...(originalTitle ? { name: originalTitle } : {}),
      publisher,
      ...(published ? { datePublished: published } : {}),
      inLanguage: 'id',
      ...(republishedFrom
        ? { isBasedOn: { '@type': 'CreativeWork', publisher: organisation(republishedFrom) } }
        : {}),
    },
    ...(copyright ? { copyrightNotice: copyright } : {}),
    isPartOf: { '@type': 'WebSite', name: site.siteName, url: absoluteUrl(site) },
  };
}

/** JSON for an inline <script type="application/ld+json">: "<", ">", "&" escaped so it cannot close the tag. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Open Graph article tags: published time only where the source gives it, section, tags. */
export function articleOpenGraph(article: Article): { property: string; content: string }[] {
  const published = publicationDate(article);
  return [
    ...(published ? [{ property: 'article:published_time', content: published }] : []),
    { property: 'article:section', content: article.topics[0]?.name ?? '' },
    ...categoriesOf(article).map((tag) => ({ property: 'article:tag', content: tag })),
  ].filter((tag) => tag.content !== '');
}
