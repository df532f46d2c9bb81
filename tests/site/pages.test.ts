import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import {
  bodyShown,
  htmlFiles,
  listedSlugs,
  newestFirst,
  page,
  sourceArticles,
} from '../helpers/site.ts';

const dist = inject('siteDist');
const articles = sourceArticles();
const iso = (d: string | Date) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);
const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const indonesian = (d: string) => {
  const [y, m, day] = d.split('-').map(Number);
  return `${day} ${MONTHS[m! - 1]} ${y}`;
};

describe('article pages', () => {
  it('builds one page per article, every article in the content folder', () => {
    expect(articles.length).toBeGreaterThan(0);
    const pages = htmlFiles(dist).filter((f) => f.startsWith('artikel/'));
    expect(pages.sort()).toEqual(articles.map((a) => `artikel/${a.slug}/index.html`).sort());
  });

  it.each(articles)('$slug shows its headline, Indonesian date and own text', (article) => {
    const $ = page(dist, `artikel/${article.slug}/`);
    expect($('h1').text()).toBe(article.data.title);
    const date = iso(article.data.date);
    const time = $(`.meta time[datetime="${date}"]`);
    expect(time.length).toBe(1);
    const end = article.data['dateEnd'] ? iso(article.data['dateEnd'] as string | Date) : date;
    if (end === date) expect(time.text()).toBe(indonesian(date));
    else {
      // A range shares its month and year: "3–5 Agustus 2022" starts with the first day alone.
      expect(time.text()).not.toBe('');
      expect(indonesian(date).startsWith(time.text())).toBe(true);
      expect($(`.meta time[datetime="${end}"]`).text()).toBe(indonesian(end));
    }
    // Every paragraph of the source body appears, word for word.
    expect(bodyShown($('[data-article-body]').text(), article.body)).toEqual([]);
  });

  it('shows the full date range of multi-day events in Indonesian', () => {
    for (const article of articles) {
      const date = iso(article.data.date);
      const end = article.data['dateEnd'] ? iso(article.data['dateEnd'] as string | Date) : date;
      const $ = page(dist, `artikel/${article.slug}/`);
      const meta = $('.meta').text().replace(/\s+/g, ' ');
      if (end === date) expect($('.meta time').text(), article.slug).toBe(indonesian(date));
      else if (end.slice(0, 7) === date.slice(0, 7))
        // Within one month the range shares it: "3–5 Agustus 2022".
        expect(meta, article.slug).toContain(`${Number(date.slice(8))}–${indonesian(end)}`);
      else expect(meta, article.slug).toMatch(/\d–\d|\d – \d/);
    }
  });

  it('says when a title is editorial and when a date is the event date', () => {
    for (const article of articles) {
      const $ = page(dist, `artikel/${article.slug}/`);
      const note = $('.article__note').text();
      if (article.data['editorialTitle']) expect(note).toMatch(/Judul dari redaksi/);
      else expect(note).toBe('');
      const hint = $('.meta__hint').text();
      expect(hint).toContain(
        article.data['dateKind'] === 'acara' ? 'tanggal acara' : 'tanggal terbit',
      );
    }
  });

  it('has a metadata list, provenance, English summary and breadcrumbs', () => {
    const $ = page(dist, 'artikel/2023-09-20-simposium-kacpe-2023-jakarta/');
    const terms = $('dl.meta dt')
      .map((_, el) => $(el).text())
      .get();
    expect(terms).toEqual(
      expect.arrayContaining(['Instansi yang diberitakan', 'Tanggal', 'Negara mitra', 'Topik']),
    );
    expect($('.source').text()).toContain('Hendri Sukma Indrawan');
    expect($('.source').text()).toContain(
      'Menpan RB: kita harus belajar dari Korsel soal transformasi digital',
    );
    expect($('[lang="en"] p').first().text()).toMatch(/Jakarta/);
    // Beranda › Arsip › 2023, every one a link: the headline is the page's own heading.
    expect($('nav.breadcrumbs li a').length).toBe(3);
    expect($('nav.breadcrumbs').text()).not.toContain($('h1').text());
    expect($('.article__header').text()).toMatch(/\d+ menit baca/);
  });

  it('leaves no site chrome or credits in the body', () => {
    const chrome = [
      'Pin It',
      'Share',
      'Lihat postingan ini di Instagram',
      'Pos terkait',
      'Tinggalkan Balasan',
      'Alamat email',
      'Berita ini telah tayang',
      'COPYRIGHT',
      '(if/nqa)',
      '(lin)',
      'HUMAS MENPANRB',
      'Penulis: nad',
      'Pewarta',
      '¬',
      '\u00a0',
    ];
    for (const article of articles) {
      const body = page(dist, `artikel/${article.slug}/`)('[data-article-body]').text();
      for (const text of chrome)
        expect(body, `${article.slug} holds "${text}"`).not.toContain(text);
    }
  });

  it('marks acronyms with <abbr title>, once per article', () => {
    const $ = page(dist, 'artikel/2019-07-29-korea-apresiasi-reformasi-birokrasi-indonesia/');
    const mois = $('[data-article-body] abbr').filter((_, el) => $(el).text() === 'MOIS');
    expect(mois.length).toBe(1);
    expect(mois.attr('title')).toBe('Ministry of the Interior and Safety');
  });
});

describe('listings', () => {
  const expectListing = (path: string, predicate: (a: (typeof articles)[number]) => boolean) => {
    const expected = articles
      .filter(predicate)
      .map((a) => a.slug)
      .sort();
    expect(listedSlugs(page(dist, path)).sort(), path).toEqual(expected);
  };

  it('lists each year exactly its articles', () => {
    for (const year of new Set(articles.map((a) => iso(a.data.date).slice(0, 4)))) {
      expectListing(`tahun/${year}/`, (a) => iso(a.data.date).startsWith(year));
    }
  });

  it('lists each institution, topic and country exactly its articles', () => {
    const ids = new Set(
      articles.flatMap((a) => [a.data.institution, ...(a.data.partnerInstitutions ?? [])]),
    );
    for (const id of ids) {
      expectListing(
        `instansi/${id}/`,
        (a) => a.data.institution === id || (a.data.partnerInstitutions ?? []).includes(id),
      );
    }
    for (const id of new Set(articles.flatMap((a) => a.data.topics))) {
      expectListing(`topik/${id}/`, (a) => a.data.topics.includes(id));
    }
    for (const id of new Set(articles.flatMap((a) => a.data.partnerCountries))) {
      expectListing(`negara/${id}/`, (a) => a.data.partnerCountries.includes(id));
    }
  });

  it('groups the archive by year, newest first, with every article', () => {
    const $ = page(dist, 'arsip/');
    const years = $('section[data-year]')
      .map((_, el) => $(el).attr('data-year'))
      .get();
    const expected = [...new Set(articles.map((a) => iso(a.data.date).slice(0, 4)))]
      .sort()
      .reverse();
    expect(years).toEqual(expected);
    expect(listedSlugs($).sort()).toEqual(articles.map((a) => a.slug).sort());
  });

  it('puts the newest article first on the front page, with ways in and counts', () => {
    const $ = page(dist, '');
    // Newest by date; on the same day, by slug (as the archive orders them).
    const newest = newestFirst(articles)[0]!;
    expect(listedSlugs($)[0]).toBe(newest.slug);
    const text = $('.home__ways').text();
    for (const heading of [
      'Menurut tahun',
      'Menurut instansi',
      'Menurut topik',
      'Menurut negara mitra',
    ]) {
      expect(text).toContain(heading);
    }
    // Each institution's count is the number of articles about it or naming it as a partner.
    for (const id of new Set(articles.map((a) => a.data.institution))) {
      const count = articles.filter(
        (a) => a.data.institution === id || (a.data.partnerInstitutions ?? []).includes(id),
      ).length;
      const way = $(`.home__ways a[href$="/instansi/${id}/"]`);
      if (way.length > 0) expect(way.parent().text()).toContain(`${count} artikel`);
    }
    expect($('.home__ways a[href*="/instansi/"]').length).toBeGreaterThan(0);
  });
});

describe('every page', () => {
  it('is in Indonesian, with a skip link, a main landmark and a search form', () => {
    // The English edition (en/) has the same checks in english-edition.test.ts.
    for (const file of htmlFiles(dist).filter((f) => !f.startsWith('en/'))) {
      const $ = page(dist, file);
      expect($('html').attr('lang'), file).toBe('id');
      expect($('a.skip-link').attr('href'), file).toBe('#konten');
      expect($('main#konten').length, file).toBe(1);
      expect($('header form[role="search"][method="get"] input[name="q"]').length, file).toBe(1);
    }
  });

  it('has a 404 page', () => {
    expect(page(dist, '404.html')('h1').text()).toBe('Halaman tidak ditemukan');
  });

  it('ships no JavaScript on listing pages but the small shared header script', () => {
    const header = (path: string) => {
      const $ = page(dist, path);
      expect($('script:not([type="application/ld+json"]):not([src])').length, path).toBe(0);
      return $('script[src]')
        .map((_, el) => $(el).attr('src'))
        .get();
    };
    const [first] = articles;
    const listings = [
      `topik/${first!.data.topics[0]}/`,
      `tahun/${iso(first!.data.date).slice(0, 4)}/`,
      `instansi/${first!.data.institution}/`,
    ];
    for (const path of ['', 'arsip/', ...listings]) {
      const scripts = header(path);
      expect(scripts.length, path).toBe(1);
      expect(scripts[0]).toMatch(/SiteHeader/);
      expect(statSync(join(dist, scripts[0]!)).size).toBeLessThan(1024);
    }
  });
});
