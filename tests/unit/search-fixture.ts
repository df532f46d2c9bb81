// A small archive for the search library's tests.
import { article, countries, institutions, topics } from './fixtures.ts';
import type { GlossaryEntry } from '../../src/lib/types.ts';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';

/** Two glossary entries: an acronym with an alias, and a short form of a country's name. */
export const glossary: GlossaryEntry[] = [
  {
    id: 'spbe',
    term: 'SPBE',
    expansion: 'Sistem Pemerintahan Berbasis Elektronik',
    lang: 'id' as const,
    description: '',
    aliases: ['e-government'],
  },
  {
    id: 'korsel',
    term: 'Korsel',
    expansion: 'Korea Selatan',
    lang: 'id' as const,
    description: '',
  },
];

/** Three articles, each a scenario of its own: SPBE, e-government and the merit system. */
export const sources = [
  {
    article: article({
      slug: '2019-01-01-spbe',
      date: '2019-01-01',
      title: 'Penerapan SPBE di daerah',
      institution: institutions[1]!,
      topics: [topics[1]!],
    }),
    body: 'Pemerintah mendorong penerapan SPBE. Kerjasama dengan Korea Selatan berlanjut; pungkasnya.',
  },
  {
    article: article({
      slug: '2020-01-01-egov',
      date: '2020-01-01',
      title: 'Forum administrasi publik',
      institution: institutions[1]!,
      topics: [topics[1]!],
      partnerCountries: [countries[1]!],
    }),
    body: 'Forum membahas e-government dan kerja sama pelayanan publik. Reformasi birokrasi berjalan.',
  },
  {
    article: article({
      slug: '2021-01-01-merit',
      date: '2021-01-01',
      title: 'Sistem merit ASN',
      partnerCountries: [countries[1]!],
    }),
    body: 'Pengawasan sistem merit oleh komisi, juga layanan publik dan reformasi.',
  },
];

/** The search index built from the three articles. */
export const built = buildSearchIndex(sources, { institutions, topics, countries, glossary });
