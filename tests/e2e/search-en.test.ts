// The English edition's search page in Chromium: English queries over the Indonesian articles.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { useServedSite } from '../helpers/browser.ts';
import { searchSettled } from '../helpers/page-watch.ts';
import { devSetEn, devSetSlugs } from '../helpers/search.ts';
import { sourceArticles } from '../helpers/site.ts';

const dist = inject('siteDist');
const slugs = devSetSlugs(devSetEn);
const articles = new Map(sourceArticles().map((a) => [a.slug, a.data]));
let page: Page;

const served = useServedSite(dist);
beforeEach(async () => {
  page = await served.browser.newPage();
});

const results = () =>
  page.$$eval('[data-search-results] a', (links) =>
    links.map((a) => /\/artikel\/([^/]+)\//.exec(a.getAttribute('href') ?? '')?.[1] ?? ''),
  );
const status = () => page.locator('[data-search-status]').innerText();
async function open(path: string) {
  await page.goto(`${served.url}${path}`);
  await searchSettled(page);
}

describe('the English search page in a real browser', () => {
  it.each(devSetEn.queries)('cross-language dev set: q=$q', async ({ q, must, mustNot }) => {
    await open(`en/cari/?q=${encodeURIComponent(q)}`);
    const found = await results();
    for (const key of must) expect(found).toContain(slugs[key]);
    for (const key of mustNot ?? []) expect(found).not.toContain(slugs[key]);
    if (must.length === 0) {
      expect(found).toEqual([]);
      expect(await status()).toBe(`0 articles found for “${q}”`);
      expect(await page.locator('[data-search-none-title]').innerText()).toBe(
        `No article matches “${q}”.`,
      );
    }
  });

  it('shows our English headline, the Indonesian one beneath it, and an English snippet', async () => {
    await open('en/cari/?q=merit%20system');
    // The first result whose English summary has the words: its snippet comes from that summary
    // (a result whose words stand only in the Indonesian body shows the body's words instead).
    const found = await results();
    const at = found.findIndex((s) => /merit system/i.test(String(articles.get(s)!['summaryEn'])));
    expect(at, 'a result with "merit system" in its English summary').toBeGreaterThanOrEqual(0);
    const data = articles.get(found[at]!)!;
    const first = page.locator('[data-search-results] li').nth(at);
    expect(await first.locator('.result__title').innerText()).toBe(data['titleEn']);
    expect(await first.locator('.result__original').innerText()).toMatch(/^Indonesian headline: /);
    const original = first.locator('.result__original q');
    expect(await original.innerText()).toBe(data['title']);
    expect(await original.getAttribute('lang')).toBe('id');
    const snippet = first.locator('.result__snippet');
    expect(await snippet.getAttribute('lang')).toBe('en');
    expect(String(data['summaryEn']).replace(/\s+/g, ' ')).toContain(await snippet.innerText());
    expect((await snippet.locator('mark').allInnerTexts()).map((m) => m.toLowerCase())).toContain(
      'merit system',
    );
    expect(await status()).toMatch(/^\d+ articles? found for “merit system”$/);
  });

  it('reads an English typo as the word and says so in English', async () => {
    await open('en/cari/?q=civil%20servnts');
    expect((await results()).length).toBeGreaterThan(0);
    expect(await page.locator('[data-search-corrected]').innerText()).toMatch(
      /^Showing results for civil servants\. Search for exactly “civil servnts”$/,
    );
  });

  it('finds a Korean institution by its name in Hangul, typed as a reader would', async () => {
    await open('en/cari/');
    await searchSettled(page, () =>
      page.locator('[data-search-input]').pressSequentially('인사혁신처'),
    );
    const found = await results();
    expect(found.length).toBeGreaterThan(0);
    for (const slug of found) {
      const data = articles.get(slug)!;
      expect([data['institution'], ...((data['partnerInstitutions'] as string[]) ?? [])]).toContain(
        'mpm-korea',
      );
    }
  });

  it('answers English on the Indonesian page too, with the English summary as the snippet', async () => {
    await open('cari/?q=civil%20servants');
    expect((await results()).length).toBeGreaterThan(0);
    expect(await status()).toMatch(/^\d+ artikel ditemukan untuk “civil servants”$/);
    expect(await page.locator('.result__original').count()).toBe(0);
    const marks = await page.locator('.result__snippet[lang="en"] mark').allInnerTexts();
    expect(marks.map((m) => m.toLowerCase().replace('-', ' '))).toContain('civil service');
  });
});
