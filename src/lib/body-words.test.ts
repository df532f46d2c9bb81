import { describe, expect, it } from 'vitest';
import { missingWords, sourceWords, wordsOf } from './body-words.ts';

const HIDDEN = ['script', 'style'];

describe('sourceWords', () => {
  it('reads the words a person reading the Markdown sees', () => {
    expect(
      sourceWords('**Jakarta** — *Menteri* [PANRB](https://menpan.go.id/x "judul")', []),
    ).toEqual(['Jakarta', 'Menteri', 'PANRB']);
  });

  it('skips tags, closed comments and the contents of closed hidden elements', () => {
    const markdown =
      'Satu <b title="bukan teks">dua</b> <!-- catatan redaksi --> tiga <script>alert(1)</script> <STYLE>p{}</STYLE> empat';
    expect(sourceWords(markdown, HIDDEN)).toEqual(['Satu', 'dua', 'tiga', 'empat']);
  });

  it('keeps the words after an unclosed comment or hidden element: the page would lose them', () => {
    expect(sourceWords('Satu <!-- dua\n\ntiga', HIDDEN)).toEqual(['Satu', 'dua', 'tiga']);
    expect(sourceWords('Satu <style>dua\n\ntiga', HIDDEN)).toEqual(['Satu', 'dua', 'tiga']);
  });

  it('skips reference labels, definitions and footnote labels, and decodes references', () => {
    expect(sourceWords('[Teks][lbl] lagi[^catatan]\n\n[lbl]: https://x.id/a', [])).toEqual([
      'Teks',
      'lagi',
    ]);
    expect(sourceWords('caf&eacute; &amp; Korea&#8211;Indonesia', [])).toEqual([
      'café',
      'Korea',
      'Indonesia',
    ]);
  });

  it('skips ordered-list numbers, which the page never shows as text', () => {
    expect(sourceWords('1. satu\n2) dua\n   10. sepuluh\n> 3. kutipan', [])).toEqual([
      'satu',
      'dua',
      'sepuluh',
      'kutipan',
    ]);
    // A number inside a sentence is the sentence's.
    expect(sourceWords('Pada 1. Januari, 2) dua', [])).toEqual([
      'Pada',
      '1',
      'Januari',
      '2',
      'dua',
    ]);
  });
});

describe('missingWords', () => {
  it('lists the source words the page lacks, in source order, counting repeats', () => {
    const source = wordsOf('kerja sama kerja sama Korea');
    expect(missingWords(source, wordsOf('sama kerja Korea'))).toEqual(['kerja', 'sama']);
    expect(missingWords(source, wordsOf('Korea kerja sama kerja sama lagi'))).toEqual([]);
  });
});
