import { describe, expect, it } from 'vitest';
import { article, topics } from '../../tests/unit/fixtures.ts';
import { articleOpenGraph, newsArticleJsonLd } from './structured-data.ts';

const one = article({
  slug: '2021-08-30-a',
  date: '2021-08-30',
  title: 'Judul',
  titleEn: 'Headline',
  topics: [topics[1]!],
});

describe('structured data of an English page', () => {
  it('gives our English headline and summary, the source’s headline as the alternative', () => {
    const data = newsArticleJsonLd(
      one,
      { site: 'https://x.id', base: '/', siteName: 'Archive' },
      'en',
    );
    expect(data).toMatchObject({
      headline: 'Headline',
      alternativeHeadline: 'Judul',
      description: one.summaryEn,
      inLanguage: 'id',
      url: 'https://x.id/en/artikel/2021-08-30-a/',
      articleSection: 'E-government',
      isPartOf: { '@type': 'WebSite', name: 'Archive', url: 'https://x.id/en/' },
    });
    expect(articleOpenGraph(one, 'en')).toContainEqual({
      property: 'article:section',
      content: 'E-government',
    });
  });

  it('has no URL at all without the public address', () => {
    const data = newsArticleJsonLd(one, { site: undefined, base: '/', siteName: 'Archive' }, 'en');
    expect(JSON.stringify(data)).not.toMatch(/"(url|@id)"/);
  });
});
