// Whatever arrives in the search page's URL is shown as text or ignored: never run, never a crash.
// Served without the Content-Security-Policy, so the page's own code is what keeps it safe.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ui } from '../../src/i18n/id.ts';
import { useServedSite } from '../helpers/browser.ts';
import { searchSettled, watch } from '../helpers/page-watch.ts';
import { RESULTS_PAGE } from '../helpers/search.ts';
import { sourceArticles } from '../helpers/site.ts';

const dist = inject('siteDist');
// Every article, as the first page of results shows them.
const ALL = Math.min(sourceArticles().length, RESULTS_PAGE);

const served = useServedSite(dist);

declare global {
  interface Window {
    pwned?: number;
  }
}

/** Opens /cari/ with a raw query string; returns the page and what went wrong on it. */
async function open(search: string): Promise<{ page: Page; problems: string[] }> {
  const page = await served.browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`a dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const problems = await watch(page);
  await page.goto(`${served.url}cari/${search}`);
  await searchSettled(page);
  const pwned = await page.evaluate(() => window.pwned);
  return {
    page,
    problems: [...dialogs, ...(await problems()), ...(pwned ? ['injected code ran'] : [])],
  };
}

const results = (page: Page) => page.locator('[data-search-results] li').count();
const checked = (page: Page) => page.locator('input[type="checkbox"]:checked').count();
const status = (page: Page) => page.locator('[data-search-status]').innerText();

describe('hostile input in the URL of /cari/', () => {
  it.each([
    '<script>alert(1)</script>',
    '"><img src=x onerror="window.pwned=1">',
    "'><svg onload=alert(1)>",
    'javascript:alert(1)',
  ])('q=%s is shown as text and never runs', async (q) => {
    const { page, problems } = await open(`?q=${encodeURIComponent(q)}`);
    expect(problems).toEqual([]);
    expect(await page.locator('[data-search-input]').inputValue()).toBe(q);
    expect(await status(page)).toContain(`“${q}”`);
    expect(await page.title()).toContain(q);
    expect(await page.locator('main img, main svg, main script').count()).toBe(0);
    await page.close();
  });

  it.each([
    '?tahun=abc',
    '?instansi=../../x',
    '?topik=%00',
    '?tahun=2023%27%20OR%201=1',
    `?instansi=${'kasn'.repeat(2500)}`,
  ])('%s: the bad filter is ignored — nothing checked, every article listed', async (search) => {
    const { page, problems } = await open(search);
    expect(problems).toEqual([]);
    expect(await checked(page)).toBe(0);
    expect(await page.locator('[data-search-chips]').isHidden()).toBe(true);
    expect(await results(page)).toBe(ALL);
    await page.close();
  });

  it('a 10,000-character query is cut to a usable length, without a crash', async () => {
    const { page, problems } = await open(`?q=${'reformasi '.repeat(1000)}`);
    expect(problems).toEqual([]);
    const value = await page.locator('[data-search-input]').inputValue();
    expect(value.length).toBeGreaterThan(0);
    expect(value.length).toBeLessThanOrEqual(200);
    expect(await status(page)).not.toBe(ui.search.loadFailed);
    await page.close();
  });

  it.each(['?q=%E0%A4%A', '?q=%', '?q=%%32%', '?q=%ZZ&tahun=%E0'])(
    'malformed percent-encoding %s is read as the browser reads it, never a crash',
    async (search) => {
      const { page, problems } = await open(search);
      expect(problems).toEqual([]);
      const q = new URLSearchParams(search).get('q') ?? '';
      expect(await page.locator('[data-search-input]').inputValue()).toBe(q);
      expect(await status(page)).not.toBe(ui.search.loadFailed);
      expect(await checked(page)).toBe(0);
      await page.close();
    },
  );

  it('repeated parameters: the first query, each valid filter once, bad values dropped', async () => {
    const { page, problems } = await open(
      '?q=korea&q=%3Cscript%3E&tahun=2023&tahun=2023&tahun=abc&urut=%3Cx%3E&urut=terlama',
    );
    expect(problems).toEqual([]);
    expect(await page.locator('[data-search-input]').inputValue()).toBe('korea');
    expect(await checked(page)).toBe(1);
    expect(await page.locator('#f-tahun-2023').isChecked()).toBe(true);
    expect(await page.locator('[data-search-sort]').inputValue()).toBe('relevansi');
    expect(await results(page)).toBeGreaterThan(0);
    await page.close();
  });
});
