import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../helpers/links.ts';

/** A throwaway dist folder holding the given files. */
function dist(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'links-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const html = (body: string) => `<!doctype html><html><head></head><body>${body}</body></html>`;

describe('checkLinks', () => {
  it('accepts links to pages, files, assets and ids that exist', () => {
    const dir = dist({
      'index.html': html(
        '<a href="/a/">a</a><a href="a/#x">x</a><a href="#top">t</a><p id="top"></p>' +
          '<link rel="stylesheet" href="/_astro/s.css"><script src="/_astro/s.js"></script>' +
          '<img src="img/p.png" srcset="img/p.png 1x, /img/p.png 2x" alt="">' +
          '<a href="https://example.org/x">out</a><a href="mailto:a@b.c">m</a>',
      ),
      'a/index.html': html('<h2 id="x">x</h2><a href="../">up</a><form action="/a/"></form>'),
      '_astro/s.css': 'body{background:url(../img/p.png)} .m{mask:url("#m")}',
      '_astro/s.js': '',
      'img/p.png': '',
    });
    const report = checkLinks(dir);
    expect(report.broken).toEqual([]);
    expect(report.checked).toBe(11);
  });

  it('names the page and the URL of each missing page, asset, id and CSS url()', () => {
    const dir = dist({
      'index.html': html(
        '<a href="/b/">b</a><a href="/a">no slash</a><a href="/a/#nope">id</a>' +
          '<link rel="icon" href="/favicon.svg"><img src="/x%ZZ.png" alt="">',
      ),
      'a/index.html': html(''),
      's.css': '.x{background:url(gone.png)}',
    });
    expect(checkLinks(dir).broken).toEqual([
      'index.html: "/b/" → no file b/index.html in dist',
      'index.html: "/a" → no file a in dist',
      'index.html: "/a/#nope" → no id="nope" in a/index.html',
      'index.html: "/favicon.svg" → no file favicon.svg in dist',
      'index.html: "/x%ZZ.png" has malformed percent-encoding',
      's.css: "gone.png" → no file gone.png in dist',
    ]);
  });

  it('resolves links under a base path and refuses links that leave it', () => {
    const dir = dist({
      'index.html': html('<a href="/sub/a/">a</a><a href="/a/">root</a><a href="a/">rel</a>'),
      'a/index.html': html(''),
    });
    expect(checkLinks(dir, { base: '/sub/' }).broken).toEqual([
      'index.html: "/a/" is outside the base /sub/',
    ]);
  });

  it('checks absolute URLs on the site origin in feeds and sitemaps', () => {
    const dir = dist({
      'a/index.html': html(''),
      'sitemap.xml':
        '<loc>https://s.id/sub/a/</loc><loc>https://s.id/sub/gone/</loc><loc>https://x.id/</loc>',
    });
    const report = checkLinks(dir, { base: '/sub/', origin: 'https://s.id' });
    expect(report.broken).toEqual([
      'sitemap.xml: "https://s.id/sub/gone/" → no file gone/index.html in dist',
    ]);
    expect(report.checked).toBe(2);
  });
});
