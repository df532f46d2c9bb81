import { describe, expect, it } from 'vitest';
import {
  countTerm,
  mainInstitution,
  suggestCountries,
  suggestInstitutions,
  suggestTopics,
  withPartnerCountries,
} from './suggestions.ts';
import type { ArchiveData } from './types.ts';

const data: ArchiveData = {
  institutions: [
    {
      id: 'kasn',
      name: 'KASN',
      acronym: 'KASN',
      fullName: 'Komisi Aparatur Sipil Negara',
      country: 'indonesia',
      kind: 'komisi',
    },
    {
      id: 'kemenpanrb',
      name: 'Kementerian PANRB',
      fullName: 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi',
      country: 'indonesia',
      kind: 'kementerian',
      aliases: ['Menpan RB', 'PANRB'],
    },
    {
      id: 'mpm-korea',
      name: 'Ministry of Personnel Management',
      acronym: 'MPM',
      fullName:
        'Ministry of Personnel Management (Kementerian Manajemen Kepegawaian Korea Selatan)',
      country: 'korea-selatan',
      kind: 'kementerian',
    },
  ],
  topics: [
    { id: 'spbe', name: 'SPBE / e-government', nameEn: 'E-government' },
    { id: 'manajemen-asn', name: 'Manajemen ASN', nameEn: 'Civil-service management' },
    { id: 'reformasi-birokrasi', name: 'Reformasi birokrasi', nameEn: 'Bureaucratic reform' },
    {
      id: 'kerja-sama-asean',
      name: 'Kerja sama ASEAN',
      nameEn: 'ASEAN cooperation',
      description: 'Forum ASEAN dan ASEAN+3.',
    },
  ],
  countries: [
    {
      id: 'korea-selatan',
      name: 'Korea Selatan',
      nameEn: 'South Korea',
      aliases: ['Korsel', 'Republik Korea'],
    },
    { id: 'vietnam', name: 'Vietnam', nameEn: 'Viet Nam' },
  ],
  glossary: [
    {
      id: 'spbe',
      term: 'SPBE',
      expansion: 'Sistem Pemerintahan Berbasis Elektronik',
      lang: 'id',
      description: '',
      aliases: ['e-government', 'e-goverment'],
    },
    { id: 'asn', term: 'ASN', expansion: 'Aparatur Sipil Negara', lang: 'id', description: '' },
    {
      id: 'asean',
      term: 'ASEAN',
      expansion: 'Association of Southeast Asian Nations',
      lang: 'en',
      description: '',
    },
  ],
};
const ids = (list: { id: string }[]) => list.map((s) => s.id);

describe('countTerm', () => {
  it.each([
    ['Komisioner KASN, Rudiarto', 'KASN', 1],
    ['"… kita bisa saling bertukar ilmu," pungkasnya.', 'KASN', 0],
    ['Komisioner kasn', 'KASN', 0],
    ['Wakasnya KASN-nya', 'KASN', 1],
    ['penerapan E-Government dan e-government', 'e-government', 2],
    ['reformasi birokrasi; Reformasi Birokrasi', 'Reformasi birokrasi', 2],
  ])('"%s" names %s %i time(s)', (text, term, count) => {
    expect(countTerm(text, term)).toBe(count);
  });
});

describe('suggestInstitutions and mainInstitution', () => {
  it('finds institutions by acronym, name, full name and alias, most mentioned first', () => {
    const found = suggestInstitutions(
      'MPM dan Ministry of Personnel Management bertemu Komisi Aparatur Sipil Negara (KASN). MPM lagi.',
      data,
    );
    expect(found).toEqual([
      { id: 'mpm-korea', matches: ['Ministry of Personnel Management', 'MPM'], count: 3 },
      { id: 'kasn', matches: ['KASN', 'Komisi Aparatur Sipil Negara'], count: 2 },
    ]);
    const text =
      'MPM dan Ministry of Personnel Management bertemu Komisi Aparatur Sipil Negara (KASN). MPM lagi.';
    expect(mainInstitution(text, data)).toMatchObject({ suggestion: { id: 'kasn' }, sure: true });
    expect(found.map((s) => s.id)).toContain('kasn');
  });

  it('finds the ministry by the name the text uses for it', () => {
    expect(ids(suggestInstitutions('Menpan RB Abdullah Azwar Anas', data))).toEqual(['kemenpanrb']);
  });

  it('does not take "pungkasnya" for KASN', () => {
    expect(suggestInstitutions('“Terima kasih,” pungkasnya.', data)).toEqual([]);
    expect(mainInstitution('“Terima kasih,” pungkasnya.', data).suggestion).toBeUndefined();
  });
});

describe('suggestTopics', () => {
  it.each([
    ['implementasi Sistem Pemerintah Berbasis Elektronik (SPBE)', ['spbe']],
    ['penerapan e-goverment', ['spbe']],
    ['dalam membangun manajemen ASN', ['manajemen-asn']],
    ['Komisi Aparatur Sipil Negara', ['manajemen-asn']],
    ['mengenai reformasi birokrasi', ['reformasi-birokrasi']],
    ['negara-negara di ASEAN', ['kerja-sama-asean']],
    ['“Terima kasih,” pungkasnya di Seoul.', []],
  ])('"%s" suggests %j', (text, expected) => {
    expect(ids(suggestTopics(text, data))).toEqual(expected);
  });
});

describe('suggestCountries', () => {
  it('lists the partner countries in the order the text names them', () => {
    expect(ids(suggestCountries('Delegasi Vietnam dan Republik Korea; Korsel', data))).toEqual([
      'vietnam',
      'korea-selatan',
    ]);
  });
});

describe('withPartnerCountries', () => {
  it('adds the country of a partner institution the text names, once', () => {
    const partners = suggestInstitutions('Delegasi MPM dan KASN', data);
    expect(ids(withPartnerCountries([], partners, data))).toEqual(['korea-selatan']);
    const named = suggestCountries('Republik Korea', data);
    expect(ids(withPartnerCountries(named, partners, data))).toEqual(['korea-selatan']);
  });

  it('adds no country for an Indonesian institution', () => {
    const partners = suggestInstitutions('KASN', data);
    expect(withPartnerCountries([], partners, data)).toEqual([]);
  });
});
