import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ROOT, TEST_SITE_URL } from '../helpers/build.ts';
import { page, sourceArticles } from '../helpers/site.ts';

const dist = inject('siteDist');
const SITE = `${TEST_SITE_URL}/`;
const articles = sourceArticles();
const bySlug = new Map(articles.map((a) => [a.slug, a]));
const yaml = (file: string) => parseYaml(readFileSync(join(ROOT, 'content', file), 'utf8'));
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const articleHref = /^\/artikel\/([^/]+)\/$/;
const builtBody = (slug: string) =>
  squash(page(dist, `artikel/${slug}/`)('[data-article-body]').text());

interface TimelineData {
  date: string;
  quote: string;
  articles: string[];
}

describe('/linimasa/', () => {
  const $ = page(dist, 'linimasa/');
  const data: TimelineData[] = yaml('timeline.yaml');
  const items = $('ol[data-timeline] > li');

  it('shows every milestone of the data file as an ordered list, oldest first', () => {
    expect($('h1').text()).toBe('Linimasa kerja sama');
    expect(items.length).toBe(data.length);
    const dates = items.map((_, li) => $(li).find('time').attr('datetime')).get();
    expect(dates).toEqual(data.map((d) => String(d.date)).sort());
    expect(dates.slice(0, 2)).toEqual(['1973', '1989-11']);
  });

  it('gives each date only as precisely as its article does', () => {
    const label = (datetime: string) => $(`time[datetime="${datetime}"]`).text();
    expect(label('1973')).toBe('1973');
    expect(label('1989-11')).toBe('November 1989');
    expect(label('2017-11-27')).toBe('27 November 2017');
    expect(label('2022-08-03')).toBe('3–5 Agustus 2022');
  });

  it('links each milestone to articles that state it, in their own words', () => {
    items.each((_, li) => {
      const links = $(li).find('a[href^="/artikel/"]');
      expect(links.length).toBeGreaterThan(0);
      const slugs = links.map((_, a) => articleHref.exec($(a).attr('href') ?? '')?.[1]).get();
      for (const slug of slugs) expect(bySlug.has(slug), slug).toBe(true);
      const quote = squash($(li).find('blockquote').text()).replace(/^“…?|”$/g, '');
      expect(
        slugs.some((slug) => builtBody(slug).includes(quote)),
        quote,
      ).toBe(true);
    });
  });
});

interface GlossaryData {
  term: string;
  expansion: string;
}

describe('/glosarium/', () => {
  const $ = page(dist, 'glosarium/');
  const glossary: GlossaryData[] = yaml('glossary.yaml');
  // An id as the fragment: lower case, spaces to hyphens, other punctuation dropped.
  const idOf = (term: string) =>
    term
      .toLowerCase()
      .replace(/\s+/g, '-')
      .replace(/[^\p{L}\p{N}-]/gu, '');
  const usesTerm = (body: string, term: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${term.replace(/[.]/g, '\\.')}(?![\\p{L}\\p{N}])`, 'u').test(
      body,
    );

  it('has an entry for every glossary term, with its expansion, under its id', () => {
    expect(glossary.length).toBeGreaterThan(20);
    for (const { term, expansion } of glossary) {
      const entry = $(`[id="${idOf(term)}"]`);
      expect(entry.length, term).toBe(1);
      expect(entry.find('dt').text(), term).toBe(term);
      expect(entry.find('dd').text(), term).toContain(expansion);
    }
  });

  it('lists exactly the articles whose text uses each term, as links that exist', () => {
    for (const { term } of glossary) {
      const listed = $(`[id="${idOf(term)}"] a[href^="/artikel/"]`)
        .map((_, a) => articleHref.exec($(a).attr('href') ?? '')?.[1])
        .get()
        .sort();
      const using = articles
        .filter((a) => usesTerm(a.body, term))
        .map((a) => a.slug)
        .sort();
      expect(listed, term).toEqual(using);
    }
    expect($('[id="asn"] a').length).toBeGreaterThan(0);
  });

  it('is where the first acronym of an article links to', () => {
    const art = page(dist, 'artikel/2019-07-29-korea-apresiasi-reformasi-birokrasi-indonesia/');
    const links = art('[data-article-body] a.term');
    expect(links.length).toBeGreaterThan(3);
    links.each((_, a) => {
      const [path, id] = (art(a).attr('href') ?? '').split('#');
      expect(path).toBe('/glosarium/');
      expect($(`[id="${id}"]`).length, id).toBe(1);
      expect(art(a).find('abbr[title]').length).toBe(1);
    });
    const mois = links.filter((_, a) => art(a).text() === 'MOIS');
    expect(mois.attr('href')).toBe('/glosarium/#mois');
  });
});

describe('Kutip artikel ini', () => {
  it.each(articles)('$slug shows APA and BibTeX and offers an RIS file', (article) => {
    const $ = page(dist, `artikel/${article.slug}/`);
    const url = `${SITE}artikel/${article.slug}/`;
    const block = $('[data-citation]');
    expect(block.find('h2').text()).toBe('Kutip artikel ini');
    const apa = squash(block.find('#kutip-apa').text());
    expect(apa.endsWith(url)).toBe(true);
    if (article.data['dateKind'] === 'acara') expect(apa).toContain('(t.t.).');
    else expect(apa).toMatch(/\(\d{4}, \d{1,2} [A-Z][a-z]+\)\./);
    expect(block.find('#kutip-bibtex').text()).toMatch(
      new RegExp(`^@misc\\{${article.slug},\\n[\\s\\S]*url\\s+= \\{${url}\\},`),
    );
    const ris = block.find('a[download]');
    expect(ris.attr('download')).toBe(`${article.slug}.ris`);
    const file = join(dist, ris.attr('href') ?? '');
    expect(existsSync(file)).toBe(true);
    const lines = readFileSync(file, 'utf8').split('\r\n');
    expect(lines[0]).toBe('TY  - NEWS');
    expect(lines).toContain(`UR  - ${url}`);
    expect(lines.at(-2)).toBe('ER  - ');
    // Without JavaScript the copy buttons stay hidden; the text is there to select.
    expect(block.find('button[data-copy]').length).toBe(2);
    expect(block.find('button[data-copy]:not([hidden])').length).toBe(0);
  });

  it('cites the stated publisher and the original title, never an invented author', () => {
    const $ = page(dist, 'artikel/2023-09-20-simposium-kacpe-2023-jakarta/');
    const apa = $('#kutip-apa');
    expect(squash(apa.text())).toMatch(/^ANTARA News Kalimantan Barat\. \(t\.t\.\)\. /);
    expect(apa.find('i').text()).toBe(
      'Menpan RB: kita harus belajar dari Korsel soal transformasi digital.',
    );
    const kasn = page(dist, 'artikel/2021-08-30-kasn-perpanjangan-kerja-sama-mpm-korea/');
    expect(squash(kasn('#kutip-apa').text())).toMatch(
      /^KASN\. \(2021, 30 Agustus\)\. KASN Matangkan Rencana Perpanjangan Kerja Sama dengan Kementerian Korea Selatan\. /,
    );
  });

  it('adds only the citation and share scripts to article pages, both small', () => {
    const scripts = (path: string) => {
      const $ = page(dist, path);
      return $('script[src]')
        .map((_, s) => $(s).attr('src'))
        .get();
    };
    const everywhere = new Set(scripts('arsip/'));
    const own = scripts('artikel/2021-08-30-kasn-perpanjangan-kerja-sama-mpm-korea/').filter(
      (src) => !everywhere.has(src),
    );
    expect(own).toHaveLength(2);
    expect(own.find((src) => /^\/_astro\/CitationBlock\..*\.js$/.test(src))).toBeDefined();
    expect(own.find((src) => /^\/_astro\/ShareLinks\..*\.js$/.test(src))).toBeDefined();
    for (const src of own) {
      const code = readFileSync(join(dist, src), 'utf8');
      expect(code, src).toContain('clipboard');
      expect(code.length, src).toBeLessThan(2048);
    }
  });
});
