import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ROOT, TEST_SITE_URL } from '../helpers/build.ts';
import { htmlFiles, page, sourceArticles, newestFirst } from '../helpers/site.ts';

const dist = inject('siteDist');
const SITE = `${TEST_SITE_URL}/`;
const iso = (d: string | Date) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);
const articles = newestFirst(sourceArticles());
const yaml = (file: string) => parseYaml(readFileSync(join(ROOT, 'content', file), 'utf8'));
const topics: Record<string, { name: string }> = yaml('topics.yaml');
const institutions: Record<string, { fullName: string }> = yaml('institutions.yaml');
const read = (file: string) => readFileSync(join(dist, file), 'utf8');
// A site URL as a built file: ".../artikel/x/" → "artikel/x/index.html".
const fileOf = (url: string) => {
  const path = new URL(url, SITE).pathname.slice(1);
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
};
const RFC822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

describe('/rss.xml', () => {
  const doc = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(
    read('rss.xml'),
  );
  const channel = doc.rss.channel;

  it('is RSS 2.0 with an Indonesian channel', () => {
    expect(doc.rss['@_version']).toBe('2.0');
    expect(channel.title).toBe('Arsip Kerja Sama Indonesia–Korea');
    expect(channel.link).toBe(SITE);
    expect(channel.description.length).toBeGreaterThan(20);
    expect(channel.language).toBe('id');
  });

  it('has every article, newest first, with link, guid, RFC-822 date, summary, categories', () => {
    const items = asList(channel.item);
    expect(items.map((i) => i.title)).toEqual(articles.map((a) => a.data.title));
    items.forEach((item, i) => {
      const article = articles[i]!;
      expect(item.link).toBe(`${SITE}artikel/${article.slug}/`);
      expect(existsSync(join(dist, fileOf(item.link)))).toBe(true);
      expect(item.guid['#text']).toBe(item.link);
      expect(item.pubDate).toMatch(RFC822);
      expect(new Date(item.pubDate).toISOString().slice(0, 10)).toBe(iso(article.data.date));
      expect(item.description).toBe(article.data['summary']);
      const categories = asList(item.category);
      for (const id of article.data.topics) expect(categories).toContain(topics[id]!.name);
      expect(categories).toContain(institutions[article.data.institution]!.fullName);
    });
  });
});

describe('/feed.json', () => {
  const feed = JSON.parse(read('feed.json'));

  it('is a JSON Feed 1.1 in Indonesian', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe('Arsip Kerja Sama Indonesia–Korea');
    expect(feed.home_page_url).toBe(SITE);
    expect(feed.feed_url).toBe(`${SITE}feed.json`);
    expect(feed.language).toBe('id');
  });

  it('has every article with id, url, text and an RFC 3339 date', () => {
    expect(feed.items).toHaveLength(articles.length);
    feed.items.forEach((item: Record<string, string>, i: number) => {
      const article = articles[i]!;
      expect(item['id']).toBe(`${SITE}artikel/${article.slug}/`);
      expect(item['url']).toBe(item['id']);
      expect(item['date_published']).toMatch(RFC3339);
      expect(item['date_published']!.slice(0, 10)).toBe(iso(article.data.date));
      const firstParagraph = article.body.split(/\n\n+/)[0]!.replace(/\s+/g, ' ');
      expect(item['content_text']!.replace(/\s+/g, ' ')).toContain(firstParagraph);
    });
  });
});

describe('every page head', () => {
  it('has a canonical URL, description, Open Graph and Twitter tags, and the feeds', () => {
    // The English edition (en/) has the same checks in english-edition.test.ts.
    for (const file of htmlFiles(dist).filter((f) => f !== '404.html' && !f.startsWith('en/'))) {
      const $ = page(dist, file);
      const canonical = $('link[rel="canonical"]').attr('href') ?? '';
      expect(fileOf(canonical), file).toBe(file);
      expect(canonical.startsWith(SITE), file).toBe(true);
      expect($('meta[name="description"]').attr('content')?.length, file).toBeGreaterThan(10);
      expect($('meta[property="og:url"]').attr('content'), file).toBe(canonical);
      expect($('meta[property="og:title"]').attr('content'), file).toBeTruthy();
      expect($('meta[property="og:description"]').attr('content'), file).toBeTruthy();
      expect($('meta[property="og:type"]').attr('content'), file).toBe(
        file.startsWith('artikel/') ? 'article' : 'website',
      );
      expect($('meta[name="twitter:card"]').attr('content'), file).toBe('summary_large_image');
      // The feeds are the alternates with a type (the others are the page in other languages).
      const feeds = $('link[rel="alternate"][type]')
        .map((_, el) => `${$(el).attr('type')} ${$(el).attr('href')}`)
        .get();
      expect(feeds, file).toEqual([
        'application/rss+xml /rss.xml',
        'application/feed+json /feed.json',
      ]);
    }
  });

  it('links the feeds visibly from the front page', () => {
    const $ = page(dist, '');
    expect($('[data-feeds] a[href="/rss.xml"]').text()).toBe('RSS');
    expect($('[data-feeds] a[href="/feed.json"]').text()).toBe('JSON Feed');
  });
});

describe('article metadata', () => {
  it.each(articles)('$slug has one NewsArticle and the article Open Graph tags', (article) => {
    const $ = page(dist, `artikel/${article.slug}/`);
    const url = `${SITE}artikel/${article.slug}/`;
    const scripts = $('script[type="application/ld+json"]');
    expect(scripts.length).toBe(1);
    const raw = scripts.html() ?? '';
    expect(raw).not.toContain('<');
    const data = JSON.parse(raw);
    const date = iso(article.data.date);
    const publisher = (article.data['source'] as { publisher?: string }).publisher;
    const organisation = publisher ?? institutions[article.data.institution]!.fullName;
    const topicNames = article.data.topics.map((id) => topics[id]!.name);
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('NewsArticle');
    expect(data.headline).toBe(article.data.title);
    expect(data.inLanguage).toBe('id');
    expect(data.mainEntityOfPage['@id']).toBe(url);
    expect(data.author).toEqual({ '@type': 'Organization', name: organisation });
    expect(data.publisher).toEqual({ '@type': 'Organization', name: organisation });
    expect(data.about.map((t: { name: string }) => t.name)).toEqual(topicNames);
    expect(data.isBasedOn['@type']).toBe('CreativeWork');
    expect(data.isBasedOn.publisher.name).toBe(organisation);
    // No invented addresses: the only URLs are the archive's own.
    for (const found of raw.match(/https?:\/\/[^"]+/g) ?? []) {
      if (found !== 'https://schema.org') expect(found.startsWith(SITE), found).toBe(true);
    }
    const meta = (p: string) =>
      $(`meta[property="${p}"]`)
        .map((_, el) => $(el).attr('content'))
        .get();
    expect(meta('og:type')).toEqual(['article']);
    expect($('link[rel="canonical"]').attr('href')).toBe(url);
    // The publication date only where the source gives it; otherwise the event date.
    if (article.data['dateKind'] === 'terbit') {
      expect(data.datePublished).toBe(date);
      expect(meta('article:published_time')).toEqual([date]);
    } else {
      expect(data).not.toHaveProperty('datePublished');
      expect(data.contentReferenceTime).toBe(date);
      expect(meta('article:published_time')).toEqual([]);
    }
    expect(meta('article:section')).toEqual([topicNames[0]]);
    expect(meta('article:tag')).toEqual(expect.arrayContaining(topicNames));
  });
});

describe('sitemap and robots.txt', () => {
  it('lists every article in the sitemap and names the sitemap in robots.txt', () => {
    const index = read('sitemap-index.xml');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = sitemaps.flatMap((s) =>
      [...read(fileOf(s)).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]),
    );
    for (const article of articles) expect(urls).toContain(`${SITE}artikel/${article.slug}/`);
    expect(read('robots.txt').split('\n')).toContain(`Sitemap: ${SITE}sitemap-index.xml`);
  });
});
