// A reader with a keyboard only, a reader who asked for less motion, a reader on a 320 px
// phone or at 200 % zoom: each can use the search, its filters and an article.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useServedSite } from '../helpers/browser.ts';
import { searchSettled } from '../helpers/page-watch.ts';
import { RESULTS_PAGE, resultsFor } from '../helpers/search.ts';
import { htmlFiles } from '../helpers/site.ts';

const dist = inject('siteDist');
const ARTICLE = 'artikel/2022-08-03-bkn-forum-accsm-vietnam/';
const pages = htmlFiles(dist).map((file) => file.replace(/(^|\/)index\.html$/, '$1'));

const served = useServedSite(dist);

interface Stop {
  /** A short name of the focused element: tag#id, [name=value] or its text. */
  name: string;
  /** Its focus ring as the reader sees it. */
  outline: string;
  visible: boolean;
}

// Every control a reader can reach, named like a Stop; hidden ones and tabindex=-1 left out.
const NAME = (el: Element) =>
  `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}|${
    el.getAttribute('href') ?? el.getAttribute('name') ?? el.textContent?.trim().slice(0, 30)
  }`;

async function focusables(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const name = ${NAME.toString()};
    return [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
      .filter((el) => el.getAttribute('tabindex') !== '-1' && !el.disabled)
      .filter((el) => el.checkVisibility() || el.matches('.skip-link, .search__skip'))
      .map(name);
  })()`);
}

/** Presses Tab until focus comes back round (or `max` times); one Stop per focus. */
async function tabWalk(page: Page, max = 150): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate<Stop | null>(`(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return {
        name: (${NAME.toString()})(el),
        outline: style.outlineStyle + ' ' + style.outlineWidth,
        visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0,
      };
    })()`);
    if (!stop || stop.name === stops[0]?.name) break;
    stops.push(stop);
  }
  return stops;
}

function expectVisibleFocus(stops: Stop[]) {
  for (const stop of stops) {
    expect(stop.outline, stop.name).toMatch(/^solid [3-9]px$/);
    expect(stop.visible, stop.name).toBe(true);
  }
}

describe('keyboard only', () => {
  it('reaches every control of the search page in order, each with a visible focus ring', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.url}cari/?q=korea`);
    await searchSettled(page);
    const stops = await tabWalk(page);
    const names = stops.map((s) => s.name);
    expect(names[0]).toMatch(/^a\|#konten/);
    expect(new Set(names)).toEqual(new Set(await focusables(page)));
    const at = (pattern: RegExp) => names.findIndex((n) => pattern.test(n));
    const order = [/^input#q\|/, /^a\|#hasil/, /^select\|urut/, /\/artikel\//, /^input#f-tahun-/];
    const positions = order.map(at);
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expectVisibleFocus(stops);
    await page.close();
  });

  it('applies and removes a filter with Space, and follows a result with Enter', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.url}cari/?q=korea`);
    await searchSettled(page);
    await page.locator('#f-tahun-2022').focus();
    await searchSettled(page, () => page.keyboard.press('Space'));
    const found = await resultsFor(dist, { q: 'korea', tahun: '2022' });
    expect(found).toContain(ARTICLE.split('/')[1]);
    expect(await page.locator('[data-search-results] li').count()).toBe(
      Math.min(found.length, RESULTS_PAGE),
    );
    expect(new URL(page.url()).searchParams.getAll('tahun')).toEqual(['2022']);
    // The chip that removes the filter is a link reached by Tab from the search box.
    await page.locator('#q').focus();
    let onChip = false;
    for (let i = 0; i < 10 && !onChip; i++) {
      await page.keyboard.press('Tab');
      onChip = await page.evaluate(() => !!document.activeElement?.matches('.chip'));
    }
    expect(onChip).toBe(true);
    await searchSettled(page, () => page.keyboard.press('Enter'));
    expect(await page.locator('#f-tahun-2022').isChecked()).toBe(false);
    await page.locator('#f-tahun-2022').focus();
    await searchSettled(page, () => page.keyboard.press('Space'));
    expect(await page.locator('[data-search-results] li').count()).toBe(
      Math.min(found.length, RESULTS_PAGE),
    );
    await page.locator('[data-search-results] a').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/artikel\//);
    expect(page.url()).toContain(`artikel/${found[0]}/`);
    await page.close();
  });

  it.each([ARTICLE, `en/${ARTICLE}`])(
    'reaches every link and button of %s, skip link first, each with a visible focus ring',
    async (article) => {
      const page = await served.browser.newPage();
      await page.goto(`${served.url}${article}`);
      const stops = await tabWalk(page);
      expect(stops[0]!.name).toMatch(/^a\|#konten/);
      expect(new Set(stops.map((s) => s.name))).toEqual(new Set(await focusables(page)));
      expect(stops.some((s) => s.name.startsWith('pre#kutip-bibtex'))).toBe(true);
      expect(stops.some((s) => /^a\|.*\/glosarium\/#/.test(s.name))).toBe(true);
      expectVisibleFocus(stops);
      // The skip link lands on the main content.
      await page.goto(`${served.url}${article}`);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('konten');
      await page.close();
    },
  );
});

describe('prefers-reduced-motion', () => {
  it('turns every transition and animation off when the reader asks for less motion', async () => {
    const context = await served.browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    for (const path of ['', 'cari/?q=korea', ARTICLE]) {
      await page.goto(`${served.url}${path}`);
      await page.keyboard.press('Tab');
      const durations = await page.evaluate(() =>
        [...document.querySelectorAll('*')].flatMap((el) => {
          const style = getComputedStyle(el);
          return [style.transitionDuration, style.animationDuration].flatMap((d) =>
            d.split(',').map((s) => parseFloat(s) * (s.trim().endsWith('ms') ? 1 : 1000)),
          );
        }),
      );
      expect(Math.max(...durations), path).toBeLessThanOrEqual(0.01);
      expect(
        await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior),
      ).toBe('auto');
      // Focusing the skip link may start transitions: each lasts the 0.01 ms the rule allows.
      const running = await page.evaluate(() =>
        document.getAnimations().map((a) => Number(a.effect?.getTiming().duration ?? 0)),
      );
      expect(Math.max(0, ...running), path).toBeLessThanOrEqual(0.01);
    }
    // The rule is the stylesheet's own, not the browser default: it sets a duration of 0.01 ms.
    expect(await page.evaluate(() => getComputedStyle(document.body).transitionDuration)).toBe(
      '1e-05s',
    );
    await context.close();
  });
});

describe.each([
  { width: 320, what: 'a 320 px wide phone' },
  { width: 640, what: '200 % zoom of a 1280 px window' },
])('at $width CSS px ($what)', ({ width }) => {
  // A page or two a second in a loaded browser: the time grows with the archive.
  const timeout = Math.max(60_000, pages.length * 2_000);
  it('no page scrolls sideways, search results and filters included', { timeout }, async () => {
    const context = await served.browser.newContext({
      viewport: { width, height: 720 },
      deviceScaleFactor: width === 640 ? 2 : 1,
    });
    const page = await context.newPage();
    const wide: string[] = [];
    const searches = ['cari/?q=korea&tahun=2023&instansi=kemenpanrb'];
    for (const path of [...pages, ...searches, ...searches.map((s) => `en/${s}`)]) {
      await page.goto(`${served.url}${path}`);
      if (/^(en\/)?cari\//.test(path)) await searchSettled(page);
      const scroll = await page.evaluate(() => document.scrollingElement!.scrollWidth);
      if (scroll > width) wide.push(`/${path}: ${scroll}px`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });
});
