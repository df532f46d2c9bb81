// The one binding between a page and the site: Astro's `site`, `base` and the request's
// language and pathname, handed to the pure factory in src/lib/page-context.ts.
import { createPageContext, type PageContext } from '../lib/page-context.ts';
import { toLocale, type Locale } from '../lib/locales.ts';
import { siteConfigFromEnv, type SiteConfig } from '../lib/site-config.ts';

/** What every page, component and endpoint has from Astro (Astro, or an endpoint's context). */
export interface AstroRequest {
  currentLocale?: string | undefined;
  url: URL;
}

/** Whether the build knows the site's public address (Astro's `site`, from SITE_URL or the site config). */
export function hasPublicAddress(): boolean {
  return Boolean(import.meta.env.SITE);
}

/**
 * The page's context: strings, language, links and dates for the language Astro's i18n routing
 * gives its URL. `path` overrides the page's shared path (the 404 pages, served anywhere).
 */
export function useSite(astro: AstroRequest, path?: string): PageContext {
  return createPageContext({
    site: import.meta.env.SITE || undefined,
    base: import.meta.env.BASE_URL,
    locale: toLocale(astro.currentLocale),
    pathname: path === undefined ? astro.url.pathname : `${import.meta.env.BASE_URL}${path}`,
  });
}

/** The site in one language, for files made outside any request (the citations of a build). */
export function siteIn(locale: Locale): PageContext {
  return useSite({ currentLocale: locale, url: new URL(`file://${import.meta.env.BASE_URL}`) });
}

/** Who curates the archive and how to reach them, as the site config or the build's environment sets them. */
export function curatorSettings(): Pick<SiteConfig, 'curators' | 'contact'> {
  const { curators, contact } = siteConfigFromEnv(process.env);
  return { curators, contact };
}
