/** Where the site is deployed, set in one place from the environment (see README, "Deploy"). */
export interface SiteConfig {
  /** Absolute origin of the deployed site, e.g. https://arsip.example.go.id */
  site: string;
  /** Sub-path the site is served under, always starting and ending with "/" (e.g. "/arsip/"). */
  base: string;
}

/** Reads SITE_URL and BASE_PATH, normalising the base to "/x/" form. */
export function siteConfigFromEnv(env: Record<string, string | undefined>): SiteConfig {
  const site = env['SITE_URL']?.trim() || 'http://localhost:4321';
  const rawBase = env['BASE_PATH']?.trim() || '/';
  const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return { site, base };
}
