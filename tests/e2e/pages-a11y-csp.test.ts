// Every built page in Chromium, served with the headers of public/_headers: axe-core finds no
// WCAG 2.2 A/AA violation in light or dark mode, and nothing fails, errs or breaks the policy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, serve } from '../helpers/browser.ts';
import { ROOT } from '../helpers/build.ts';
import { parseHeaders } from '../helpers/headers.ts';
import { searchSettled, watch } from '../helpers/page-watch.ts';
import { htmlFiles } from '../helpers/site.ts';

const dist = inject('siteDist');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SEARCHES = ['cari/?q=korea', 'cari/?q=korea&tahun=2023&instansi=kemenpanrb'];
// The English edition's search page, with results and with filters.
const SEARCHES_EN = SEARCHES.map((path) => `en/${path}`);
const isSearch = (path: string) => /^(en\/)?cari\//.test(path);
const paths = [
  ...htmlFiles(dist).map((file) => file.replace(/(^|\/)index\.html$/, '$1')),
  ...SEARCHES,
  ...SEARCHES_EN,
];
const rules = parseHeaders(readFileSync(join(ROOT, 'public/_headers'), 'utf8'));
let browser: Browser;
let site: { url: string; close: () => Promise<void> };
const contexts: Partial<Record<'light' | 'dark', BrowserContext>> = {};

beforeAll(async () => {
  site = await serve(dist, '/', rules);
  browser = await launchChromium();
  for (const scheme of ['light', 'dark'] as const)
    contexts[scheme] = await browser.newContext({ colorScheme: scheme });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(page: Page, path: string) {
  const response = await page.goto(`${site.url}${path}`);
  if (isSearch(path)) await searchSettled(page);
  return response;
}

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id} at ${node.target.join(' ')}: ${node.failureSummary}`),
  );
}

// Pages are independent: checking a few at a time shortens the run (about 95 s instead of 110 s).
describe.concurrent('every page in light mode, under the Content-Security-Policy', () => {
  it.for(paths)(
    '/%s: no console error, failed request, CSP violation or axe violation',
    async (path, { expect }) => {
      const page = await contexts.light!.newPage();
      const problems = await watch(page);
      const response = await open(page, path);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      expect(await problems()).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
  );
});

describe.concurrent('every page in dark mode', () => {
  it.for(paths)('/%s: no axe violation', async (path, { expect }) => {
    const page = await contexts.dark!.newPage();
    await open(page, path);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
      true,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the checks themselves', () => {
  it('see search results and applied filters on the search pages', async () => {
    const page = await contexts.light!.newPage();
    await open(page, SEARCHES[1]!);
    expect(await page.locator('#f-tahun-2023').isChecked()).toBe(true);
    expect(await page.locator('#f-instansi-kemenpanrb').isChecked()).toBe(true);
    expect(await page.locator('.chip').count()).toBe(2);
    await open(page, SEARCHES[0]!);
    expect(await page.locator('[data-search-results] li').count()).toBeGreaterThan(0);
    await open(page, SEARCHES_EN[1]!);
    expect(await page.locator('#f-tahun-2023').isChecked()).toBe(true);
    expect(await page.locator('.chip').count()).toBe(2);
    expect(await page.locator('[data-search-status]').innerText()).toMatch(/found for “korea”$/);
    await page.close();
  });

  it('hear a CSP violation and a console error when there is one', async () => {
    const page = await contexts.light!.newPage();
    const problems = await watch(page);
    await open(page, '');
    await page.evaluate(() => {
      document.body.setAttribute('style', 'color: red');
      const img = document.createElement('img');
      img.src = 'https://example.org/tracker.png';
      document.body.append(img);
    });
    await expect.poll(async () => (await problems()).join('\n')).toMatch(/CSP img-src refused/);
    expect((await problems()).join('\n')).toMatch(/CSP style-src-attr refused inline/);
    await page.close();
  });

  it('see the copy buttons work under the policy, Trusted Types included', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(site.url).origin,
    });
    const page = await context.newPage();
    const problems = await watch(page);
    const article = paths.find((path) => path.startsWith('artikel/') && path.endsWith('/'))!;
    await open(page, article);
    const button = page.locator('button[data-copy]').first();
    await button.waitFor({ state: 'visible', timeout: 15_000 });
    await button.click();
    await page.waitForFunction(
      () => document.querySelector('[data-copy-status]')?.textContent !== '',
      null,
      { timeout: 15_000 },
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
    expect(await problems()).toEqual([]);
    await context.close();
  });

  it('hear a Trusted Types violation: a string into a sink, a policy not named', async () => {
    const page = await contexts.light!.newPage();
    const problems = await watch(page);
    await open(page, '');
    const refused = await page.evaluate(() => {
      type Factory = { createPolicy(name: string, rules: object): unknown };
      const factory = (window as unknown as { trustedTypes: Factory }).trustedTypes;
      const tries = [
        () => (document.body.innerHTML = '<b>x</b>'),
        () => new Worker('/_astro/x.js'),
        () => factory.createPolicy('lain', { createScriptURL: (s: string) => s }),
      ];
      return tries.filter((attempt) => {
        try {
          attempt();
          return false;
        } catch {
          return true;
        }
      }).length;
    });
    expect(refused).toBe(3);
    const heard = (await problems()).join('\n');
    expect(heard).toMatch(
      /CSP require-trusted-types-for refused trusted-types-sink \(Element innerHTML/,
    );
    expect(heard).toMatch(
      /CSP require-trusted-types-for refused trusted-types-sink \(Worker constructor/,
    );
    expect(heard).toMatch(/CSP trusted-types refused trusted-types-policy \(lain/);
    await page.close();
  });
});
