import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { useServedSite } from '../helpers/browser.ts';
import { ROOT } from '../helpers/build.ts';
import { searchSettled } from '../helpers/page-watch.ts';
import { devSet, devSetSlugs } from '../helpers/search.ts';
import { sourceArticles } from '../helpers/site.ts';

const dist = inject('siteDist');
const slugs = devSetSlugs();
const articles = sourceArticles();
const yaml = (file: string) =>
  parseYaml(readFileSync(join(ROOT, 'content', file), 'utf8')) as Record<
    string,
    Record<string, string>
  >;
const institutions = yaml('institutions.yaml');
const topics = yaml('topics.yaml');
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
const visible = (selector: string) => page.locator(selector).isVisible();
async function open(query: string, p: Page = page) {
  await p.goto(`${served.url}cari/${query}`);
  await searchSettled(p);
}

describe('search page in a real browser', () => {
  it('finds what a reader types, typo included, and says what it searched for', async () => {
    await open('');
    await searchSettled(page, () =>
      page.locator('[data-search-input]').pressSequentially('refomasi'),
    );
    expect((await results()).sort()).toEqual(
      [slugs['panrb-2019'], slugs['kacpe-2023'], slugs['forum-2017']].sort(),
    );
    expect(await status()).toBe('3 artikel ditemukan untuk “reformasi”');
    expect(await page.locator('[data-search-corrected]').innerText()).toMatch(
      /^Menampilkan hasil untuk reformasi\. Cari persis “refomasi”$/,
    );
    expect(await page.locator('[data-search-reading] mark').innerText()).toBe('reformasi');
    expect(new URL(page.url()).searchParams.get('q')).toBe('refomasi');
    expect(await page.title()).toContain('“refomasi”');
    expect(await page.locator('.result__snippet mark').first().innerText()).toMatch(/^reformasi$/i);

    // The exact word, as typed: nothing holds it.
    await searchSettled(page, () => page.locator('[data-search-exact]').click());
    expect(new URL(page.url()).searchParams.get('persis')).toBe('1');
    expect(await results()).toEqual([]);
    expect(await status()).toBe('0 artikel ditemukan untuk “refomasi”');
    expect(await visible('[data-search-corrected]')).toBe(false);
  });

  it('never empties the results or shows "none found" while a word is still being typed', async () => {
    await open('');
    // Every list the page shows while typing, as the reader would see it.
    await page.evaluate(() => {
      const list = document.querySelector<HTMLElement>('[data-search-results]')!;
      const none = document.querySelector<HTMLElement>('[data-search-none]')!;
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      new MutationObserver(() => seen.push(`${list.children.length}/${none.hidden}`)).observe(
        list,
        {
          attributes: true,
          attributeFilter: ['data-render-count'],
        },
      );
    });
    const input = page.locator('[data-search-input]');
    // At a reader's pace: a key every 120 ms.
    await searchSettled(page, () => input.pressSequentially('refomasi', { delay: 120 }));
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((s) => s.startsWith('0/') || s.endsWith('/false'))).toEqual([]);
    expect((await results()).length).toBe(3);

    // A word that never finds anything says so once the reader stops typing.
    await searchSettled(page, () => input.fill(''));
    await searchSettled(page, () => input.pressSequentially('xqzv'));
    expect(await results()).toEqual([]);
    expect(await visible('[data-search-none]')).toBe(true);
  });

  it('puts a typed query in the URL once, so Back returns to the page before it', async () => {
    await open('?tahun=2023');
    await searchSettled(page, () => page.locator('[data-search-input]').pressSequentially('korea'));
    expect(new URL(page.url()).search).toBe('?q=korea&tahun=2023');
    await searchSettled(page, () => page.goBack());
    expect(new URL(page.url()).search).toBe('?tahun=2023');
    expect(await page.locator('[data-search-input]').inputValue()).toBe('');
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

  it('when nothing matches: says what the archive holds and offers ways on, not the filters', async () => {
    await open('?q=sepak%20bola');
    expect(await results()).toEqual([]);
    expect(await status()).toBe('0 artikel ditemukan untuk “sepak bola”');
    const none = page.locator('[data-search-none]');
    expect(await none.innerText()).toContain('Tidak ada artikel yang cocok dengan “sepak bola”.');
    const years = articles.map((a) => String(a.data.date).slice(0, 4)).sort();
    expect(await none.innerText()).toContain(
      `Arsip ini memuat ${articles.length} artikel berita tahun ${years[0]}–${years.at(-1)}`,
    );
    expect(await visible('[data-search-sort]')).toBe(false);
    expect(await visible('[data-search-filters]')).toBe(false);
    expect(await visible('[data-search-none-filters]')).toBe(false);
    expect(await none.locator('a[href$="/topik/"]').count()).toBe(1);
    expect(await none.locator('a[href$="/arsip/"]').count()).toBe(1);
    // Example searches come from the archive's own topics and institutions, and each finds some.
    const names = [
      ...Object.values(topics).map((t) => t['name']!.split(' / ')[0]),
      ...Object.values(institutions).flatMap((i) => [i['acronym'], i['name']]),
    ];
    const examples = await none.locator('[data-search-example]').allInnerTexts();
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(names).toContain(example);
    await searchSettled(page, () => none.locator('[data-search-example]').first().click());
    expect(new URL(page.url()).searchParams.get('q')).toBe(examples[0]);
    expect((await results()).length).toBeGreaterThan(0);
    expect(await visible('[data-search-filters]')).toBe(true);
  });

  it('when filters leave nothing, offers to clear them', async () => {
    await open('?q=korea&tahun=2023&instansi=bkn');
    expect(await results()).toEqual([]);
    expect(await page.locator('[data-search-none-filters]').innerText()).toContain(
      'Hapus semua filter',
    );
    await searchSettled(page, () => page.locator('[data-search-none-clear]').click());
    expect(new URL(page.url()).search).toBe('?q=korea');
    expect((await results()).length).toBe(articles.length);
  });

  it('filters by each facet, with live counts, disabled empty values, chips and clear-all', async () => {
    await open('?q=korea');
    expect(await page.locator('label[for="f-instansi-kasn"] [data-count]').innerText()).toBe('(2)');
    await searchSettled(page, () => page.locator('#f-tahun-2023').check());
    expect(await results()).toEqual([slugs['kacpe-2023']]);
    expect(new URL(page.url()).searchParams.getAll('tahun')).toEqual(['2023']);
    // Counts of another facet follow the year filter; a value that would find nothing is off.
    expect(await page.locator('label[for="f-instansi-bkn"] [data-count]').innerText()).toBe('(0)');
    expect(await page.locator('#f-instansi-bkn').isDisabled()).toBe(true);
    expect(await page.locator('#f-tahun-2023').isDisabled()).toBe(false);
    await searchSettled(page, () => page.locator('#f-tahun-2023').uncheck());
    await searchSettled(page, () => page.locator('#f-instansi-bkn').check());
    expect(await results()).toEqual([slugs['accsm-2022']]);
    const topic = articles.find((a) => a.slug === slugs['accsm-2022'])!.data.topics[0]!;
    await searchSettled(page, () => page.locator(`#f-topik-${topic}`).check());
    expect(await results()).toEqual([slugs['accsm-2022']]);
    expect(await page.locator('.chip').count()).toBe(2);
    expect(await page.locator('[data-filter-toggle]').innerText()).toBe('Saring hasil (2)');
    await searchSettled(page, () =>
      page.locator('.chip', { hasText: topics[topic]!['name']! }).click(),
    );
    expect(await page.locator(`#f-topik-${topic}`).isChecked()).toBe(false);
    await searchSettled(page, () => page.locator('[data-search-clear]').click());
    expect((await results()).length).toBe(articles.length);
    expect(new URL(page.url()).search).toBe('?q=korea');
    expect(await page.locator('[data-search-chips]').isHidden()).toBe(true);
  });

  it('groups the institutions, Indonesian and partners, by the names the listings use', async () => {
    await open('');
    const groups = page.locator('[data-facet="instansi"] fieldset');
    expect(await groups.locator('legend').allInnerTexts()).toEqual([
      'Instansi Indonesia',
      'Instansi mitra',
    ]);
    const used = new Set(
      articles.flatMap((a) => [a.data.institution, ...(a.data.partnerInstitutions ?? [])]),
    );
    for (const [index, indonesian] of [
      [0, true],
      [1, false],
    ] as const) {
      const ids = await groups
        .nth(index)
        .locator('input')
        .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        expect(used.has(id), id).toBe(true);
        expect(institutions[id]!['country'] === 'indonesia', id).toBe(indonesian);
        expect(await page.locator(`label[for="f-instansi-${id}"] [data-label]`).innerText()).toBe(
          institutions[id]!['fullName'],
        );
      }
    }
  });

  it('on a phone, a "Saring hasil" control above the results opens the filters', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open('?q=korea');
    const toggle = page.locator('[data-filter-toggle]');
    expect(await toggle.innerText()).toBe('Saring hasil');
    expect(await visible('[data-search-filters]')).toBe(false);
    const list = (await page.locator('[data-search-results]').boundingBox())!;
    expect((await toggle.boundingBox())!.y).toBeLessThan(list.y);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const filters = (await page.locator('[data-search-filters]').boundingBox())!;
    expect(filters.y).toBeLessThan((await page.locator('[data-search-results]').boundingBox())!.y);
    await searchSettled(page, () => page.locator('#f-tahun-2023').check());
    expect(await toggle.innerText()).toBe('Saring hasil (1)');
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await toggle.isVisible()).toBe(false);
    expect(await visible('[data-search-filters]')).toBe(true);
  });

  it('with no query, shows each article with our summary', async () => {
    await open('');
    const shown = await page.$$eval('[data-search-results] li', (items) =>
      items.map((li) => ({
        slug: /\/artikel\/([^/]+)\//.exec(li.querySelector('a')!.getAttribute('href')!)![1],
        text: li.querySelector('.result__snippet')!.textContent,
      })),
    );
    expect(shown).toHaveLength(articles.length);
    for (const { slug, text } of shown) {
      expect(text).toBe(articles.find((a) => a.slug === slug)!.data['summary']);
    }
  });

  it('the header box on this page mirrors the page box', async () => {
    await open('?q=korea');
    expect(await page.locator('[data-site-search]').inputValue()).toBe('korea');
    const header = page.locator('[data-site-search]');
    await header.fill('');
    await searchSettled(page, () => header.pressSequentially('KACPE'));
    expect(await page.locator('[data-search-input]').inputValue()).toBe('KACPE');
    expect(await results()).toEqual([slugs['kacpe-2023']]);
  });

  it('restores the same results from the URL in a new tab, and with back and forward', async () => {
    await open('?q=kerja+sama&tahun=2019&tahun=2021');
    const first = await results();
    expect(first.sort()).toEqual([slugs['panrb-2019'], slugs['kasn-2021']].sort());
    const other = await served.browser.newPage();
    await other.goto(page.url());
    await searchSettled(other);
    expect((await results(other)).sort()).toEqual(first.sort());
    expect(await other.locator('#f-tahun-2019').isChecked()).toBe(true);
    await other.close();

    await searchSettled(page, () => page.locator('#f-tahun-2019').uncheck());
    expect(await results()).toEqual([slugs['kasn-2021']]);
    await searchSettled(page, () => page.goBack());
    expect((await results()).sort()).toEqual(first.sort());
    expect(await page.locator('#f-tahun-2019').isChecked()).toBe(true);
    await searchSettled(page, () => page.goForward());
    expect(await results()).toEqual([slugs['kasn-2021']]);
  });

  it('offers a sort by date, newest or oldest', async () => {
    await open('?q=birokrasi');
    await searchSettled(page, () => page.locator('[data-search-sort]').selectOption('terlama'));
    expect((await results())[0]).toBe(slugs['forum-2017']);
    expect(new URL(page.url()).searchParams.get('urut')).toBe('terlama');
    await searchSettled(page, () => page.locator('[data-search-sort]').selectOption('terbaru'));
    expect((await results())[0]).toBe(slugs['kacpe-2023']);
  });

  it('works by keyboard alone: "/" focuses search, Enter searches, Tab reaches results', async () => {
    await page.goto(served.url);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    await page.keyboard.type('KACPE');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cari\/\?q=KACPE/);
    await searchSettled(page);
    expect(await results()).toEqual([slugs['kacpe-2023']]);
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

  it('drops bidirectional controls from a query before showing it', async () => {
    await open(`?q=${encodeURIComponent('\u202Ekorea\u2066')}`);
    expect(await page.locator('[data-search-input]').inputValue()).toBe('korea');
    expect(await status()).toBe(`${articles.length} artikel ditemukan untuk “korea”`);
    expect(await page.title()).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('without JavaScript, says keyword search needs it and offers the listings', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${served.url}cari/?q=korea`);
    const text = await noJs.locator('.search__nojs').innerText();
    expect(text).toContain('memerlukan JavaScript');
    expect(await noJs.locator('.search__nojs a[href$="/tahun/2023/"]').count()).toBe(1);
    expect(await noJs.locator('.search__nojs a[href$="/instansi/kemenpanrb/"]').count()).toBe(1);
    expect(await noJs.locator('[data-search-filters]').isVisible()).toBe(true);
    expect(await noJs.locator('[data-filter-toggle]').isVisible()).toBe(false);
    await context.close();
  });
});
