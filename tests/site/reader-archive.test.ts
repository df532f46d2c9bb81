// The reader's archive in the built pages, in both languages: provenance a researcher can check,
// the about page, the compact article header, the small things (footer, year links, the current
// section, names of bodies, country order, related articles) and the pictures (og:image cards,
// the chart, share links). Expectations come from the content, never from a fixed list.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ui as en } from '../../src/i18n/en.ts';
import { ui as id } from '../../src/i18n/id.ts';
import { publishersOf } from '../../src/lib/provenance.ts';
import { ROOT, TEST_SITE_URL } from '../helpers/build.ts';
import { htmlFiles, page, sourceArticles } from '../helpers/site.ts';

const dist = inject('siteDist');
const articles = sourceArticles();
const yaml = (file: string) =>
  parseYaml(readFileSync(join(ROOT, 'content', file), 'utf8')) as Record<
    string,
    Record<string, unknown>
  >;
const institutions = yaml('institutions.yaml');
const countries = yaml('countries.yaml');
const LANGS = [
  { prefix: '', t: id, name: (e: Record<string, unknown>, f: string) => e[f] as string },
  {
    prefix: 'en/',
    t: en,
    name: (e: Record<string, unknown>, f: string) => (e[`${f}En`] ?? e[f]) as string,
  },
] as const;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const iso = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));
const source = (a: (typeof articles)[number]) =>
  a.data['source'] as { publisher?: string; url?: string };
const files = htmlFiles(dist);
const years = [...new Set(articles.map((a) => Number(iso(a.data.date).slice(0, 4))))].sort();
// The pages of one language: the English edition under en/, the Indonesian one everywhere else.
const ownFiles = (prefix: string) =>
  files.filter((f) => (prefix ? f.startsWith(prefix) : !f.startsWith('en/')));
const slugOf = (href: string | undefined) => /\/artikel\/([^/]+)\//.exec(href ?? '')?.[1];

describe.each(LANGS)('provenance a researcher can check ($prefix)', ({ prefix, t, name }) => {
  it.each(articles)('$slug links its original page, or says its address is unknown', (a) => {
    const $ = page(dist, `${prefix}artikel/${a.slug}/`);
    const { url, publisher } = source(a);
    const original = $('.source [data-original-page]');
    if (url) {
      expect(original.find('a').attr('href')).toBe(url);
      expect(original.find('a').text()).toBe(url);
    } else {
      expect(original.find('a').length).toBe(0);
      expect(squash(original.text())).toBe(t.article.originalPageUnknown);
    }
    // The publisher is labelled as such, in the source block and in the line under the summary.
    expect($('.source [data-publisher]').text()).toBe(publisher ?? t.article.publisherUnknown);
    const byline = squash($('.article__byline').text());
    expect(byline).toContain(`${t.article.sourceBy}: ${publisher ?? t.article.publisherUnknown}`);
    // The institution is labelled as the one the article is about, not as its publisher.
    const terms = $('dl.meta dt')
      .map((_, dt) => $(dt).text())
      .get();
    const row = $('dl.meta dt')
      .filter((_, dt) => $(dt).text() === t.article.institution)
      .next('dd');
    expect(terms).toContain(t.article.institution);
    expect(row.text().trim()).toBe(name(institutions[a.data.institution]!, 'fullName'));
  });
});

describe.each(LANGS)('the about page ($prefix)', ({ prefix, t }) => {
  const $ = page(dist, `${prefix}tentang/`);

  it('says how articles are chosen, kept faithful, whose the texts are and why they are kept', () => {
    expect($('h1').text()).toBe(t.about.title);
    const text = squash($('main').text());
    for (const part of [t.about.chosen, t.about.faithful, t.about.ours, t.about.rights])
      expect(text).toContain(squash(part));
    expect(text).toContain('COPYRIGHT © ANTARA');
  });

  it('lists the publishers of the archive’s texts with their counts, from the content', () => {
    const shown = $('[data-publishers] li')
      .map((_, li) => squash($(li).text()))
      .get();
    const expected = publishersOf(
      articles.map((a) => ({ source: { credits: [], ...source(a) } })),
    ).map((p) => `${p.name ?? t.about.publisherUnknown} (${t.listing.count(p.count)})`);
    expect(shown).toEqual(expected);
  });

  it('names no curator and no contact address while the site config gives none', () => {
    expect($('[data-curators]').text()).toBe(t.about.curatorsUnset);
    expect(squash($('[data-contact]').text())).toBe(t.about.contactUnset);
    expect($('main a[href^="mailto:"]').length).toBe(0);
  });
});

describe.each(LANGS)('the compact article header ($prefix)', ({ prefix, t, name }) => {
  it.each(articles)(
    '$slug: breadcrumbs without the title, no line above the headline, details in one line',
    (a) => {
      const $ = page(dist, `${prefix}artikel/${a.slug}/`);
      const crumbs = $('nav.breadcrumbs li');
      expect(crumbs.map((_, li) => $(li).text()).get()).toEqual([
        t.nav.home,
        t.nav.archive,
        iso(a.data.date).slice(0, 4),
      ]);
      expect(crumbs.find('a').length).toBe(crumbs.length);
      expect($('nav.breadcrumbs').text()).not.toContain($('h1').text());
      // The headline opens the article's header: no institution line above it.
      expect($('.article__header').children().first().is('h1')).toBe(true);
      expect($('.article__header .eyebrow').length).toBe(0);
      // One line (date · institution · country) that opens to the rest, without JavaScript.
      const line = squash($('details.details > summary').text());
      const institution = name(institutions[a.data.institution]!, 'name');
      const firstCountry = name(countries[a.data.partnerCountries[0]!]!, 'name');
      expect(line).toContain(` · ${institution} · `);
      expect(line).toContain(t.article.allDetails);
      expect($('details.details > dl.meta').length).toBe(1);
      if (a.data.partnerCountries.length === 1) expect(line).toContain(firstCountry);
      else expect(line).toContain(t.article.moreCountries(a.data.partnerCountries.length - 1));
    },
  );

  it.each(articles.filter((a) => a.data['photoCaption']))(
    '$slug: the caption of the photo that is not archived comes after the text, saying so',
    (a) => {
      const $ = page(dist, `${prefix}artikel/${a.slug}/`);
      const order = $('[data-article-body], [data-photo-caption]')
        .map((_, el) => ($(el).is('[data-article-body]') ? 'body' : 'caption'))
        .get();
      expect(order).toEqual(['body', 'caption']);
      expect($('[data-photo-caption]').text()).toContain(t.article.photoNotArchived);
    },
  );
});

describe.each(LANGS)('the small things ($prefix)', ({ prefix, t }) => {
  it('writes the archive’s count after its intro, with a space', () => {
    const text = squash(page(dist, `${prefix}arsip/`)('[data-archive-intro]').text());
    expect(text).toBe(`${t.listing.archiveIntro} ${t.listing.count(articles.length)}.`);
  });

  it('offers a search box on the 404 page, and links that do what they say', () => {
    const $ = page(dist, `${prefix}404.html`);
    const form = $('main form[role="search"][method="get"]');
    expect(form.attr('action')).toBe(`/${prefix}cari/`);
    expect(form.find('input[name="q"]').length).toBe(1);
    expect(form.find('label').text()).toBe(t.search.label);
    expect($(`main a[href="/${prefix}"]`).text()).toBe(t.notFound.back);
    expect($(`main a[href="/${prefix}arsip/"]`).text()).toBe(t.notFound.browse);
  });

  it('leads from each year to the years before and after it that have articles', () => {
    for (const year of years) {
      const $ = page(dist, `${prefix}tahun/${year}/`);
      const older = years.filter((y) => y < year).at(-1);
      const newer = years.find((y) => y > year);
      const nav = $('[data-year-nav]');
      expect(nav.find('a[rel="prev"]').attr('href'), `${year}`).toBe(
        older === undefined ? undefined : `/${prefix}tahun/${older}/`,
      );
      expect(nav.find('a[rel="next"]').attr('href'), `${year}`).toBe(
        newer === undefined ? undefined : `/${prefix}tahun/${newer}/`,
      );
    }
  });

  it('marks the current section in the navigation on year, article and listing pages', () => {
    const current = ($: CheerioAPI) =>
      $('.site-nav a[aria-current]')
        .map((_, a) => `${$(a).text()}=${$(a).attr('aria-current')}`)
        .get();
    const a = articles[0]!;
    const cases: [string, string[]][] = [
      ['arsip/', [`${t.nav.archive}=page`]],
      [`tahun/${years[0]}/`, [`${t.nav.archive}=true`]],
      [`artikel/${a.slug}/`, [`${t.nav.archive}=true`]],
      [`instansi/${a.data.institution}/`, [`${t.nav.institutions}=true`]],
      [`topik/${a.data.topics[0]}/`, [`${t.nav.topics}=true`]],
      [`negara/${a.data.partnerCountries[0]}/`, [`${t.nav.countries}=true`]],
      ['instansi/', [`${t.nav.institutions}=page`]],
      ['glosarium/', [`${t.nav.glossary}=page`]],
      ['', []],
      ['tentang/', []],
    ];
    for (const [path, expected] of cases)
      expect(current(page(dist, `${prefix}${path}`)), path).toEqual(expected);
  });

  it('has a footer worth its name on every page: what the archive is, about, feeds, glossary, archive, language', () => {
    for (const file of ownFiles(prefix)) {
      const $ = page(dist, file);
      const footer = $('.site-footer');
      expect(squash(footer.find('.site-footer__line').text()), file).toBe(t.footer.about);
      const links = footer
        .find('a')
        .map((_, a) => $(a).attr('href'))
        .get();
      for (const path of ['tentang/', 'arsip/', 'glosarium/', 'rss.xml', 'feed.json'])
        expect(links, `${file} ${path}`).toContain(`/${prefix}${path}`);
      // The same page in the other language, as the header's switch has it.
      expect(footer.find('a[hreflang]').attr('href'), file).toBe(
        $('a[data-lang-switch]').attr('href'),
      );
    }
  });

  it('never repeats the older and newer articles among the related ones', () => {
    for (const a of articles) {
      const $ = page(dist, `${prefix}artikel/${a.slug}/`);
      const pager = $('.pager a')
        .map((_, l) => slugOf($(l).attr('href')))
        .get();
      const related = $('[data-related] a[href*="/artikel/"]')
        .map((_, l) => slugOf($(l).attr('href')))
        .get();
      expect(
        related.filter((s) => pager.includes(s)),
        a.slug,
      ).toEqual([]);
    }
  });

  it('lists partner countries in the order the data file gives (Korea first), then as written', () => {
    const rank = (c: string) => (countries[c]?.['order'] as number | undefined) ?? Infinity;
    for (const a of articles) {
      const expected = [...a.data.partnerCountries].sort((x, y) => rank(x) - rank(y));
      const $ = page(dist, `${prefix}artikel/${a.slug}/`);
      const shown = $('dl.meta dt')
        .filter((_, dt) => $(dt).text() === t.article.countries)
        .next('dd')
        .find('a')
        .map((_, l) => /\/negara\/([^/]+)\//.exec($(l).attr('href') ?? '')?.[1])
        .get();
      expect(shown, a.slug).toEqual(expected);
      if (a.data.partnerCountries.includes('korea-selatan')) expect(shown[0]).toBe('korea-selatan');
    }
  });

  it('calls a body by one name everywhere: an institution, and a partner institution', () => {
    const withPartners = articles.find((a) => (a.data.partnerInstitutions ?? []).length > 0)!;
    const $ = page(dist, `${prefix}artikel/${withPartners.slug}/`);
    const terms = $('dl.meta dt')
      .map((_, dt) => $(dt).text())
      .get();
    expect(terms).toEqual(
      expect.arrayContaining([t.article.institution, t.article.partnerInstitutions]),
    );
    const kind = prefix === '' ? /instansi/i : /institution/i;
    expect(t.article.institution).toMatch(kind);
    expect(t.article.partnerInstitutions).toMatch(kind);
    expect(t.nav.institutions).toMatch(kind);
    expect(page(dist, `${prefix}instansi/`)('main').text()).toMatch(kind);
    // The other name is gone from every page.
    for (const file of ownFiles(prefix))
      expect(page(dist, file)('body').text(), file).not.toMatch(/Lembaga mitra/);
  });
});

// The JPEG's size from its start-of-frame marker.
function jpegSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  for (let at = 2; at < bytes.length;) {
    const marker = bytes[at + 1]!;
    const length = bytes.readUInt16BE(at + 2);
    if (marker >= 0xc0 && marker <= 0xc3)
      return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
    at += 2 + length;
  }
  return undefined;
}

describe.each(LANGS)('pictures ($prefix)', ({ prefix, t }) => {
  it('gives every page an og:image with its alt text, size and a large summary card', () => {
    for (const file of ownFiles(prefix)) {
      const $ = page(dist, file);
      const image = $('meta[property="og:image"]').attr('content') ?? '';
      const slug = /^(?:en\/)?artikel\/([^/]+)\/index\.html$/.exec(file)?.[1];
      expect(image, file).toBe(`${TEST_SITE_URL}/og/${slug ?? 'arsip'}.jpg`);
      expect($('meta[property="og:image:width"]').attr('content'), file).toBe('1200');
      expect($('meta[property="og:image:height"]').attr('content'), file).toBe('630');
      expect($('meta[property="og:image:type"]').attr('content'), file).toBe('image/jpeg');
      const alt = $('meta[property="og:image:alt"]').attr('content') ?? '';
      expect(alt, file).toContain(t.siteName);
      if (slug) expect(alt, file).toContain($('h1').text());
      expect($('meta[name="twitter:card"]').attr('content'), file).toBe('summary_large_image');
    }
  });

  it('has a 1200×630 JPEG card for every article and for the site', () => {
    for (const name of [...articles.map((a) => a.slug), 'arsip']) {
      const size = jpegSize(readFileSync(join(dist, 'og', `${name}.jpg`)));
      expect(size, name).toEqual({ width: 1200, height: 630 });
    }
  });

  it('shows the archive’s shape on the front page: a bar per year, each a link with its count', () => {
    const $ = page(dist, prefix);
    const chart = $('[data-year-chart]');
    expect(chart.find('figcaption').text()).toBe(t.home.chartTitle);
    const bars = chart
      .find('svg a')
      .map(
        (_, a) =>
          `${$(a).attr('href')} ${$(a).attr('aria-label')} ${$(a).text().trim()} ${$(a).next('.year-chart__count').text().trim()}`,
      )
      .get();
    const counts = years.map((y) => ({
      year: y,
      count: articles.filter((a) => iso(a.data.date).startsWith(String(y))).length,
    }));
    // Over twelve years, only every fifth year and the first and last are written under the bars.
    const span = years.at(-1)! - years[0]! + 1;
    const written = (year: number) =>
      span <= 12 || year === years[0] || year === years.at(-1) || year % 5 === 0;
    expect(bars).toEqual(
      counts.map(
        ({ year, count }) =>
          `/${prefix}tahun/${year}/ ${t.home.chartBar(year, count)} ${written(year) ? year : ''} ${count}`,
      ),
    );
    // The years between without articles are there too, as empty bars.
    const all = chart
      .find('[data-year]')
      .map((_, el) => Number($(el).attr('data-year')))
      .get();
    expect(all).toEqual(
      Array.from({ length: years.at(-1)! - years[0]! + 1 }, (_, i) => years[0]! + i),
    );
    expect(chart.find('[style], script').length).toBe(0);
  });

  it('gives every article share links with its address and a copy-link button', () => {
    for (const a of articles) {
      const $ = page(dist, `${prefix}artikel/${a.slug}/`);
      const url = `${TEST_SITE_URL}/${prefix}artikel/${a.slug}/`;
      const links = $('[data-share] a[data-share-service]');
      expect(links.length, a.slug).toBe(5);
      links.each((_, link) => {
        const href = $(link).attr('href') ?? '';
        expect(decodeURIComponent(href.replace(/\+/g, ' ')), href).toContain(url);
      });
      expect($('[data-share] button[data-copy-link]').text()).toBe(t.share.copyLink);
      expect($('[data-share] [role="status"]').length).toBe(1);
      expect(squash($('[data-print-source]').text())).toBe(
        `${t.print.from} ${t.siteName} · ${url}`,
      );
    }
  });
});
