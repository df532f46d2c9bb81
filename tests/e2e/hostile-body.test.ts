// An article whose body holds every hostile vector of issue 11 (tests/fixtures/hostile/), built
// beside the real articles. Served without public/_headers — as GitHub Pages serves it — nothing
// in it opens a dialog, navigates or reaches another host; served with them, nothing breaks the
// policy. The feeds and the search files carry the page's text and none of the markup.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordsOf } from '../../src/lib/body-words.ts';
import { launchChromium, serve } from '../helpers/browser.ts';
import { buildSite, ROOT } from '../helpers/build.ts';
import { contentWith } from '../helpers/content.ts';
import { parseHeaders } from '../helpers/headers.ts';
import { watch } from '../helpers/page-watch.ts';

const FIXTURE = 'hostile/2021-09-01-isi-berbahaya.md';
const SLUG = '2021-09-01-isi-berbahaya';
const VECTORS = /alert\(|pwned|javascript:|vbscript:|penyerang|<script|onerror|srcdoc|http-equiv/i;
const rules = parseHeaders(readFileSync(join(ROOT, 'public/_headers'), 'utf8'));

let dist = '';
let browser: Browser;
beforeAll(async () => {
  const content = contentWith(FIXTURE, { withRealArticles: true });
  const result = await buildSite({ ARCHIVE_CONTENT_DIR: content });
  if (result.code !== 0) throw new Error(`The hostile fixture did not build:\n${result.output}`);
  dist = result.outDir;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** What a page did that it must not: dialogs, navigations, frames, popups, other hosts. */
async function misdeeds(page: Page, origin: string): Promise<() => Promise<string[]>> {
  const found: string[] = [];
  page.on('dialog', (dialog) => {
    found.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) found.push(`request to ${request.url()}`);
  });
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) found.push(`frame opened ${frame.url()}`);
    else if (!frame.url().startsWith(`${origin}/artikel/${SLUG}/`))
      found.push(`navigated to ${frame.url()}`);
  });
  page.on('popup', (popup) => found.push(`popup ${popup.url()}`));
  return async () => [...found, ...(await page.evaluate(() => ('pwned' in window ? ['ran'] : [])))];
}

/** Opens the article and does what a reader's pointer and keyboard would, links excepted. */
async function openAndTouch(page: Page, url: string): Promise<void> {
  await page.goto(`${url}artikel/${SLUG}/`);
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('[data-article-body] *')) {
      for (const type of ['mouseover', 'focus', 'toggle', 'load', 'error'])
        el.dispatchEvent(new Event(type));
      // Following a link is the reader's choice; clicking anything else must do nothing.
      if (!el.closest('a[href]')) el.click();
    }
  });
  await page.waitForLoadState('networkidle');
}

describe('a body full of hostile markup, served without _headers', () => {
  it('opens no dialog, navigates nowhere and requests nothing from another host', async () => {
    const site = await serve(dist);
    const page = await browser.newPage();
    const origin = new URL(site.url).origin;
    const done = await misdeeds(page, origin);
    await openAndTouch(page, site.url);
    expect(await done()).toEqual([]);
    // The reader still has the text.
    const body = await page.locator('[data-article-body]').innerText();
    expect(body).toContain('Paragraf pembuka ini ditulis untuk uji');
    expect(body).toContain('Paragraf penutup: semua teks di atas tetap terbaca');
    expect(body).toContain('Foto kegiatan dalam Markdown');
    // Fenced code without Shiki's inline style, which the policy would refuse.
    const code = page.locator('[data-article-body] pre');
    expect((await code.innerText()).trim()).toBe('contoh kode yang disalin apa adanya');
    expect(await code.evaluate((pre) => pre.outerHTML)).not.toContain('style');
    await page.close();
    await site.close();
  });

  it('keeps no link to an address a browser could run as a script', async () => {
    const site = await serve(dist);
    const page = await browser.newPage();
    await page.goto(`${site.url}artikel/${SLUG}/`);
    const protocols = await page.$$eval('[data-article-body] a[href]', (links) =>
      links.map((a) => (a as HTMLAnchorElement).protocol),
    );
    expect(protocols.length).toBeGreaterThan(0);
    expect(protocols.filter((p) => !['http:', 'https:', 'mailto:'].includes(p))).toEqual([]);
    // A disarmed link is plain text, not a link that does nothing.
    expect(await page.locator('[data-article-body] a:not([href])').count()).toBe(0);
    expect(await page.locator('[data-article-body]').innerText()).toContain('tautan skrip mentah');
    await page.close();
    await site.close();
  });
});

describe('the same body served with _headers', () => {
  it('breaks neither the Content-Security-Policy nor Trusted Types', async () => {
    const site = await serve(dist, '/', rules);
    const page = await browser.newPage();
    const problems = await watch(page);
    const done = await misdeeds(page, new URL(site.url).origin);
    await openAndTouch(page, site.url);
    expect(await problems()).toEqual([]);
    expect(await done()).toEqual([]);
    await page.close();
    await site.close();
  });
});

describe('where else the body goes', () => {
  const read = (file: string) => readFileSync(join(dist, file), 'utf8');
  const pageWords = async () => {
    const site = await serve(dist);
    const page = await browser.newPage();
    await page.goto(`${site.url}artikel/${SLUG}/`);
    const words = wordsOf(await page.locator('[data-article-body]').innerText());
    await page.close();
    await site.close();
    return words;
  };

  it('the JSON Feed carries the text the page shows, and the feeds no markup', async () => {
    const item = JSON.parse(read('feed.json')).items.find((i: { url: string }) =>
      i.url.endsWith(`/artikel/${SLUG}/`),
    );
    expect(wordsOf(item.content_text)).toEqual(await pageWords());
    expect(read('feed.json')).not.toMatch(VECTORS);
    expect(read('rss.xml')).not.toMatch(VECTORS);
  });

  it('the search files carry the text the page shows, and no markup', async () => {
    const dir = join(dist, 'cari');
    const files = readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.json'));
    // The document list stores each slug without the date it starts with ("/" + slug otherwise).
    const { slugs } = JSON.parse(read('cari/daftar.json')) as { slugs: string[] };
    const index = slugs.findIndex(
      (packed) => packed === `/${SLUG}` || /^\d{4}-\d{2}-\d{2}-(.+)$/.exec(SLUG)?.[1] === packed,
    );
    expect(index, 'the hostile article in cari/daftar.json').toBeGreaterThanOrEqual(0);
    const doc = JSON.parse(read(`cari/dok/${index}.json`)) as { text: string };
    expect(wordsOf(doc.text)).toEqual(await pageWords());
    for (const file of files) expect(read(`cari/${file}`), file).not.toMatch(VECTORS);
  });
});
