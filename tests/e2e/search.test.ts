import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { useServedSite } from '../helpers/browser.ts';
import { devSet, devSetSlugs } from '../helpers/search.ts';

const dist = inject('siteDist');
const slugs = devSetSlugs();
let page: Page;

const served = useServedSite(dist);
beforeEach(async () => {
  page = await served.browser.newPage();
  page.on('dialog', () => {
    throw new Error('a dialog opened: injected script ran');
  });
});

const results = (p: Page = page) =>
  p.$$eval('[data-search-results] a', (links) =>
    links.map((a) => /\/artikel\/([^/]+)\//.exec(a.getAttribute('href') ?? '')?.[1] ?? ''),
  );
const status = () => page.locator('[data-search-status]').innerText();
async function open(query: string) {
  await page.goto(`${served.url}cari/${query}`);
  await page.waitForFunction(
    () => !document.querySelector('[data-search-status]')?.textContent?.includes('Memuat'),
  );
}

describe('search page in a real browser', () => {
  it('finds what a reader types, typo included, and says how many', async () => {
    await open('');
    await page.locator('[data-search-input]').pressSequentially('refomasi');
    await expect.poll(status).toBe('3 artikel ditemukan untuk “refomasi”');
    expect((await results()).sort()).toEqual(
      [slugs['panrb-2019'], slugs['kacpe-2023'], slugs['forum-2017']].sort(),
    );
    expect(new URL(page.url()).searchParams.get('q')).toBe('refomasi');
    expect(await page.title()).toContain('“refomasi”');
    await expect.poll(() => page.locator('.result__snippet mark').count()).toBeGreaterThan(0);
    expect(await page.locator('.result__snippet mark').first().innerText()).toMatch(/^reformasi$/i);
  });

  it.each(devSet.queries)('dev set: q=$q', async ({ q, must, mustNot }) => {
    await open(`?q=${encodeURIComponent(q)}`);
    const found = await results();
    for (const key of must) expect(found).toContain(slugs[key]);
    for (const key of mustNot) expect(found).not.toContain(slugs[key]);
  });

  it.each(devSet.filters)('dev set: filters $params', async ({ params, must, mustNot }) => {
    await open(`?${new URLSearchParams(params)}`);
    const found = await results();
    for (const key of must) expect(found).toContain(slugs[key]);
    for (const key of mustNot) expect(found).not.toContain(slugs[key]);
  });

  it('says so when nothing matches, with an empty list', async () => {
    await open('?q=sepak%20bola');
    expect(await results()).toEqual([]);
    expect(await status()).toBe('0 artikel ditemukan untuk “sepak bola”');
    expect(await page.locator('[data-search-none]').innerText()).toContain(
      'Tidak ada artikel yang cocok',
    );
  });

  it('filters by each facet, with live counts, chips and clear-all', async () => {
    await open('?q=korea');
    expect(await page.locator('label[for="f-instansi-kasn"] [data-count]').innerText()).toBe('(2)');
    await page.locator('#f-tahun-2023').check();
    await expect.poll(() => results()).toEqual([slugs['kacpe-2023']]);
    expect(new URL(page.url()).searchParams.getAll('tahun')).toEqual(['2023']);
    // Counts of another facet follow the year filter; values with no result show 0.
    expect(await page.locator('label[for="f-instansi-bkn"] [data-count]').innerText()).toBe('(0)');
    await page.locator('#f-instansi-bkn').check();
    await expect.poll(() => results()).toEqual([]);
    await page.locator('#f-tahun-2023').uncheck();
    await expect.poll(() => results()).toEqual([slugs['accsm-2022']]);
    await page.locator('#f-topik-sistem-merit').check();
    await expect.poll(() => results()).toEqual([]);
    expect(await page.locator('.chip').count()).toBe(2);
    await page.locator('.chip', { hasText: 'Sistem merit' }).click();
    await expect.poll(() => results()).toEqual([slugs['accsm-2022']]);
    expect(await page.locator('#f-topik-sistem-merit').isChecked()).toBe(false);
    await page.locator('[data-search-clear]').click();
    await expect.poll(() => results().then((r) => r.length)).toBe(5);
    expect(new URL(page.url()).search).toBe('?q=korea');
    expect(await page.locator('[data-search-chips]').isHidden()).toBe(true);
  });

  it('restores the same results from the URL in a new tab, and with back and forward', async () => {
    await open('?q=kerja+sama&tahun=2019&tahun=2021');
    const first = await results();
    expect(first.sort()).toEqual([slugs['panrb-2019'], slugs['kasn-2021']].sort());
    const other = await served.browser.newPage();
    await other.goto(page.url());
    await expect.poll(() => results(other).then((r) => r.sort())).toEqual(first.sort());
    expect(await other.locator('#f-tahun-2019').isChecked()).toBe(true);
    await other.close();

    await page.locator('#f-tahun-2019').uncheck();
    await expect.poll(() => results()).toEqual([slugs['kasn-2021']]);
    await page.goBack();
    await expect.poll(() => results().then((r) => r.sort())).toEqual(first.sort());
    expect(await page.locator('#f-tahun-2019').isChecked()).toBe(true);
    await page.goForward();
    await expect.poll(() => results()).toEqual([slugs['kasn-2021']]);
  });

  it('offers a sort by date, newest or oldest', async () => {
    await open('?q=birokrasi');
    await page.locator('[data-search-sort]').selectOption('terlama');
    await expect.poll(() => results().then((r) => r[0])).toBe(slugs['forum-2017']);
    expect(new URL(page.url()).searchParams.get('urut')).toBe('terlama');
    await page.locator('[data-search-sort]').selectOption('terbaru');
    await expect.poll(() => results().then((r) => r[0])).toBe(slugs['kacpe-2023']);
  });

  it('works by keyboard alone: "/" focuses search, Enter searches, Tab reaches results', async () => {
    await page.goto(served.url);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    await page.keyboard.type('KACPE');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cari\/\?q=KACPE/);
    await expect.poll(() => results()).toEqual([slugs['kacpe-2023']]);
    await page.locator('[data-search-input]').focus();
    let onResult = false;
    for (let i = 0; i < 8 && !onResult; i++) {
      await page.keyboard.press('Tab');
      onResult = await page.evaluate(
        () => !!document.activeElement?.closest('[data-search-results]'),
      );
    }
    expect(onResult).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/artikel\//);
    expect(page.url()).toContain(slugs['kacpe-2023']);
  });

  it('shows an injection attempt as text, never runs it', async () => {
    const q = '"><script>alert(1)</script>';
    await open(`?q=${encodeURIComponent(q)}`);
    expect(await status()).toBe(`0 artikel ditemukan untuk “${q}”`);
    expect(await page.locator('main script').count()).toBe(0);
    expect(await page.title()).toContain(q);
  });

  it('without JavaScript, says keyword search needs it and offers the listings', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${served.url}cari/?q=korea`);
    const text = await noJs.locator('.search__nojs').innerText();
    expect(text).toContain('memerlukan JavaScript');
    expect(await noJs.locator('.search__nojs a[href$="/tahun/2023/"]').count()).toBe(1);
    expect(await noJs.locator('.search__nojs a[href$="/instansi/kemenpanrb/"]').count()).toBe(1);
    await context.close();
  });
});
