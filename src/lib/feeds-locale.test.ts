import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { article, topics } from '../../tests/unit/fixtures.ts';
import { jsonFeed, rssFeedOptions } from './feeds.ts';

const info = {
  site: 'https://arsip.example.id',
  base: '/sub/',
  title: 'Archive',
  description: 'News archive.',
  locale: 'en' as const,
};
const one = article({
  slug: '2021-08-30-a',
  date: '2021-08-30',
  title: 'Judul',
  titleEn: 'Headline',
  topics: [topics[0]!],
});

describe('the English feeds', () => {
  it('RSS: an English channel of English headlines and summaries linking the English pages', async () => {
    const doc = new XMLParser().parse(await getRssString(rssFeedOptions([one], info)));
    const channel = doc.rss.channel;
    expect(channel.language).toBe('en');
    expect(channel.link).toBe('https://arsip.example.id/sub/en/');
    expect(channel.item).toMatchObject({
      title: 'Headline',
      description: one.summaryEn,
      link: 'https://arsip.example.id/sub/en/artikel/2021-08-30-a/',
      category: ['Merit system', 'Komisi Aparatur Sipil Negara'],
    });
  });

  it('JSON Feed: English titles and summaries, the Indonesian text marked as Indonesian', () => {
    const feed = jsonFeed([one], info);
    expect(feed).toMatchObject({
      language: 'en',
      home_page_url: 'https://arsip.example.id/sub/en/',
      feed_url: 'https://arsip.example.id/sub/en/feed.json',
    });
    expect(feed.items[0]).toMatchObject({
      title: 'Headline',
      summary: one.summaryEn,
      url: 'https://arsip.example.id/sub/en/artikel/2021-08-30-a/',
      language: 'id',
    });
  });
});
