import { describe, expect, it } from 'vitest';
import {
  articleCardText,
  byWords,
  cardKey,
  clampText,
  parseUnicodeRange,
  siteCardText,
  uncoveredCharacters,
  wrapText,
} from './og-card.ts';

const brand: [string, string] = [
  'Arsip Kerja Sama Indonesia–Korea',
  'Indonesia–Korea Cooperation Archive',
];
// A monospaced stand-in for a font: every character 10 units wide.
const mono = (line: string) => line.length * 10;

describe('the card of an article', () => {
  const card = articleCardText(
    {
      title: 'BKN di Forum ACCSM',
      titleEn: 'BKN at the ACCSM forum',
      date: '2022-08-03',
      dateEnd: '2022-08-05',
      institutionName: 'BKN',
    },
    brand,
  );

  it('shows the headline, our English headline beneath, the date in Indonesian and the institution', () => {
    expect(card).toEqual({
      brand,
      heading: 'BKN di Forum ACCSM',
      subheading: 'BKN at the ACCSM forum',
      footer: '3–5 Agustus 2022 · BKN',
    });
  });

  it('has a name that changes with anything it shows, and only then', () => {
    expect(cardKey(card)).toBe(cardKey({ ...card }));
    expect(cardKey({ ...card, heading: 'BKN di Forum ACCSM ke-21' })).not.toBe(cardKey(card));
    expect(cardKey({ ...card, footer: '3 Agustus 2022 · BKN' })).not.toBe(cardKey(card));
    expect(cardKey(siteCardText(brand, 'Tagline'))).not.toBe(cardKey(card));
  });
});

describe('laying out a card’s text', () => {
  it('wraps at spaces within the width, or says it needs more lines', () => {
    expect(wrapText('satu dua tiga empat', mono, 90, 3)).toEqual(['satu dua', 'tiga', 'empat']);
    expect(wrapText('satu dua tiga empat', mono, 90, 2)).toBeUndefined();
    expect(wrapText('kerjasamaindonesiakorea ok', mono, 50, 2)).toEqual([
      'kerjasamaindonesiakorea',
      'ok',
    ]);
  });

  it('clamps the smaller headline with an ellipsis where words had to go', () => {
    expect(clampText('one two three four five six', mono, 100, 2)).toEqual(['one two', 'three …']);
    expect(clampText('one two', mono, 100, 2)).toEqual(['one two']);
  });
});

describe('font coverage', () => {
  const latin = parseUnicodeRange('U+0000-00FF,U+0131,U+2000-206F');

  it('reads CSS unicode ranges', () => {
    expect(latin).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x2000, 0x206f],
    ]);
  });

  it('finds the characters no font covers, once each', () => {
    expect(uncoveredCharacters('Forum – “kerja sama”', latin)).toEqual([]);
    expect(uncoveredCharacters('인사혁신처 인사', latin)).toEqual(['인', '사', '혁', '신', '처']);
  });
});

describe('byWords', () => {
  it('measures a line as its words and spaces, each word once', () => {
    const measured: string[] = [];
    const measure = byWords((text) => {
      measured.push(text);
      return text.length * 10;
    });
    expect(measure('satu dua satu')).toBe(130);
    expect(measure('dua satu')).toBe(80);
    expect(measured.sort()).toEqual([' ', 'dua', 'satu']);
  });
});
