// The built pages as a validator, a Content-Security-Policy and a link checker see them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { siteConfigFromEnv } from '../../src/lib/site-config.ts';
import { ROOT } from '../helpers/build.ts';
import { checkLinks } from '../helpers/links.ts';
import { htmlFiles, page } from '../helpers/site.ts';

const dist = inject('siteDist');
const files = htmlFiles(dist);
const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));

describe('every built page', () => {
  it('is found: the home page, an article, the search page and the 404 page at least', () => {
    for (const file of ['index.html', 'cari/index.html', '404.html']) expect(files).toContain(file);
    for (const file of ['en/index.html', 'en/cari/index.html', 'en/404.html'])
      expect(files).toContain(file);
    expect(files.filter((f) => f.startsWith('artikel/')).length).toBeGreaterThan(0);
  });

  it.each(files)('%s passes html-validate (standard preset)', async (file) => {
    const report = await validator.validateString(readFileSync(join(dist, file), 'utf8'), file);
    const errors = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(errors).toEqual([]);
  });

  it.each(files)('%s has no inline script, style or event handler', (file) => {
    const $ = page(dist, file);
    // JSON-LD is data a Content-Security-Policy does not run; every other script is a file.
    expect($('script:not([src]):not([type="application/ld+json"])').length).toBe(0);
    expect($('style').length).toBe(0);
    expect($('[style]').length).toBe(0);
    const handlers = $('*')
      .toArray()
      .flatMap((el) => ('attribs' in el ? Object.keys(el.attribs) : []))
      .filter((name) => /^on/i.test(name));
    expect(handlers).toEqual([]);
  });
});

describe('links in dist/', () => {
  it('every internal href, src, action, srcset and CSS url() names a file and an id that exist', () => {
    const report = checkLinks(dist, { origin: siteConfigFromEnv(process.env).site });
    expect(report.broken).toEqual([]);
    // Each page links to its stylesheets, the navigation and the feeds at least.
    expect(report.checked).toBeGreaterThan(files.length * 10);
  });
});
