// The reader's archive in Chromium, in both languages: every article starts on the first screen
// of a phone, every page keeps one left edge at desktop widths, no headline runs past four lines,
// primary links are 44 px targets on phones, focus rings stand out 3:1 on every background, the
// header's search field follows dark mode, timeline dates stay whole, details open without
// JavaScript, the printout names the archive, and "Salin tautan" copies the page's address.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ui as en } from '../../src/i18n/en.ts';
import { ui as id } from '../../src/i18n/id.ts';
import { useServedSite } from '../helpers/browser.ts';
import { htmlFiles, page as built } from '../helpers/site.ts';

const dist = inject('siteDist');
const served = useServedSite(dist);
const pathOf = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');
const files = htmlFiles(dist);
// Every article page the build has, in every language.
const articlePages = files
  .filter((f) => /^(en\/)?artikel\/[^/]+\/index\.html$/.test(f))
  .map(pathOf);
const firstOf = (pattern: RegExp) => pathOf(files.find((f) => pattern.test(f))!);
const ARTICLE = articlePages.find((p) => !p.startsWith('en/'))!;
// One page of each kind, in Indonesian; the English edition has each under en/.
const KINDS = [
  '',
  'arsip/',
  firstOf(/^tahun\/\d{4}\/index\.html$/),
  ARTICLE,
  'instansi/',
  firstOf(/^instansi\/[^/]+\/index\.html$/),
  firstOf(/^topik\/[^/]+\/index\.html$/),
  'tentang/',
  'linimasa/',
  'glosarium/',
  '404.html',
];
const BOTH = [...KINDS, ...KINDS.map((p) => `en/${p}`)];

async function open(path: string, options: Parameters<typeof served.browser.newPage>[0] = {}) {
  const page = await served.browser.newPage(options);
  await page.goto(`${served.url}${path}`);
  return page;
}

describe('on a 390 × 844 phone', () => {
  it.each(articlePages)('/%s shows the first line of the text without scrolling', async (path) => {
    const page = await open(path, { viewport: { width: 390, height: 844 } });
    const line = await page.evaluate(() => {
      const first = document.querySelector('[data-article-body] p');
      const range = document.createRange();
      range.selectNodeContents(first!);
      const box = range.getClientRects()[0]!;
      return { top: box.top, bottom: box.bottom, scrolled: window.scrollY };
    });
    expect(line.scrolled).toBe(0);
    expect(line.bottom, `first line at ${line.top}–${line.bottom} px`).toBeLessThanOrEqual(844);
    await page.close();
  });

  it('gives the primary links 44 × 44 px targets: navigation, breadcrumbs, intro, footer, years', async () => {
    const small: string[] = [];
    for (const path of ['', 'en/', ARTICLE, firstOf(/^tahun\/\d{4}\/index\.html$/), '404.html']) {
      const page = await open(path, { viewport: { width: 390, height: 844 } });
      small.push(
        ...(await page.evaluate(() =>
          [
            ...document.querySelectorAll<HTMLElement>(
              '.site-nav a, .site-lang a, .breadcrumbs a, [data-feeds] a, .site-footer a, [data-year-nav] a, .not-found a',
            ),
          ]
            .map((a) => ({ a, box: a.getBoundingClientRect() }))
            .filter(({ box }) => box.width < 44 || box.height < 44)
            .map(
              ({ a, box }) =>
                `${location.pathname} ${a.textContent?.trim()}: ${box.width}×${box.height}`,
            ),
        )),
      );
      await page.close();
    }
    expect(small).toEqual([]);
  });
});

describe('at 1280 px', () => {
  it('lines up header, breadcrumbs, headings, lists and the article on one left edge', async () => {
    const off: string[] = [];
    for (const path of BOTH) {
      const page = await open(path, { viewport: { width: 1280, height: 900 } });
      off.push(
        ...(await page.evaluate(() => {
          const edge = document.querySelector('.site-header__brand')!.getBoundingClientRect().left;
          return [
            '.breadcrumbs a',
            'main h1',
            '[data-article-list]',
            '.article__header',
            '[data-article-body]',
            '.site-footer__name',
          ].flatMap((selector) => {
            const el = document.querySelector(selector);
            const left = el?.getBoundingClientRect().left;
            return left === undefined || Math.abs(left - edge) <= 1
              ? []
              : [`${location.pathname} ${selector}: ${left} px, header at ${edge} px`];
          });
        })),
      );
      await page.close();
    }
    expect(off).toEqual([]);
  });

  it.each(['', 'en/'])(
    'runs no headline past four lines, the longest in the build (%s) included',
    async (prefix) => {
      const own = articlePages.filter((p) =>
        prefix ? p.startsWith(prefix) : !p.startsWith('en/'),
      );
      const longest = own
        .map((path) => ({ path, title: built(dist, path)('h1').text() }))
        .sort((a, b) => b.title.length - a.title.length)[0]!;
      const page = await open(longest.path, { viewport: { width: 1280, height: 900 } });
      const lines = await page.evaluate(() => {
        const h1 = document.querySelector('h1')!;
        return h1.getBoundingClientRect().height / parseFloat(getComputedStyle(h1).lineHeight);
      });
      expect(Math.round(lines), longest.title).toBeLessThanOrEqual(4);
      await page.close();
    },
  );
});

// WCAG relative luminance and contrast of two CSS colours ("rgb(…)" or "rgba(…)").
const CONTRAST = `(() => {
  const rgb = (css) => css.match(/[\\d.]+/g).map(Number);
  const lum = (css) => {
    const [r, g, b] = rgb(css).map((v) => v / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  return (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
})()`;

async function focusContrasts(page: Page): Promise<string[]> {
  // A key press first: focus moved by script then shows the keyboard's ring (:focus-visible).
  await page.keyboard.press('Shift');
  return page.evaluate(`(() => {
    const contrast = ${CONTRAST};
    const opaque = (css) => !/^rgba\\(.*,\\s*0\\)$/.test(css) && css !== 'transparent';
    // The ring is drawn outside the element (outline-offset): against what lies behind it.
    const behind = (el) => {
      for (let at = el.parentElement; at; at = at.parentElement) {
        const bg = getComputedStyle(at).backgroundColor;
        if (opaque(bg)) return bg;
      }
      return getComputedStyle(document.documentElement).backgroundColor;
    };
    const out = [];
    for (const el of document.querySelectorAll('a[href], button, input, select, summary, [tabindex="0"]')) {
      if (!el.checkVisibility() || el.closest('.skip-link')) continue;
      el.focus();
      if (!el.matches(':focus-visible')) continue;
      const ring = getComputedStyle(el).outlineColor;
      const ratio = contrast(ring, behind(el));
      if (ratio < 3) out.push(location.pathname + ' ' + (el.textContent || el.getAttribute('name') || el.tagName).trim().slice(0, 30) + ': ' + ratio.toFixed(2) + ':1 (' + ring + ' on ' + behind(el) + ')');
    }
    return out;
  })()`);
}

describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
  it('draws every focus ring at 3:1 or more against what lies behind it', async () => {
    const weak: string[] = [];
    for (const path of BOTH) {
      const page = await open(path, { colorScheme });
      weak.push(...(await focusContrasts(page)));
      await page.close();
    }
    expect(weak).toEqual([]);
  });

  it('gives the header’s search field the mode’s colours, its text at 4.5:1', async () => {
    const page = await open('', { colorScheme });
    const field = await page.evaluate(`(() => {
      const contrast = ${CONTRAST};
      const style = getComputedStyle(document.querySelector('#site-search-q'));
      const white = 'rgb(255, 255, 255)';
      return { text: contrast(style.color, style.backgroundColor), fromWhite: contrast(style.backgroundColor, white) };
    })()`);
    const { text, fromWhite } = field as { text: number; fromWhite: number };
    expect(text).toBeGreaterThanOrEqual(4.5);
    // White in light mode; a dark field (far from white) in dark mode.
    if (colorScheme === 'dark') expect(fromWhite).toBeGreaterThan(7);
    else expect(fromWhite).toBe(1);
    await page.close();
  });
});

describe('the timeline', () => {
  it.each([390, 1280])('keeps each date whole on one line at %i px', async (width) => {
    for (const path of ['linimasa/', 'en/linimasa/']) {
      const page = await open(path, { viewport: { width, height: 900 } });
      const broken = await page.evaluate(() =>
        [...document.querySelectorAll('[data-date-part]')]
          .filter((part) => part.getClientRects().length !== 1)
          .map((part) => part.textContent),
      );
      expect(await page.locator('[data-date-part]').count()).toBeGreaterThan(0);
      expect(broken, path).toEqual([]);
      await page.close();
    }
  });
});

describe.each([
  { prefix: '', t: id },
  { prefix: 'en/', t: en },
])('an article ($prefix)', ({ prefix, t }) => {
  const path = `${prefix}${ARTICLE}`;

  it('opens its details without JavaScript', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${served.url}${path}`);
    const rest = page.locator('details.details > dl.meta');
    expect(await rest.isVisible()).toBe(false);
    await page.locator('details.details > summary').click();
    expect(await rest.isVisible()).toBe(true);
    await context.close();
  });

  it('prints the archive’s name and the page’s address, with the English summary beside the text', async () => {
    const page = await open(path, { colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('[data-print-source]');
    expect(await printed.isVisible()).toBe(true);
    expect(await printed.innerText()).toBe(
      `${t.print.from} ${t.siteName} · ${await page.locator('link[rel="canonical"]').getAttribute('href')}`,
    );
    // The details print open; the share block does not print.
    expect(await page.locator('details.details > dl.meta').isVisible()).toBe(true);
    expect(await page.locator('[data-share]').isVisible()).toBe(false);
    // The English summary (on the Indonesian page) follows the text and precedes the source, so
    // it never stands alone on a last page.
    if (!prefix) {
      const order = await page.evaluate(() =>
        [...document.querySelectorAll('[data-article-body], .summary-en, .source, .cite')].map(
          (el) => `${el.className.split(' ')[0]}:${getComputedStyle(el).breakBefore}`,
        ),
      );
      expect(order.map((o) => o.split(':')[0])).toEqual([
        'article__body',
        'summary-en',
        'source',
        'cite',
      ]);
      expect(order[1]).toBe('summary-en:avoid');
    }
    await page.close();
  });

  it('copies its address with “Salin tautan” and says so in a live region', async () => {
    const context = await served.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(served.url).origin,
    });
    const page = await context.newPage();
    await page.goto(`${served.url}${path}`);
    const button = page.getByRole('button', { name: t.share.copyLink });
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    const status = page.locator('[data-share] [role="status"]');
    await expect.poll(() => status.innerText()).toBe(t.share.copied);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    // The browser's own share sheet is offered only where the browser has one.
    const native = await page.evaluate(() => typeof navigator.share === 'function');
    expect(await page.locator('[data-share-native]').isVisible()).toBe(native);
    await context.close();
  });
});
