import { describe, expect, it } from 'vitest';
import { sitemapLinks } from './sitemap-links.ts';

const ROOT = 'https://arsip.test/arsip-ri-korea/';
const LANGS = { id: 'id', en: 'en' };

/** Runs the URLs through filter, then serialize, as @astrojs/sitemap does. */
function sitemap(urls: string[]) {
  const { filter, serialize } = sitemapLinks(ROOT, LANGS, 'id');
  return urls.filter(filter).map((url) => serialize({ url }));
}

describe('sitemapLinks', () => {
  it('pairs each page with its other-language version, in URL order', () => {
    const entries = sitemap([`${ROOT}en/artikel/a/`, `${ROOT}artikel/a/`, `${ROOT}`, `${ROOT}en/`]);
    const both = (id: string, en: string) => [
      { url: id, lang: 'id' },
      { url: en, lang: 'en' },
    ];
    expect(entries).toEqual([
      { url: `${ROOT}en/artikel/a/`, links: both(`${ROOT}artikel/a/`, `${ROOT}en/artikel/a/`) },
      { url: `${ROOT}artikel/a/`, links: both(`${ROOT}artikel/a/`, `${ROOT}en/artikel/a/`) },
      { url: ROOT, links: both(ROOT, `${ROOT}en/`) },
      { url: `${ROOT}en/`, links: both(ROOT, `${ROOT}en/`) },
    ]);
  });

  it('gives a page in one language only no links', () => {
    expect(sitemap([`${ROOT}tentang/`, `${ROOT}en/glosarium/`])).toEqual([
      { url: `${ROOT}tentang/` },
      { url: `${ROOT}en/glosarium/` },
    ]);
  });

  it("leaves out every language's error pages", () => {
    const urls = [`${ROOT}404/`, `${ROOT}en/404/`, `${ROOT}500/`, `${ROOT}arsip/404/`];
    expect(sitemap(urls).map((e) => e.url)).toEqual([`${ROOT}arsip/404/`]);
  });

  it('does not take a path that merely starts like a language for one ("/english/")', () => {
    expect(sitemap([`${ROOT}english/`, `${ROOT}en/glish/`])).toEqual([
      { url: `${ROOT}english/` },
      { url: `${ROOT}en/glish/` },
    ]);
  });

  it('leaves URLs outside the site as they are', () => {
    expect(sitemap(['https://elsewhere.test/en/a/'])).toEqual([
      { url: 'https://elsewhere.test/en/a/' },
    ]);
  });

  it('fails loudly if serialize sees a URL filter never saw', () => {
    const { serialize } = sitemapLinks(ROOT, LANGS, 'id');
    expect(() => serialize({ url: `${ROOT}artikel/a/` })).toThrow(/never passed to filter/);
  });
});
