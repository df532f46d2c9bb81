import { articleSummary, articleTitle, localized } from './localize.ts';
import { DEFAULT_LOCALE, localizedPath, SOURCE_LOCALE, type Locale } from './locales.ts';
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
 * The schema.org NewsArticle describing an article page in a language (headline, description
 * and names in it; the text itself is Indonesian). `datePublished` only where the source gives
 * its publication date; otherwise the event date as `contentReferenceTime`. `isBasedOn` names
 * the original publication without a URL. Without the site's public address there are no URLs.
 */
export function newsArticleJsonLd(
  article: Article,
  site: SiteInfo,
  locale: Locale = DEFAULT_LOCALE,
): Record<string, unknown> {
  const url = absoluteUrl(site, localizedPath(paths.article(article.slug), locale));
  const home = absoluteUrl(site, localizedPath(paths.home(), locale));
  const publisher = organisation(organisationOf(article, locale));
  const published = publicationDate(article);
  const originalTitle = sourceTitle(article);
  const headline = articleTitle(article, locale);
  const { republishedFrom, copyright } = article.source;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    ...(headline !== article.title ? { alternativeHeadline: article.title } : {}),
    description: articleSummary(article, locale),
    inLanguage: SOURCE_LOCALE,
    ...(url ? { url, mainEntityOfPage: { '@type': 'WebPage', '@id': url } } : {}),
    ...(published ? { datePublished: published } : { contentReferenceTime: article.date }),
    ...(article.dateEnd ? { temporalCoverage: `${article.date}/${article.dateEnd}` } : {}),
    author: publisher,
    publisher,
    about: article.topics.map((topic) => ({
      '@type': 'Thing',
      name: localized(topic, 'name', locale),
    })),
    articleSection: article.topics[0] && localized(article.topics[0], 'name', locale),
    keywords: categoriesOf(article, locale),
    isBasedOn: {
      '@type': 'CreativeWork',
      ...(originalTitle ? { name: originalTitle } : {}),
      publisher,
      ...(published ? { datePublished: published } : {}),
      inLanguage: SOURCE_LOCALE,
      ...(republishedFrom
        ? { isBasedOn: { '@type': 'CreativeWork', publisher: organisation(republishedFrom) } }
        : {}),
    },
    ...(copyright ? { copyrightNotice: copyright } : {}),
    isPartOf: { '@type': 'WebSite', name: site.siteName, ...(home ? { url: home } : {}) },
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

/** Open Graph article tags in a language: published time only where the source gives it, section, tags. */
export function articleOpenGraph(
  article: Article,
  locale: Locale = DEFAULT_LOCALE,
): { property: string; content: string }[] {
  const published = publicationDate(article);
  const section = article.topics[0];
  return [
    ...(published ? [{ property: 'article:published_time', content: published }] : []),
    { property: 'article:section', content: section ? localized(section, 'name', locale) : '' },
    ...categoriesOf(article, locale).map((tag) => ({ property: 'article:tag', content: tag })),
  ].filter((tag) => tag.content !== '');
}
