/**
 * The archive's public address: its origin (and nothing else), e.g. "https://arsip.example.go.id".
 * Write it here once the archive has one; SITE_URL at build time overrides it. Until then the
 * build leaves out what needs an absolute address (see README, Deploy).
 */
export const PUBLIC_ADDRESS: string | undefined = undefined;

/**
 * Who curates the archive (a person, a team or an office), shown on the about page. Write it here
 * once it is decided; ARCHIVE_CURATORS at build time overrides it. Until then the page says the
 * curators are not yet named.
 */
export const CURATORS: string | undefined = undefined;

/**
 * How to reach the curators: an e-mail address or an http(s) address of a contact page. Write it
 * here once there is one; ARCHIVE_CONTACT at build time overrides it. Until then the about page
 * says there is no contact address yet (never a made-up one).
 */
export const CONTACT: string | undefined = undefined;

/** A way to reach the curators, as the about page links it. */
export interface Contact {
  /** What the page shows: the e-mail address or the web address. */
  text: string;
  /** The link: mailto: for an e-mail address, else the web address. */
  href: string;
}

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
  /** Who curates the archive (ARCHIVE_CURATORS, else CURATORS); undefined until named. */
  curators: string | undefined;
  /** How to reach them (ARCHIVE_CONTACT, else CONTACT); undefined until there is an address. */
  contact: Contact | undefined;
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

const EMAIL = /^[^\s@<>()"']+@[^\s@<>()"']+\.[^\s@<>()"']+$/;

/** Checks a contact address: an e-mail address or an http(s) URL; throws saying what is wrong. */
export function contactAddress(value: string): Contact {
  const text = value.trim().replace(/^mailto:/i, '');
  if (EMAIL.test(text)) return { text, href: `mailto:${text}` };
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol)) {
    throw new Error(
      `ARCHIVE_CONTACT "${value}" is neither an e-mail address nor a web address — expected e.g. arsip@example.go.id or https://example.go.id/kontak`,
    );
  }
  return { text, href: url.href };
}

/** Reads the deployment and content settings from the environment, with the defaults. */
export function siteConfigFromEnv(env: Record<string, string | undefined>): SiteConfig {
  const given = env['SITE_URL']?.trim() || PUBLIC_ADDRESS;
  const contact = env['ARCHIVE_CONTACT']?.trim() || CONTACT;
  const trimmed = (env['BASE_PATH']?.trim() || '/').replace(/^\/+|\/+$/g, '');
  return {
    site: given ? publicAddress(given) : undefined,
    base: trimmed === '' ? '/' : `/${trimmed}/`,
    contentDir: env['ARCHIVE_CONTENT_DIR']?.trim() || './content',
    outDir: env['ARCHIVE_OUT_DIR']?.trim() || './dist',
    cacheDir: env['ARCHIVE_CACHE_DIR']?.trim() || './node_modules/.astro',
    curators: env['ARCHIVE_CURATORS']?.trim() || CURATORS,
    contact: contact ? contactAddress(contact) : undefined,
  };
}

/** The one line the build prints when it knows no public address. */
export const NO_ADDRESS_WARNING =
  'No public address: set SITE_URL (e.g. SITE_URL=https://arsip.example.go.id npm run build); until then the build leaves out canonical and og:url tags, language alternates, feeds, sitemap and the Sitemap line of robots.txt, and citations take the address the reader is on.';
