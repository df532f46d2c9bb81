/** Where the site is deployed and where its content lives, set in one place from the environment. */
export interface SiteConfig {
  /** Absolute origin of the deployed site (SITE_URL), e.g. https://arsip.example.go.id */
  site: string;
  /** Sub-path the site is served under (BASE_PATH), always "/" or "/x/". */
  base: string;
  /** Folder holding articles/ and the YAML data (ARCHIVE_CONTENT_DIR; tests point it at fixtures). */
  contentDir: string;
  /** Build output folder (ARCHIVE_OUT_DIR). */
  outDir: string;
  /** Astro's cache folder (ARCHIVE_CACHE_DIR), kept apart per content folder. */
  cacheDir: string;
}

/** Reads the deployment and content settings from the environment, with the defaults. */
export function siteConfigFromEnv(env: Record<string, string | undefined>): SiteConfig {
  const site = env['SITE_URL']?.trim() || 'http://localhost:4321';
  const trimmed = (env['BASE_PATH']?.trim() || '/').replace(/^\/+|\/+$/g, '');
  return {
    site,
    base: trimmed === '' ? '/' : `/${trimmed}/`,
    contentDir: env['ARCHIVE_CONTENT_DIR']?.trim() || './content',
    outDir: env['ARCHIVE_OUT_DIR']?.trim() || './dist',
    cacheDir: env['ARCHIVE_CACHE_DIR']?.trim() || './node_modules/.astro',
  };
}
