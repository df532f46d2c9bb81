import { describe, expect, inject, it } from 'vitest';
import { useServedSite } from '../helpers/browser.ts';

const dist = inject('siteDist');
const ARTICLE = 'artikel/2023-09-20-simposium-kacpe-2023-jakarta/';

const served = useServedSite(dist);

describe('an article on paper', () => {
  it('prints the article alone, black on white, even in dark mode', async () => {
    const page = await served.browser.newPage({ colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${served.url}${ARTICLE}`);
    for (const hidden of [
      '.site-header',
      'form[role="search"]',
      '.site-footer',
      '.breadcrumbs',
      '.pager',
      '.related',
      '#kutip-bibtex',
      'button[data-copy]',
    ]) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    for (const shown of ['h1', '[data-article-body]', '.source', '#kutip-apa'])
      expect(await page.locator(shown).first().isVisible(), shown).toBe(true);
    const colours = await page.evaluate(() => {
      const style = (el: Element) => getComputedStyle(el);
      return {
        body: style(document.body).backgroundColor,
        text: style(document.querySelector('[data-article-body] p')!).color,
        link: style(document.querySelector('.meta a')!).color,
      };
    });
    expect(colours).toEqual({
      body: 'rgb(255, 255, 255)',
      text: 'rgb(0, 0, 0)',
      link: 'rgb(0, 0, 0)',
    });
    await page.close();
  });
});

describe('copying a citation', () => {
  it('shows copy buttons with JavaScript and puts the APA reference on the clipboard', async () => {
    const context = await served.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(served.url).origin,
    });
    const page = await context.newPage();
    await page.goto(`${served.url}${ARTICLE}`);
    const button = page.getByRole('button', { name: 'Salin kutipan APA' });
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    await expect
      .poll(() => page.locator('[data-copy-status]').innerText())
      .toBe('Kutipan disalin.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await page.locator('#kutip-apa').innerText()).replace(/\s+/g, ' '));
    expect(copied).toMatch(/^ANTARA News Kalimantan Barat\. \(t\.t\.\)\. Menpan RB/);
    await page.getByRole('button', { name: 'Salin entri BibTeX' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^@misc\{2023-09-20-simposium-kacpe-2023-jakarta,\n[\s\S]*\n\}$/,
    );
    await context.close();
  });
});
