import { describe, expect, it } from 'vitest';
import { isLocale, localizedPath, pagePath, splitLocale, toLocale } from './locales.ts';

describe('the URL scheme of the languages', () => {
  it('keeps Indonesian at the root and puts English under /en/ with the same paths', () => {
    expect(localizedPath('artikel/a/', 'id')).toBe('artikel/a/');
    expect(localizedPath('artikel/a/', 'en')).toBe('en/artikel/a/');
    expect(localizedPath('', 'en')).toBe('en/');
    expect(localizedPath('/cari/', 'en')).toBe('en/cari/');
  });

  it('reads the language and the shared path back from a path', () => {
    expect(splitLocale('en/tahun/2019/')).toEqual({ locale: 'en', path: 'tahun/2019/' });
    expect(splitLocale('en/')).toEqual({ locale: 'en', path: '' });
    expect(splitLocale('en')).toEqual({ locale: 'en', path: '' });
    expect(splitLocale('tahun/2019/')).toEqual({ locale: 'id', path: 'tahun/2019/' });
    // Only a whole first segment names a language.
    expect(splitLocale('english/')).toEqual({ locale: 'id', path: 'english/' });
    expect(splitLocale('id/arsip/')).toEqual({ locale: 'id', path: 'id/arsip/' });
  });

  it('strips the base path before the language', () => {
    expect(pagePath('/arsip-test/en/artikel/a/', '/arsip-test/')).toBe('artikel/a/');
    expect(pagePath('/arsip-test/', '/arsip-test/')).toBe('');
    expect(pagePath('/en/', '/')).toBe('');
    expect(pagePath('/instansi/kasn/2/', '/')).toBe('instansi/kasn/2/');
  });

  it('knows its languages and falls back to Indonesian', () => {
    expect(isLocale('en')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(toLocale(undefined)).toBe('id');
    expect(toLocale('en')).toBe('en');
  });
});
