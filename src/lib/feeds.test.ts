import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { article, topics } from '../../tests/unit/fixtures.ts';
import { dateAtUtcMidnight, jsonFeed, rssFeedOptions, rssItems } from './feeds.ts';

const info = {
  site: 'https://arsip.example.id',
  base: '/sub/',
  title: 'Arsip',
  description: 'Arsip berita.',
};
const older = article({
  slug: '2019-07-29-a',
  date: '2019-07-29',
  dateKind: 'acara',
  topics: [topics[0]!, topics[1]!],
});
const newer = article({
  slug: '2023-09-20-b',
  date: '2023-09-20',
  title: 'Judul & <Tanda>',
  bodyText: 'Paragraf pertama tentang ASN.\n\nParagraf kedua.',
  source: { publisher: 'ANTARA News Kalimantan Barat', credits: [] },
});

describe('dateAtUtcMidnight', () => {
  it('keeps the calendar day whatever the machine timezone', () => {
    expect(dateAtUtcMidnight('2017-11-27').toUTCString()).toBe('Mon, 27 Nov 2017 00:00:00 GMT');
  });
  it('refuses what is not a date', () => {
    expect(() => dateAtUtcMidnight('2017-02-30')).toThrow(/2017-02-30/);
  });
});

describe('rssItems', () => {
  it('gives each article an absolute link under the base path, its summary and categories', () => {
    const [item] = rssItems([older], info);
    expect(item).toMatchObject({
      title: older.title,
      link: 'https://arsip.example.id/sub/artikel/2019-07-29-a/',
      description: older.summary,
      categories: ['Sistem merit', 'SPBE / e-government', 'Komisi Aparatur Sipil Negara'],
    });
    expect(item?.pubDate).toEqual(new Date('2019-07-29T00:00:00Z'));
  });
});

describe('rssFeedOptions through @astrojs/rss', () => {
  it('produces RSS 2.0 with language id, a self link and escaped titles', async () => {
    const xml = await getRssString(rssFeedOptions([newer, older], info));
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(doc.rss['@_version']).toBe('2.0');
    const channel = doc.rss.channel;
    expect(channel.language).toBe('id');
    expect(channel.link).toBe('https://arsip.example.id/sub/');
    expect(channel['atom:link']['@_href']).toBe('https://arsip.example.id/sub/rss.xml');
    expect(channel.item).toHaveLength(2);
    expect(channel.item[0].title).toBe('Judul & <Tanda>');
    expect(xml).not.toContain('<Tanda>');
    expect(channel.item[1].pubDate).toBe('Mon, 29 Jul 2019 00:00:00 GMT');
  });
});

describe('jsonFeed', () => {
  const feed = jsonFeed([newer, older], info);
  it('is a JSON Feed 1.1 in Indonesian with absolute URLs', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.language).toBe('id');
    expect(feed.home_page_url).toBe('https://arsip.example.id/sub/');
    expect(feed.feed_url).toBe('https://arsip.example.id/sub/feed.json');
  });
  it('carries each article: id, url, the text its page shows, RFC 3339 date, tags, the stated publisher', () => {
    const [first, second] = feed.items;
    expect(first).toMatchObject({
      id: 'https://arsip.example.id/sub/artikel/2023-09-20-b/',
      url: 'https://arsip.example.id/sub/artikel/2023-09-20-b/',
      title: 'Judul & <Tanda>',
      date_published: '2023-09-20T00:00:00Z',
      authors: [{ name: 'ANTARA News Kalimantan Barat' }],
      content_text: 'Paragraf pertama tentang ASN.\n\nParagraf kedua.',
    });
    // No publisher stated: the article's institution stands as the organisation.
    expect(second?.authors).toEqual([{ name: older.institution.fullName }]);
  });
});
