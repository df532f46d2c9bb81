import { withBase } from './paths.ts';

/** Where the site is published: its origin (SITE_URL) and base path (BASE_PATH). */
export interface SiteLocation {
  site: string | URL;
  base: string;
}

/** The absolute URL of a site-relative path, e.g. "artikel/a/" → "https://x.id/sub/artikel/a/". */
export function absoluteUrl(location: SiteLocation, path = ''): string {
  return new URL(withBase(location.base, path), location.site).href;
}
