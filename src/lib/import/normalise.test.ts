import { describe, expect, it } from 'vitest';
import { joinWrappedLines, normaliseSpaces, readLines } from './normalise.ts';

describe('normaliseSpaces', () => {
  it.each([
    ['kerja\u00A0sama', 'kerja sama', 'a no-break space'],
    ['kerja\u202Fsama\u2009Korea', 'kerja sama Korea', 'narrow and thin spaces'],
    ['kerja\u0100sama', 'kerja sama', 'a stray "Ā" between words'],
    ['kerjaÂ\u00A0sama', 'kerja sama', 'a no-break space seen through Latin-1'],
    ['peme\u00ADrintah', 'pemerintah', 'a soft hyphen'],
    ['e\u200B-government\u200D', 'e-government', 'zero-width characters'],
    ['dan \u00ACe-government', 'dan e-government', 'the stray "¬"'],
    ['  dua   spasi\tdan tab ', 'dua spasi dan tab', 'runs of spaces and tabs'],
  ])('"%s" → "%s" (%s)', (line, expected) => {
    expect(normaliseSpaces(line)).toBe(expected);
  });

  it('keeps the source’s own letters, "Ā" in a name included', () => {
    expect(normaliseSpaces('Āsia Kafé Séoul 한국')).toBe('Āsia Kafé Séoul 한국');
  });
});

describe('readLines', () => {
  it('drops empty lines and remembers where they stood', () => {
    expect(readLines('\uFEFFSatu\r\n\u00A0\nDua\nTiga')).toEqual([
      { text: 'Satu', blankBefore: true },
      { text: 'Dua', blankBefore: true },
      { text: 'Tiga', blankBefore: false },
    ]);
  });
});

describe('joinWrappedLines', () => {
  const join = (text: string) => joinWrappedLines(readLines(text)).map((l) => l.text);

  it('joins a paragraph hard-wrapped mid-sentence', () => {
    expect(join('Kerja sama kedua\nnegara makin erat, ujar\ndia.\n\nParagraf baru.')).toEqual([
      'Kerja sama kedua negara makin erat, ujar dia.',
      'Paragraf baru.',
    ]);
  });

  it('joins at a fixed width even before a capital when the whole text is wrapped', () => {
    const text = [
      'Delegasi dari Ministry of Personnel Management hadir bersama pejabat',
      'Kementerian PANRB dalam pertemuan yang membahas sistem merit dan',
      'penilaian kinerja aparatur. Pertemuan berlangsung sepanjang hari di',
      'Jakarta dan ditutup dengan penandatanganan rencana kerja bersama.',
    ].join('\n');
    expect(join(text)).toHaveLength(1);
  });

  it('keeps a short subheading and the lines of a list apart', () => {
    expect(join('Teks pertama.\n\nLagu Kebangsaan\nSelain itu, teks kedua.')).toEqual([
      'Teks pertama.',
      'Lagu Kebangsaan',
      'Selain itu, teks kedua.',
    ]);
    expect(join('Judul berita satu\n- butir dua')).toEqual(['Judul berita satu', '- butir dua']);
  });
});
