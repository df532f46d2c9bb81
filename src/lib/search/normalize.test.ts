import { describe, expect, it } from 'vitest';
import { fold, terms, tokenize, words } from './normalize.ts';

describe('normalisation', () => {
  it('folds case and diacritics', () => {
    expect(fold('Présidential LECTURE Ñ')).toBe('presidential lecture n');
  });

  it('keeps Hangul whole: syllables fold to themselves, a Korean name is one word', () => {
    expect(fold('인사혁신처')).toBe('인사혁신처');
    expect(words('인사혁신처 (MPM), 행정안전부')).toEqual(['인사혁신처', 'mpm', '행정안전부']);
    expect(tokenize('주아세안 대한민국 대표부').map((t) => t.term)).toEqual([
      '주아세안',
      '대한민국',
      '대표부',
    ]);
  });

  it('ignores punctuation and keeps hyphenated words whole, with their parts', () => {
    expect(words('UU No.5/2014 tentang ASN')).toEqual(['uu', 'no5', '2014', 'tentang', 'asn']);
    expect(terms('e-government')).toEqual(['egovernment', 'government']);
    expect(tokenize('e‑Goverment')[0]).toMatchObject({
      term: 'egoverment',
      parts: ['e', 'goverment'],
    });
  });

  it('keeps offsets into the original text', () => {
    const [first, second] = tokenize('“Korsel”, KemenPAN-RB');
    expect(first).toMatchObject({ term: 'korsel', start: 1, end: 7 });
    expect(second).toMatchObject({ term: 'kemenpanrb', start: 10, end: 21 });
  });

  it('drops stopwords and lone letters but keeps numbers', () => {
    expect(words('yang di dan ke 5 a Z kerja')).toEqual(['5', 'kerja']);
  });
});
