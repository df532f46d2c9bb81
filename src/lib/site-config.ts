/**
 * The archive's public address: its origin (and nothing else), e.g. "https://arsip.example.go.id".
 * Write it here once the archive has one; SITE_URL at build time overrides it. Until then the
 * build leaves out what needs an absolute address (see README, Deploy).
 */
export const PUBLIC_ADDRESS: string | undefined = undefined;

/** Where the site is deployed and where its content lives, set in one place from the environment. */
export interface SiteConfig {
  /** Absolute origin of the deployed site (SITE_URL, else PUBLIC_ADDRESS); undefined when none is known. */
  site: string | undefined;
  /** Sub-path the site is served under (BASE_PATH), always "/" or "/x/". */
  base: string;
  /** Folder holding articles/ and the YAML data (ARCHIVE_CONTENT_DIR; tests point it at fixtures). */
  contentDir: string;
  /** Build output folder (ARCHIVE_OUT_DIR). */
  outDir: string;
  /** Astro's cache folder (ARCHIVE_CACHE_DIR), kept apart per content folder. */
  cacheDir: string;
}

/** Checks a public address: an http(s) origin; returns it without a trailing slash, or throws saying what is wrong. */
export function publicAddress(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `SITE_URL "${value}" is not an address — expected e.g. https://arsip.example.go.id`,
    );
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_URL "${value}" — expected the site's origin only (https://host), with a sub-path in BASE_PATH`,
    );
  }
  return url.origin;
}

/** Reads the deployment and content settings from the environment, with the defaults. */
export function siteConfigFromEnv(env: Record<string, string | undefined>): SiteConfig {
  const given = env['SITE_URL']?.trim() || PUBLIC_ADDRESS;
  const trimmed = (env['BASE_PATH']?.trim() || '/').replace(/^\/+|\/+$/g, '');
  return {
    site: given ? publicAddress(given) : undefined,
    base: trimmed === '' ? '/' : `/${trimmed}/`,
    contentDir: env['ARCHIVE_CONTENT_DIR']?.trim() || './content',
    outDir: env['ARCHIVE_OUT_DIR']?.trim() || './dist',
    cacheDir: env['ARCHIVE_CACHE_DIR']?.trim() || './node_modules/.astro',
  };
}

/** The one line the build prints when it knows no public address. */
export const NO_ADDRESS_WARNING =
  'No public address: set SITE_URL (e.g. SITE_URL=https://arsip.example.go.id npm run build); until then the build leaves out canonical and og:url tags, language alternates, feeds, sitemap and the Sitemap line of robots.txt, and citations take the address the reader is on.';
