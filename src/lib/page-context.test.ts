import { describe, expect, it } from 'vitest';
import { ui as en } from '../i18n/en.ts';
import { ui as id } from '../i18n/id.ts';
import { createPageContext } from './page-context.ts';

const english = createPageContext({
  site: 'https://arsip.example.id',
  base: '/sub/',
  locale: 'en',
  pathname: '/sub/en/cari/',
});

describe('createPageContext', () => {
  it('gives a page its language, strings and tags', () => {
    expect(english).toMatchObject({ locale: 'en', lang: 'en', ogLocale: 'en_US', path: 'cari/' });
    expect(english.t).toBe(en);
    expect(createPageContext({ site: undefined, base: '/', locale: 'id', pathname: '/' }).t).toBe(
      id,
    );
  });

  it('links within the page’s language, to other languages and to shared files', () => {
    expect(english.href('arsip/')).toBe('/sub/en/arsip/');
    expect(english.hrefIn('id', 'arsip/')).toBe('/sub/arsip/');
    expect(english.asset('cari/indeks.json')).toBe('/sub/cari/indeks.json');
    expect(english.url('arsip/')).toBe('https://arsip.example.id/sub/en/arsip/');
  });

  it('lists the same page in every language, the default one for x-default', () => {
    expect(english.alternates.map((a) => [a.lang, a.href, a.url])).toEqual([
      ['id', '/sub/cari/', 'https://arsip.example.id/sub/cari/'],
      ['en', '/sub/en/cari/', 'https://arsip.example.id/sub/en/cari/'],
    ]);
    expect(english.defaultAlternate.href).toBe('/sub/cari/');
  });

  it('has no absolute URL without the public address, and still every link', () => {
    const page = createPageContext({ site: undefined, base: '/', locale: 'en', pathname: '/en/' });
    expect(page.hasAddress).toBe(false);
    expect(page.url('')).toBeUndefined();
    expect(page.alternates.map((a) => a.url)).toEqual([undefined, undefined]);
    expect(page.alternates.map((a) => a.href)).toEqual(['/', '/en/']);
  });

  it('formats dates and picks data names in the page’s language', () => {
    expect(english.date('2021-08-30')).toBe('30 August 2021');
    expect(english.dateRange('2022-08-03', '2022-08-05')).toBe('3–5 August 2022');
    const bkn = {
      name: 'BKN',
      fullName: 'Badan Kepegawaian Negara',
      fullNameEn: 'National Civil Service Agency',
    };
    expect(english.text(bkn, 'fullName')).toBe('National Civil Service Agency');
    expect(english.text(bkn, 'name')).toBe('BKN');
  });
});
