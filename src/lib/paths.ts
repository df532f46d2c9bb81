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
} as const;
