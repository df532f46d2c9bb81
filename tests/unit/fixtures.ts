import type { Article, Country, Institution, Topic } from '../../src/lib/types.ts';

export const institutions: Institution[] = [
  {
    id: 'kasn',
    name: 'KASN',
    acronym: 'KASN',
    fullName: 'Komisi Aparatur Sipil Negara',
    country: 'indonesia',
    kind: 'komisi',
  },
  {
    id: 'bkn',
    name: 'BKN',
    acronym: 'BKN',
    fullName: 'Badan Kepegawaian Negara',
    country: 'indonesia',
    kind: 'badan',
  },
  {
    id: 'mpm-korea',
    name: 'MPM',
    fullName: 'Ministry of Personnel Management',
    country: 'korea-selatan',
    kind: 'kementerian',
  },
];
export const topics: Topic[] = [
  { id: 'sistem-merit', name: 'Sistem merit', nameEn: 'Merit system' },
  { id: 'spbe', name: 'SPBE / e-government', nameEn: 'E-government' },
];
export const countries: Country[] = [
  { id: 'korea-selatan', name: 'Korea Selatan', nameEn: 'South Korea' },
  { id: 'vietnam', name: 'Vietnam', nameEn: 'Viet Nam' },
];

/** An inline fixture article; override what the scenario needs. */
export function article(overrides: Partial<Article> & { slug: string; date: string }): Article {
  return {
    title: overrides.slug,
    titleEn: overrides.slug,
    editorialTitle: false,
    dateKind: 'terbit',
    year: Number(overrides.date.slice(0, 4)),
    filePath: `content/articles/${overrides.slug}.md`,
    bodyText: 'Isi.',
    institution: institutions[0]!,
    partnerCountries: [countries[0]!],
    partnerInstitutions: [],
    topics: [topics[0]!],
    people: [],
    summary: 'Ringkasan.',
    summaryEn: 'Summary.',
    source: { credits: [] },
    ...overrides,
  };
}
