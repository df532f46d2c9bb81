// The English edition as its readers see it: every page under /en/ in English, an article with
// our English headline and summary first and the source's text marked as Indonesian, the
// language switch and the alternates that lead to the same page in the other language.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ui as en } from '../../src/i18n/en.ts';
import { ui as id } from '../../src/i18n/id.ts';
import { ROOT, TEST_SITE_URL } from '../helpers/build.ts';
import {
  bodyShown,
  htmlFiles,
  listedSlugs,
  newestFirst,
  page,
  sourceArticles,
} from '../helpers/site.ts';

const dist = inject('siteDist');
const SITE = `${TEST_SITE_URL}/`;
const articles = sourceArticles();
const yaml = (file: string) => parseYaml(readFileSync(join(ROOT, 'content', file), 'utf8'));
const iso = (d: string | Date) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const english = (d: string) => {
  const [y, m, day] = d.split('-').map(Number);
  return `${day} ${MONTHS[m! - 1]} ${y}`;
};
const files = htmlFiles(dist);
const englishFiles = files.filter((f) => f.startsWith('en/'));
const indonesianFiles = files.filter((f) => !f.startsWith('en/'));
// A page's URL path from its file: "en/arsip/index.html" → "/en/arsip/".
const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
// The file a site URL or path names.
const fileOf = (url: string) => {
  const path = new URL(url, SITE).pathname.slice(1);
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
};
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the English edition', () => {
  it('has every page of the Indonesian edition, under /en/', () => {
    expect(englishFiles.length).toBe(indonesianFiles.length);
    for (const file of indonesianFiles) expect(files, file).toContain(`en/${file}`);
  });

  it('is in English on every page: lang, skip link, navigation, search form, site name', () => {
    for (const file of englishFiles) {
      const $ = page(dist, file);
      expect($('html').attr('lang'), file).toBe('en');
      expect($('a.skip-link').text().trim(), file).toBe(en.skipToContent);
      expect($('main#konten').length, file).toBe(1);
      expect(
        $('.site-nav a')
          .map((_, a) => $(a).text().trim())
          .get(),
        file,
      ).toEqual([
        en.nav.archive,
        en.nav.institutions,
        en.nav.topics,
        en.nav.countries,
        en.nav.timeline,
        en.nav.glossary,
      ]);
      const form = $('header form[role="search"][method="get"]');
      expect(form.attr('action'), file).toBe('/en/cari/');
      expect(form.find('input[name="q"]').attr('placeholder'), file).toBe(en.search.placeholder);
      expect($('title').text(), file).toContain(en.siteName);
      expect($('.site-footer').text(), file).toContain(en.footer.about);
    }
  });

  it('has an English 404 page, not indexed', () => {
    const $ = page(dist, 'en/404.html');
    expect($('h1').text()).toBe(en.notFound.title);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('link[rel="canonical"]').length).toBe(0);
  });
});

describe('an English article page', () => {
  it.each(articles)(
    '$slug: our English headline and summary first, the source’s text in Indonesian',
    (article) => {
      const $ = page(dist, `en/artikel/${article.slug}/`);
      const data = article.data as typeof article.data & { titleEn: string; summaryEn: string };
      expect($('h1').text()).toBe(data.titleEn);
      // The source's (or our Indonesian) headline beside it, marked as Indonesian, and the
      // English one marked as our translation.
      const original = $('[data-original-title]');
      expect(original.find('q[lang="id"]').text()).toBe(data.title);
      expect(original.text()).toContain(en.article.translatedTitle);
      if (data['editorialTitle'])
        expect($('.article__note').text()).toBe(en.article.editorialTitle);
      // The English summary comes before the details and the body.
      const summary = $('.article__summary');
      expect(squash(summary.text())).toBe(squash(data.summaryEn));
      const order = $('.article__summary, dl.meta, [data-article-body]')
        .map((_, el) =>
          $(el).is('[data-article-body]') ? 'body' : $(el).is('dl') ? 'meta' : 'summary',
        )
        .get();
      expect(order).toEqual(['summary', 'meta', 'body']);
      // The body is the source's text, marked as Indonesian, with a line saying so before it.
      const body = $('[data-article-body]');
      expect(body.attr('lang')).toBe('id');
      expect(body.prev('[data-original-language]').text()).toBe(en.article.originalLanguage);
      expect(bodyShown(body.text(), article.body)).toEqual([]);
      // The details in English, with the date in English.
      const terms = $('dl.meta dt')
        .map((_, dt) => $(dt).text())
        .get();
      expect(terms).toEqual(
        expect.arrayContaining([en.article.institution, en.article.date, en.article.topics]),
      );
      const date = iso(article.data.date);
      expect($(`.meta time[datetime="${date}"]`).text()).toMatch(
        new RegExp(`^${english(date).split(' ')[0]}( ${MONTHS[Number(date.slice(5, 7)) - 1]})?`),
      );
      expect($('.meta__hint').text()).toContain(
        data['dateKind'] === 'acara' ? en.article.dateEvent : en.article.datePublished,
      );
      expect($('.article__header').text()).toContain(en.article.readingTime(1).replace(/^1 /, ''));
      expect($('#kutip').text()).toBe(en.citation.title);
    },
  );

  it('gives dates in English, ranges included', () => {
    const $ = page(dist, 'en/artikel/2022-08-03-bkn-forum-accsm-vietnam/');
    expect(squash($('.meta').text())).toContain('3–5 August 2022');
    const kasn = page(dist, 'en/artikel/2021-08-30-kasn-perpanjangan-kerja-sama-mpm-korea/');
    expect(kasn('.meta time').text()).toBe(english('2021-08-30'));
  });

  it('cites the English page, with the source’s headline and our translation', () => {
    const slug = '2021-08-30-kasn-perpanjangan-kerja-sama-mpm-korea';
    const $ = page(dist, `en/artikel/${slug}/`);
    const apa = squash($('#kutip-apa').text());
    expect(apa).toBe(
      `KASN. (2021, August 30). KASN Matangkan Rencana Perpanjangan Kerja Sama dengan Kementerian Korea Selatan [KASN Finalises Plans to Extend Its Cooperation with a South Korean Ministry]. ${en.siteName}. ${SITE}en/artikel/${slug}/`,
    );
    const ris = readFileSync(
      join(dist, fileOf($('[data-citation] a[download]').attr('href')!)),
      'utf8',
    );
    expect(ris.split('\r\n')).toContain(`UR  - ${SITE}en/artikel/${slug}/`);
    expect(ris.split('\r\n')).toContain(
      'TT  - KASN Finalises Plans to Extend Its Cooperation with a South Korean Ministry',
    );
  });
});

describe('English listings', () => {
  it('list exactly what the Indonesian listings list, in English', () => {
    for (const file of indonesianFiles.filter((f) =>
      /^(tahun|instansi|topik|negara|arsip)\//.test(f),
    )) {
      const $ = page(dist, `en/${file}`);
      expect(listedSlugs($), file).toEqual(listedSlugs(page(dist, file)));
      $('[data-article-list] time').each((_, time) => {
        expect($(time).text(), file).toMatch(
          new RegExp(`^\\d{1,2}( (${MONTHS.join('|')}))?( \\d{4})?$`),
        );
      });
    }
    expect(page(dist, 'en/tahun/2019/')('h1').text()).toBe(en.listing.year(2019));
    expect(page(dist, 'en/topik/sistem-merit/')('h1').text()).toBe('Merit system');
    expect(page(dist, 'en/negara/korea-selatan/')('h1').text()).toBe('South Korea');
  });

  it('use our English names for institutions, topics and countries', () => {
    const institutions: Record<string, { fullName: string; fullNameEn?: string }> =
      yaml('institutions.yaml');
    const $ = page(dist, 'en/instansi/');
    for (const [slug, institution] of Object.entries(institutions)) {
      const link = $(`a[href="/en/instansi/${slug}/"]`);
      expect(link.text(), slug).toBe(institution.fullNameEn ?? institution.fullName);
    }
    const cards = page(
      dist,
      'en/',
    )('[data-article-list] .card__title a')
      .map((_, a) => page(dist, 'en/')(a).text())
      .get();
    // The newest articles, as many as the front page shows (all of a small archive).
    expect(cards.length).toBe(Math.min(articles.length, 10));
    expect(cards).toEqual(
      newestFirst(articles)
        .slice(0, cards.length)
        .map((a) => (a.data as typeof a.data & { titleEn: string }).titleEn),
    );
  });

  it('show a Korean institution’s name in Hangul, marked as Korean, in both languages', () => {
    const institutions: Record<string, { nameKo?: string }> = yaml('institutions.yaml');
    const korean = Object.entries(institutions).filter(([, i]) => i.nameKo);
    expect(korean.map(([slug]) => slug)).toEqual(
      expect.arrayContaining(['mpm-korea', 'mois-korea', 'koica']),
    );
    for (const [slug, { nameKo }] of korean) {
      for (const prefix of ['', 'en/']) {
        const $ = page(dist, `${prefix}instansi/${slug}/`);
        expect($('[data-korean-name] [lang="ko"]').text(), `${prefix}${slug}`).toBe(nameKo);
        expect($('[data-korean-name]').text()).toContain((prefix ? en : id).listing.koreanName);
      }
    }
    expect(page(dist, 'instansi/mpm-korea/')('[lang="ko"]').text()).toBe('인사혁신처');
  });
});

describe('the English glossary and timeline', () => {
  it('gives each Indonesian acronym its English expansion, the Indonesian one beside it', () => {
    const glossary: {
      term: string;
      expansion: string;
      expansionEn?: string;
      lang: string;
      descriptionEn?: string;
    }[] = yaml('glossary.yaml');
    const $ = page(dist, 'en/glosarium/');
    for (const entry of glossary) {
      const dd = $('.glossary__entry')
        .filter((_, el) => $(el).find('dt').text() === entry.term)
        .find('dd');
      expect(dd.length, entry.term).toBe(1);
      const expansion = dd.find('.glossary__expansion');
      if (entry.lang === 'id' && entry.expansionEn) {
        expect(expansion.text().trim(), entry.term).toBe(entry.expansionEn);
        expect(expansion.attr('lang')).toBe('en');
        expect(dd.find('.glossary__original [lang="id"]').text(), entry.term).toBe(entry.expansion);
      } else {
        expect(expansion.text().trim(), entry.term).toBe(entry.expansion);
        expect(expansion.attr('lang')).toBe(entry.lang);
      }
      if (entry.descriptionEn)
        expect(dd.find('.glossary__description').text().trim()).toBe(entry.descriptionEn);
    }
  });

  it('gives the milestones English titles and dates, the articles’ words marked as Indonesian', () => {
    const timeline: { date: string; titleEn?: string; title: string }[] = yaml('timeline.yaml');
    const $ = page(dist, 'en/linimasa/');
    const items = $('ol[data-timeline] > li');
    expect(items.length).toBe(timeline.length);
    expect($('time[datetime="1989-11"]').text().trim()).toBe('November 1989');
    expect($('time[datetime="2022-08-03"]').text().trim()).toBe('3–5 August 2022');
    expect(
      items
        .map((_, li) => $(li).find('h2').text())
        .get()
        .sort(),
    ).toEqual(timeline.map((t) => t.titleEn ?? t.title).sort());
    items.each((_, li) => expect($(li).find('blockquote').attr('lang')).toBe('id'));
  });
});

describe('the language switch and the alternates', () => {
  it('link every page to the same page in the other language, named in that language', () => {
    for (const file of files) {
      const $ = page(dist, file);
      const other = file.startsWith('en/')
        ? { lang: 'id', label: 'Bahasa Indonesia' }
        : { lang: 'en', label: 'English' };
      const link = $('a[data-lang-switch]');
      expect(link.length, file).toBe(1);
      expect(link.attr('hreflang'), file).toBe(other.lang);
      expect(link.attr('lang'), file).toBe(other.lang);
      expect(link.text().trim(), file).toBe(other.label);
      const expected = file.startsWith('en/') ? urlOf(file).slice(3) : `/en${urlOf(file)}`;
      expect(link.attr('href'), file).toBe(expected);
      expect(existsSync(join(dist, fileOf(link.attr('href')!))), file).toBe(true);
    }
  });

  it('declare hreflang alternates for id, en and x-default, and the Open Graph locales', () => {
    for (const file of files.filter((f) => !f.endsWith('404.html'))) {
      const $ = page(dist, file);
      const shared = urlOf(file).replace(/^\/en\//, '/');
      const alternates = Object.fromEntries(
        $('link[rel="alternate"][hreflang]')
          .map((_, el) => [[$(el).attr('hreflang'), $(el).attr('href')]])
          .get(),
      );
      expect(alternates, file).toEqual({
        id: `${TEST_SITE_URL}${shared}`,
        en: `${TEST_SITE_URL}/en${shared}`,
        'x-default': `${TEST_SITE_URL}${shared}`,
      });
      const english = file.startsWith('en/');
      expect($('link[rel="canonical"]').attr('href'), file).toBe(
        english ? alternates['en'] : alternates['id'],
      );
      expect($('meta[property="og:locale"]').attr('content'), file).toBe(
        english ? 'en_US' : 'id_ID',
      );
      expect($('meta[property="og:locale:alternate"]').attr('content'), file).toBe(
        english ? 'id_ID' : 'en_US',
      );
      const feeds = $('link[rel="alternate"][type]')
        .map((_, el) => $(el).attr('href'))
        .get();
      expect(feeds, file).toEqual(
        english ? ['/en/rss.xml', '/en/feed.json'] : ['/rss.xml', '/feed.json'],
      );
    }
  });

  it('pair each page with its other-language version in the sitemap', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const entries = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)];
    expect(entries.length).toBe(files.filter((f) => !f.endsWith('404.html')).length);
    for (const [, loc, links] of entries) {
      const shared = loc!.replace(`${SITE}en/`, SITE);
      const hreflang = Object.fromEntries(
        [...links!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]),
      );
      expect(hreflang, loc).toEqual({ id: shared, en: shared.replace(SITE, `${SITE}en/`) });
    }
  });
});

describe('the English feeds', () => {
  const sorted = newestFirst(articles);
  const englishOf = (a: (typeof articles)[number]) =>
    a.data as typeof a.data & { titleEn: string; summaryEn: string };

  it('/en/rss.xml is an English channel of our English headlines and summaries', async () => {
    const { XMLParser } = await import('fast-xml-parser');
    const doc = new XMLParser({ parseTagValue: false }).parse(
      readFileSync(join(dist, 'en/rss.xml'), 'utf8'),
    );
    const channel = doc.rss.channel;
    expect(channel.language).toBe('en');
    expect(channel.title).toBe(en.siteName);
    expect(channel.link).toBe(`${SITE}en/`);
    const items = Array.isArray(channel.item) ? channel.item : [channel.item];
    expect(items.map((i: { title: string }) => i.title)).toEqual(
      sorted.map((a) => englishOf(a).titleEn),
    );
    items.forEach((item: { link: string; description: string }, i: number) => {
      expect(item.link).toBe(`${SITE}en/artikel/${sorted[i]!.slug}/`);
      expect(existsSync(join(dist, fileOf(item.link)))).toBe(true);
      expect(squash(item.description)).toBe(squash(englishOf(sorted[i]!).summaryEn));
    });
  });

  it('/en/feed.json is a JSON Feed in English linking the English pages', () => {
    const feed = JSON.parse(readFileSync(join(dist, 'en/feed.json'), 'utf8'));
    expect(feed).toMatchObject({
      language: 'en',
      title: en.siteName,
      feed_url: `${SITE}en/feed.json`,
    });
    expect(feed.items.map((i: { title: string }) => i.title)).toEqual(
      sorted.map((a) => englishOf(a).titleEn),
    );
    for (const item of feed.items) expect(item.url.startsWith(`${SITE}en/artikel/`)).toBe(true);
  });

  it('are linked from the English front page', () => {
    const $ = page(dist, 'en/');
    expect($('[data-feeds] a[href="/en/rss.xml"]').text()).toBe(en.feeds.rss);
    expect($('[data-feeds] a[href="/en/feed.json"]').text()).toBe(en.feeds.jsonFeed);
  });
});

describe('the English search page', () => {
  it('searches the same index in English, its results linking the English articles', () => {
    const $ = page(dist, 'en/cari/');
    const form = $('form[data-search-form]');
    expect(form.attr('action')).toBe('/en/cari/');
    expect(form.attr('data-index-url')).toBe('/cari/indeks.json');
    expect(form.attr('data-article-url')).toBe('/en/artikel/');
    expect($('h1').text()).toBe(en.search.pageTitle);
    // The facets' own legends (the institution facet's groups have theirs inside it).
    expect(
      $('fieldset[data-facet] > legend')
        .map((_, l) => $(l).text())
        .get(),
    ).toEqual([en.search.facets.tahun, en.search.facets.instansi, en.search.facets.topik]);
    expect($('label[for="f-topik-sistem-merit"]').text()).toMatch(/^Merit system /);
  });
});
