import { describe, expect, it } from 'vitest';
import { article, institutions, topics } from '../../tests/unit/fixtures.ts';
import { articleOpenGraph, newsArticleJsonLd, serializeJsonLd } from './structured-data.ts';

const site = { site: 'https://arsip.example.id', base: '/sub/', siteName: 'Arsip' };
const published = article({
  slug: '2021-08-30-kasn',
  date: '2021-08-30',
  title: 'KASN Matangkan Rencana',
  topics: [topics[0]!, topics[1]!],
  partnerInstitutions: [institutions[2]!],
});
const event = article({
  slug: '2023-09-20-kacpe',
  date: '2023-09-20',
  dateEnd: '2023-09-21',
  dateKind: 'acara',
  title: 'Judul redaksi',
  editorialTitle: true,
  source: {
    publisher: 'ANTARA News Kalimantan Barat',
    originalTitle: 'Menpan RB: kita harus belajar',
    republishedFrom: 'Antaranews.com',
    copyright: 'COPYRIGHT © ANTARA News Kalimantan Barat 2023',
    credits: [],
  },
});

describe('newsArticleJsonLd', () => {
  it('describes the page as a NewsArticle in Indonesian with its own URL', () => {
    const data = newsArticleJsonLd(published, site);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'KASN Matangkan Rencana',
      inLanguage: 'id',
      url: 'https://arsip.example.id/sub/artikel/2021-08-30-kasn/',
      mainEntityOfPage: { '@id': 'https://arsip.example.id/sub/artikel/2021-08-30-kasn/' },
      datePublished: '2021-08-30',
      about: [
        { '@type': 'Thing', name: 'Sistem merit' },
        { '@type': 'Thing', name: 'SPBE / e-government' },
      ],
      articleSection: 'Sistem merit',
    });
  });

  it('names the institution as organisation when no publisher is stated, with no URL', () => {
    const data = newsArticleJsonLd(published, site);
    const kasn = { '@type': 'Organization', name: 'Komisi Aparatur Sipil Negara' };
    expect(data['author']).toEqual(kasn);
    expect(data['publisher']).toEqual(kasn);
    expect(data['isBasedOn']).toEqual({
      '@type': 'CreativeWork',
      name: 'KASN Matangkan Rencana',
      publisher: kasn,
      datePublished: '2021-08-30',
      inLanguage: 'id',
    });
  });

  it('gives no publication date when only the event date is known', () => {
    const data = newsArticleJsonLd(event, site);
    expect(data).not.toHaveProperty('datePublished');
    expect(data['contentReferenceTime']).toBe('2023-09-20');
    expect(data['temporalCoverage']).toBe('2023-09-20/2023-09-21');
    expect(data['isBasedOn']).not.toHaveProperty('datePublished');
  });

  it('cites the original title, stated publisher and first publication, never an editorial title', () => {
    const data = newsArticleJsonLd(event, site);
    const antara = { '@type': 'Organization', name: 'ANTARA News Kalimantan Barat' };
    expect(data['author']).toEqual(antara);
    expect(data['isBasedOn']).toEqual({
      '@type': 'CreativeWork',
      name: 'Menpan RB: kita harus belajar',
      publisher: antara,
      inLanguage: 'id',
      isBasedOn: {
        '@type': 'CreativeWork',
        publisher: { '@type': 'Organization', name: 'Antaranews.com' },
      },
    });
    expect(data['copyrightNotice']).toBe('COPYRIGHT © ANTARA News Kalimantan Barat 2023');
    const untitled = newsArticleJsonLd({ ...event, source: { credits: [] } }, site);
    expect(untitled['isBasedOn']).not.toHaveProperty('name');
    expect(JSON.stringify(untitled)).not.toMatch(/"url":"(?!https:\/\/arsip\.example\.id)/);
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element it sits in, and parses back unchanged', () => {
    const data = { headline: '</script><script>alert(1)</script> & \u2028' };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe('articleOpenGraph', () => {
  it('has the published time only where the source gives it, the section and every tag', () => {
    expect(articleOpenGraph(published)).toEqual([
      { property: 'article:published_time', content: '2021-08-30' },
      { property: 'article:section', content: 'Sistem merit' },
      { property: 'article:tag', content: 'Sistem merit' },
      { property: 'article:tag', content: 'SPBE / e-government' },
      { property: 'article:tag', content: 'Komisi Aparatur Sipil Negara' },
    ]);
    expect(articleOpenGraph(event).map((t) => t.property)).not.toContain('article:published_time');
  });
});
