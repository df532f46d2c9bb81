// Feeds, metadata, citations, glossary links, every internal link and search under a sub-path
// deployment, and the deployment's other settings: the curators and their contact address.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ui as en } from '../../src/i18n/en.ts';
import { ui as id } from '../../src/i18n/id.ts';
import { launchChromium, serve } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build.ts';
import { checkLinks } from '../helpers/links.ts';
import { searchSettled, watch } from '../helpers/page-watch.ts';
import { RESULTS_PAGE, resultsFor } from '../helpers/search.ts';
import { page } from '../helpers/site.ts';

const ORIGIN = 'https://arsip.contoh.go.id';
const BASE = '/arsip-test/';
const HOME = `${ORIGIN}${BASE}`;
const SLUG = '2019-07-29-korea-apresiasi-reformasi-birokrasi-indonesia';
const CURATORS = 'Tim Uji Arsip';
const CONTACT = 'arsip@contoh.go.id';
let dist: string;

beforeAll(async () => {
  const result = await buildSite({
    SITE_URL: ORIGIN,
    BASE_PATH: BASE,
    ARCHIVE_CURATORS: CURATORS,
    ARCHIVE_CONTACT: CONTACT,
  });
  if (result.code !== 0) throw new Error(`The site did not build:\n${result.output}`);
  dist = result.outDir;
});

const read = (file: string) => readFileSync(join(dist, file), 'utf8');

describe(`a build under ${BASE}`, () => {
  it('puts every feed and sitemap URL under the base', () => {
    const rss = read('rss.xml');
    expect(rss).toContain(`<link>${HOME}</link>`);
    expect(rss).toContain(`<link>${HOME}artikel/${SLUG}/</link>`);
    expect(rss).toContain(`href="${HOME}rss.xml"`);
    const feed = JSON.parse(read('feed.json'));
    expect(feed.home_page_url).toBe(HOME);
    expect(feed.feed_url).toBe(`${HOME}feed.json`);
    for (const item of feed.items) expect(item.url.startsWith(`${HOME}artikel/`)).toBe(true);
    expect(read('robots.txt')).toContain(`Sitemap: ${HOME}sitemap-index.xml`);
    expect(read('sitemap-index.xml')).toContain(`<loc>${HOME}sitemap-0.xml</loc>`);
    expect(read('sitemap-0.xml')).toContain(`<loc>${HOME}artikel/${SLUG}/</loc>`);
  });

  it('gives pages canonical, feed and structured-data URLs under the base', () => {
    const $ = page(dist, `artikel/${SLUG}/`);
    const url = `${HOME}artikel/${SLUG}/`;
    expect($('link[rel="canonical"]').attr('href')).toBe(url);
    expect($('meta[property="og:url"]').attr('content')).toBe(url);
    expect($('link[type="application/rss+xml"]').attr('href')).toBe(`${BASE}rss.xml`);
    const data = JSON.parse($('script[type="application/ld+json"]').html() ?? '');
    expect(data.mainEntityOfPage['@id']).toBe(url);
    expect(data.isPartOf.url).toBe(HOME);
  });

  it('links citations and glossary terms under the base', () => {
    const $ = page(dist, `artikel/${SLUG}/`);
    expect($('#kutip-apa').text()).toContain(`${HOME}artikel/${SLUG}/`);
    const ris = $('[data-citation] a[download]').attr('href') ?? '';
    expect(ris).toBe(`${BASE}artikel/${SLUG}/kutipan.ris`);
    expect(read(ris.slice(BASE.length))).toContain(`UR  - ${HOME}artikel/${SLUG}/`);
    const terms = $('[data-article-body] a.term');
    expect(terms.length).toBeGreaterThan(0);
    terms.each((_, a) => expect($(a).attr('href')).toMatch(/^\/arsip-test\/glosarium\/#[a-z]/));
    const timeline = page(dist, 'linimasa/');
    timeline('ol[data-timeline] a').each((_, a) =>
      expect(timeline(a).attr('href')).toMatch(/^\/arsip-test\/artikel\/[^/]+\/$/),
    );
    const home = page(dist, '');
    expect(
      home('[data-feeds] a')
        .map((_, a) => home(a).attr('href'))
        .get(),
    ).toEqual([
      `${BASE}linimasa/`,
      `${BASE}glosarium/`,
      `${BASE}tentang/`,
      `${BASE}rss.xml`,
      `${BASE}feed.json`,
    ]);
  });
});

describe('the deployment’s settings', () => {
  it.each([
    ['', id],
    ['en/', en],
  ] as const)('name the curators and link their address on the about page (%s)', (prefix, t) => {
    const $ = page(dist, `${prefix}tentang/`);
    expect($('[data-curators]').text()).toBe(t.about.curatedBy(CURATORS));
    const link = $('[data-contact] a');
    expect(link.attr('href')).toBe(`mailto:${CONTACT}`);
    expect(link.text()).toBe(CONTACT);
    expect($('[data-contact]').text()).toContain(t.about.contact);
  });

  it('put the og:image cards under the base', () => {
    const $ = page(dist, `en/artikel/${SLUG}/`);
    expect($('meta[property="og:image"]').attr('content')).toBe(`${HOME}og/${SLUG}.jpg`);
    expect(page(dist, 'tentang/')('meta[property="og:image"]').attr('content')).toBe(
      `${HOME}og/arsip.jpg`,
    );
    expect(readFileSync(join(dist, 'og', `${SLUG}.jpg`)).subarray(0, 2)).toEqual(
      Buffer.from([0xff, 0xd8]),
    );
  });
});

describe(`links and search under ${BASE}`, () => {
  it('every internal link, asset, feed and sitemap URL resolves to a file under the base', () => {
    const report = checkLinks(dist, { base: BASE, origin: ORIGIN });
    expect(report.broken).toEqual([]);
    expect(report.checked).toBeGreaterThan(500);
  });

  it('search loads its index and text under the base, and its results link there', async () => {
    const site = await serve(dist, BASE);
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      const problems = await watch(tab);
      const requested: string[] = [];
      tab.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await tab.goto(`${site.url}cari/?q=korea`);
      await searchSettled(tab);
      const json = requested.filter((path) => path.endsWith('.json'));
      expect(json).toContain(`${BASE}cari/indeks.json`);
      expect(json.length).toBeGreaterThan(1);
      for (const path of requested) expect(path.startsWith(BASE), path).toBe(true);
      const links = await tab.$$eval('[data-search-results] a', (as) =>
        as.map((a) => a.getAttribute('href') ?? ''),
      );
      // The first page of what the built index finds, each under the base.
      const expected = (await resultsFor(dist, { q: 'korea' })).slice(0, RESULTS_PAGE);
      expect(expected.length).toBeGreaterThan(0);
      expect(links).toEqual(expected.map((slug) => `${BASE}artikel/${slug}/`));
      expect(await problems()).toEqual([]);
      await tab.locator('[data-search-results] a').first().click();
      await tab.waitForURL(/\/arsip-test\/artikel\//);
      expect(await tab.locator('h1').innerText()).not.toBe('');
      expect(await problems()).toEqual([]);
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
