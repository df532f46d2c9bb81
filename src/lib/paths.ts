/** Joins the site's base path ("/" or "/sub/") with a site-relative path ("artikel/x/"). */
export function withBase(base: string, path = ''): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

/** Site-relative paths of every kind of page: one place that knows the URL scheme. */
export const paths = {
  home: () => '',
  article: (slug: string) => `artikel/${slug}/`,
  archive: () => 'arsip/',
  year: (year: number | string) => `tahun/${year}/`,
  institutions: () => 'instansi/',
  institution: (id: string) => `instansi/${id}/`,
  topics: () => 'topik/',
  topic: (id: string) => `topik/${id}/`,
  countries: () => 'negara/',
  country: (id: string) => `negara/${id}/`,
  search: () => 'cari/',
  glossary: () => 'glosarium/',
  glossaryEntry: (id: string) => `glosarium/#${id}`,
  timeline: () => 'linimasa/',
  about: () => 'tentang/',
  /** The picture shared with an article's links (og:image), one for every language. */
  articleCard: (slug: string) => `og/${slug}.jpg`,
  /** The picture shared with every other page's links. */
  siteCard: () => 'og/arsip.jpg',
} as const;

// The header's sections and the pages that belong to each: a year page or an article lies
// within the archive, an institution's page within the institutions.
const SECTIONS: { section: string; within: string[] }[] = [
  { section: paths.archive(), within: ['arsip/', 'tahun/', 'artikel/'] },
  { section: paths.institutions(), within: ['instansi/'] },
  { section: paths.topics(), within: ['topik/'] },
  { section: paths.countries(), within: ['negara/'] },
  { section: paths.timeline(), within: ['linimasa/'] },
  { section: paths.glossary(), within: ['glosarium/'] },
];

/**
 * How a header section relates to the page at `path` (shared by every language, "tahun/2019/"):
 * "page" when the page is the section's own, "true" when it lies within it, else undefined.
 */
export function currentSection(section: string, path: string): 'page' | 'true' | undefined {
  if (path === section) return 'page';
  const entry = SECTIONS.find((s) => s.section === section);
  return entry?.within.some((prefix) => path.startsWith(prefix)) ? 'true' : undefined;
}
