import { describe, expect, it } from 'vitest';
import { bodyMarkdown, cleanText, normaliseLines, splitArticle } from './clean.ts';

describe('normaliseLines', () => {
  it('turns non-breaking spaces into spaces, drops the stray ¬, trims lines, drops empty ones', () => {
    expect(
      normaliseLines('\uFEFFJudul\r\n\u00A0\n  Manajemen SDM dan \u00ACe-government.\u00A0 \n\n'),
    ).toEqual(['Judul', 'Manajemen SDM dan e-government.']);
  });
});

describe('cleanText', () => {
  const page = [
    'KASN Matangkan Rencana',
    '',
    'Berita',
    '30 Aug 2021 - 04:35',
    'Share',
    'Paragraf pertama.',
    'Lihat postingan ini di Instagram',
    'Paragraf kedua. (if/nqa)',
    'Pos terkait',
    'Judul berita lain',
    'Tinggalkan Balasan',
    'Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *',
  ].join('\n');

  it('keeps the article’s lines and removes the site’s clutter, saying why', () => {
    const cleaned = cleanText(page);
    expect(cleaned.lines).toEqual([
      'KASN Matangkan Rencana',
      'Paragraf pertama.',
      'Paragraf kedua. (if/nqa)',
    ]);
    expect(cleaned.stamps).toEqual(['30 Aug 2021 - 04:35']);
    expect(cleaned.removed.map((r) => r.line)).toEqual([
      'Berita',
      'Share',
      'Lihat postingan ini di Instagram',
      'Pos terkait',
      'Judul berita lain',
      'Tinggalkan Balasan',
      'Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *',
    ]);
  });

  it('keeps a sentence that merely starts like a widget', () => {
    const text = 'Berita ini menjadi perhatian publik.\nShare dari pemerintah naik.';
    expect(cleanText(text).lines).toEqual([
      'Berita ini menjadi perhatian publik.',
      'Share dari pemerintah naik.',
    ]);
  });

  it('takes a caption with its photo credit out of the text', () => {
    const cleaned = cleanText(
      'Judul\nMenteri PANRB Syafruddin bersama delegasi dari Korea. foto: Humas Kementerian\nTeks.',
    );
    expect(cleaned.caption).toEqual({
      text: 'Menteri PANRB Syafruddin bersama delegasi dari Korea.',
      credit: 'Humas Kementerian',
      guessed: false,
    });
    expect(cleaned.lines).toEqual(['Judul', 'Teks.']);
  });

  it('takes the line after a photo’s file name as its caption, marked as a guess', () => {
    const cleaned = cleanText(
      'Pin It\n20171127 Indo korea\nMenteri memberi sambutan.\nJAKARTA – Teks.',
    );
    expect(cleaned.photoFiles).toEqual(['20171127 Indo korea']);
    expect(cleaned.caption).toEqual({ text: 'Menteri memberi sambutan.', guessed: true });
    expect(cleaned.lines).toEqual(['JAKARTA – Teks.']);
  });

  it('does not read "foto:" in a sentence as a caption', () => {
    const line = 'Ia menunjukkan foto: sebuah gedung baru di Sejong.';
    expect(cleanText(line).caption).toBeUndefined();
    expect(cleanText(line).lines).toEqual([line]);
  });

  it('moves credits, the republication notice and the copyright line to provenance', () => {
    const cleaned = cleanText(
      [
        'Teks.',
        'Berita ini telah tayang di Antaranews.com dengan judul: Judul Asli',
        'Pewarta: Hendri Sukma Indrawan',
        'Editor : Admin Antarakalbar',
        'COPYRIGHT © ANTARA News Kalimantan Barat 2023',
      ].join('\n\n'),
    );
    expect(cleaned.lines).toEqual(['Teks.']);
    expect(cleaned.republication).toEqual({
      republishedFrom: 'Antaranews.com',
      originalTitle: 'Judul Asli',
    });
    expect(cleaned.credits).toEqual([
      { role: 'Pewarta', name: 'Hendri Sukma Indrawan' },
      { role: 'Editor', name: 'Admin Antarakalbar' },
    ]);
    expect(cleaned.copyright?.holder).toBe('ANTARA News Kalimantan Barat');
  });
});

describe('splitArticle', () => {
  it('takes a first line that reads as a headline as the title, and initials off the end', () => {
    expect(splitArticle(['Judul Berita di Vietnam', 'Teks pertama.', 'Teks akhir. (lin)'])).toEqual(
      {
        title: 'Judul Berita di Vietnam',
        paragraphs: ['Teks pertama.', 'Teks akhir.'],
        initials: { role: 'Inisial penulis', name: 'lin' },
      },
    );
  });

  it.each([
    ['Menteri PANRB mengungkapkan bahwa Indonesia harus terus belajar.', 'a sentence'],
    ['JAKARTA – Indonesia sedang fokus pada SDM', 'a dateline'],
  ])('does not take "%s" as a headline (%s)', (first) => {
    expect(splitArticle([first, 'Teks.']).title).toBeUndefined();
  });

  it('never takes the only line as a headline', () => {
    expect(splitArticle(['Satu-satunya baris']).paragraphs).toEqual(['Satu-satunya baris']);
  });
});

describe('bodyMarkdown', () => {
  it('joins paragraphs with a blank line and ends with one newline', () => {
    expect(bodyMarkdown(['Satu.', 'Dua.'])).toBe('Satu.\n\nDua.\n');
  });

  it('escapes a line start that Markdown would read as a list, heading or quote', () => {
    expect(bodyMarkdown(['1. Pertama', '- butir', '# pagar', '> kutip', '2021 adalah tahun'])).toBe(
      '1\\. Pertama\n\n\\- butir\n\n\\# pagar\n\n\\> kutip\n\n2021 adalah tahun\n',
    );
  });
});
