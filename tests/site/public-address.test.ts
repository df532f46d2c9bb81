// The public address lives in one place (SITE_URL, else the site config): a build for an
// address writes it and nothing else, and a build without one says so once and writes no
// absolute URL of its own, while every page still works and citations take the reader's address.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { SHARE_ENDPOINTS } from '../../src/lib/share.ts';
import { NO_ADDRESS_WARNING } from '../../src/lib/site-config.ts';
import { launchChromium, serve } from '../helpers/browser.ts';
import { buildSite, TEST_SITE_URL } from '../helpers/build.ts';
import { checkLinks } from '../helpers/links.ts';
import { filesOf, htmlFiles, page, sourceArticles } from '../helpers/site.ts';

// Addresses that are not the archive's own: the original pages the articles link and the
// addresses in their texts (from the content), and the share services' addresses (the
// article's own address goes in their query).
const sources = sourceArticles().flatMap((a) => {
  const url = (a.data['source'] as { url?: string } | undefined)?.url;
  return [
    ...(url ? [url] : []),
    ...[...a.body.matchAll(/https?:\/\/[^\s"'<>\\)]+/g)].map((m) => m[0]),
  ];
});
// date-fns's format, bundled in the search page's script, names its documentation in an error
// message: text in a library's code, not an address the site writes.
const LIBRARY_DOCS = /^https:\/\/github\.com\/date-fns\/date-fns\/blob\/[^\s]*\.md/;
const foreign = (url: string) =>
  sources.includes(url) || Object.values(SHARE_ENDPOINTS).some((e) => url.startsWith(e));

// Every file as text (binary files too: an address would still show as its bytes).
const texts = (dir: string) =>
  filesOf(dir).map((file) => ({ file, text: readFileSync(join(dir, file), 'latin1') }));

describe('a build for an address', () => {
  const dist = inject('siteDist');

  it('writes no localhost anywhere in dist/', () => {
    const found = texts(dist).filter(({ text }) => /localhost|127\.0\.0\.1/i.test(text));
    expect(found.map((f) => f.file)).toEqual([]);
  });

  it('writes every absolute URL under that address (besides the formats’ namespaces)', () => {
    const own = texts(dist).flatMap(({ file, text }) =>
      [...text.matchAll(/https?:\/\/[^\s"'<>\\)]+/g)]
        .map((m) => m[0])
        .filter(
          (url) =>
            !/^https?:\/\/(schema\.org|www\.w3\.org|jsonfeed\.org|www\.sitemaps\.org|www\.google\.com)\b/.test(
              url,
            ) && !LIBRARY_DOCS.test(url),
        )
        .filter((url) => !url.startsWith(TEST_SITE_URL) && !foreign(url))
        .map((url) => `${file}: ${url}`),
    );
    expect(own).toEqual([]);
  });
});

describe('a build without an address', () => {
  let dist: string;
  let output: string;

  beforeAll(async () => {
    const result = await buildSite({ SITE_URL: '' });
    if (result.code !== 0) throw new Error(`The site did not build:\n${result.output}`);
    dist = result.outDir;
    output = stripVTControlCharacters(result.output);
  });

  it('says so in one line, once', () => {
    const lines = output.split('\n').filter((line) => line.includes('No public address'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(NO_ADDRESS_WARNING);
    // And nothing else warns (the sitemap integration would, had it been given no address),
    // but for a headline the cards cannot draw, which is the content's (src/lib/og-cards.test.ts).
    expect(
      output
        .split('\n')
        .filter((line) => /\[WARN\]/.test(line) && !/\[og-cards\].*cannot draw/.test(line)),
    ).toEqual(lines);
  });

  it('writes no absolute URL of its own: no localhost, no feeds, no sitemap', () => {
    expect(
      texts(dist)
        .filter(({ text }) => /localhost|127\.0\.0\.1/i.test(text))
        .map((f) => f.file),
    ).toEqual([]);
    for (const file of ['rss.xml', 'feed.json', 'en/rss.xml', 'en/feed.json', 'sitemap-index.xml'])
      expect(existsSync(join(dist, file)), file).toBe(false);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
    const absolute = texts(dist).flatMap(({ file, text }) =>
      [...text.matchAll(/https?:\/\/[^\s"'<>\\)]+/g)]
        .map((m) => m[0])
        .filter(
          (url) =>
            !/^https?:\/\/(schema\.org|www\.w3\.org)\b/.test(url) &&
            !LIBRARY_DOCS.test(url) &&
            !foreign(url),
        )
        .map((url) => `${file}: ${url}`),
    );
    expect(absolute).toEqual([]);
  });

  it('leaves out what needs the address from every page head, and links nothing missing', () => {
    for (const file of htmlFiles(dist)) {
      const $ = page(dist, file);
      for (const selector of [
        'link[rel="canonical"]',
        'meta[property="og:url"]',
        'meta[property="og:image"]',
        'link[rel="alternate"]',
      ]) {
        expect($(selector).length, `${file} ${selector}`).toBe(0);
      }
      expect($('a[data-lang-switch]').length, file).toBe(1);
    }
    const report = checkLinks(dist);
    expect(report.broken).toEqual([]);
    expect(report.checked).toBeGreaterThan(htmlFiles(dist).length * 10);
  });

  it('cites with the address the reader is on, shown and copied', async () => {
    const slug = '2021-08-30-kasn-perpanjangan-kerja-sama-mpm-korea';
    const ris = readFileSync(join(dist, `en/artikel/${slug}/kutipan.ris`), 'utf8');
    expect(ris).not.toMatch(/^UR {2}-/m);
    const site = await serve(dist);
    const browser = await launchChromium();
    try {
      const context = await browser.newContext();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(site.url).origin,
      });
      for (const path of [`artikel/${slug}/`, `en/artikel/${slug}/`]) {
        const tab = await context.newPage();
        await tab.goto(`${site.url}${path}`);
        const url = `${site.url}${path}`;
        await expect
          .poll(() => tab.locator('#kutip-apa').innerText())
          .toMatch(new RegExp(`${url}$`));
        expect(await tab.locator('#kutip-bibtex').innerText()).toContain(
          `url          = {${url}},`,
        );
        await tab.locator('button[data-copy="kutip-apa"]').click();
        expect(await tab.evaluate(() => navigator.clipboard.readText())).toMatch(
          new RegExp(`${url}$`),
        );
        // The share links, which the build could not write, are made with that address too.
        const facebook = tab.locator('[data-share] a[data-share-service="facebook"]');
        await expect.poll(() => facebook.isVisible()).toBe(true);
        expect(new URL((await facebook.getAttribute('href'))!).searchParams.get('u')).toBe(url);
        await tab.locator('button[data-copy-link]').click();
        await expect.poll(() => tab.evaluate(() => navigator.clipboard.readText())).toBe(url);
        await tab.close();
      }
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
