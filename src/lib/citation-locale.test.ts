import { describe, expect, it } from 'vitest';
import { article } from '../../tests/unit/fixtures.ts';
import { apaCitation, apaText, bibtexCitation, citationFacts, risCitation } from './citation.ts';

const site = { site: 'https://arsip.example.id', base: '/', siteName: 'Cooperation Archive' };
const kasn = article({
  slug: '2021-08-30-kasn',
  date: '2021-08-30',
  title: 'KASN Matangkan Rencana',
  titleEn: 'KASN Finalises Plans',
});
const forum = article({
  slug: '2017-11-27-forum',
  date: '2017-11-27',
  dateKind: 'acara',
  title: 'Forum Kerja Sama',
  titleEn: 'Cooperation Forum',
  editorialTitle: true,
});

describe('citations on the English pages', () => {
  it('cite the source’s title with our translation in brackets, in English date order', () => {
    const facts = citationFacts(kasn, site, 'en');
    expect(apaText(facts)).toBe(
      'KASN Matangkan Rencana [KASN Finalises Plans]. (2021, August 30). Cooperation Archive. https://arsip.example.id/en/artikel/2021-08-30-kasn/',
    );
    expect(apaCitation(facts).filter((s) => s.italic)).toEqual([
      { text: 'KASN Matangkan Rencana', italic: true },
    ]);
    expect(bibtexCitation(facts)).toContain('titleaddon   = {[KASN Finalises Plans]},');
    expect(risCitation(facts).split('\r\n')).toContain('TT  - KASN Finalises Plans');
  });

  it('write n.d. and describe an untitled source in English, with notes in English', () => {
    const facts = citationFacts(forum, site, 'en');
    expect(apaText(facts)).toMatch(/^\[Cooperation Forum\]\. \(n\.d\.\)\. Cooperation Archive\./);
    expect(facts.notes).toEqual([
      'Date of the event: 27 November 2017; the source gives no publication date.',
      'The source text has no headline: this headline is the archive’s own.',
    ]);
    expect(facts.translatedTitle).toBeUndefined();
  });

  it('give the page’s path without the public address, marked, and no RIS address line', () => {
    const facts = citationFacts(kasn, { ...site, site: undefined, base: '/sub/' }, 'en');
    expect(facts).toMatchObject({ url: '/sub/en/artikel/2021-08-30-kasn/', urlIsAbsolute: false });
    expect(apaCitation(facts).at(-1)).toEqual({
      text: '/sub/en/artikel/2021-08-30-kasn/',
      url: true,
    });
    expect(risCitation(facts)).not.toMatch(/^UR {2}-/m);
  });
});
