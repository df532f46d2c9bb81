import { withBase } from './paths.ts';

/** Where the site is published: its origin (SITE_URL, undefined when unknown) and base path (BASE_PATH). */
export interface SiteLocation {
  site: string | URL | undefined;
  base: string;
}

/** A site location whose public address is known. */
export interface KnownSiteLocation extends SiteLocation {
  site: string | URL;
}

/**
 * The absolute URL of a site-relative path, e.g. "artikel/a/" → "https://x.id/sub/artikel/a/";
 * undefined when the site's public address is not known (never a guessed one).
 */
export function absoluteUrl(location: KnownSiteLocation, path?: string): string;
export function absoluteUrl(location: SiteLocation, path?: string): string | undefined;
export function absoluteUrl(location: SiteLocation, path = ''): string | undefined {
  return location.site === undefined
    ? undefined
    : new URL(withBase(location.base, path), location.site).href;
}
