// The language switch takes the reader to the same page in the other language, keeping what
// they searched for and where they were on the page.
import { describe, expect, inject, it } from 'vitest';
import { useServedSite } from '../helpers/browser.ts';
import { searchSettled, watch } from '../helpers/page-watch.ts';

const dist = inject('siteDist');
const served = useServedSite(dist);

describe('the language switch', () => {
  it('keeps the search, its filters and the results from /cari/ to /en/cari/ and back', async () => {
    const page = await served.browser.newPage();
    const problems = await watch(page);
    await page.goto(`${served.url}cari/?q=korea&tahun=2023`);
    await searchSettled(page);
    await page.locator('a[data-lang-switch]').click();
    await page.waitForURL(/\/en\/cari\//);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/en/cari/');
    expect(url.search).toBe('?q=korea&tahun=2023');
    await searchSettled(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('#q').inputValue()).toBe('korea');
    expect(await page.locator('#f-tahun-2023').isChecked()).toBe(true);
    // What the reader typed since is kept too, and the keyboard follows the switch as well.
    await page.locator('#q').fill('reformasi');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('reformasi');
    await page.locator('a[data-lang-switch]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/cari/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('reformasi');
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('keeps the place on the page (the fragment) and goes to the same article', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.url}glosarium/#asn`);
    await page.locator('a[data-lang-switch]').click();
    await page.waitForURL(/\/en\/glosarium\/#asn$/);
    expect(await page.locator('#asn dt').innerText()).toBe('ASN');
    const slug = '2022-08-03-bkn-forum-accsm-vietnam';
    await page.goto(`${served.url}en/artikel/${slug}/`);
    await page.locator('a[data-lang-switch]').click();
    await page.waitForURL((u) => u.pathname === `/artikel/${slug}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    await page.close();
  });
});
