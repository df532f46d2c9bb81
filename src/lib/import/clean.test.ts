import { describe, expect, it } from 'vitest';
import { cleanText, splitClosingCredit } from './clean.ts';

describe('cleanText', () => {
  const page = [
    'KASN Matangkan Rencana',
    '',
    'Berita',
    '30 Aug 2021 - 04:35',
    'Share',
    'Paragraf pertama yang cukup panjang untuk dibaca sebagai teks berita, bukan sebagai menu situs.',
    'Lihat postingan ini di Instagram',
    'Paragraf kedua. (if/nqa)',
    'Pos terkait',
    'Judul berita lain',
    'Tinggalkan Balasan',
    'Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *',
  ].join('\n');

  it('keeps the article’s lines and removes the site’s clutter, saying why', () => {
    const cleaned = cleanText(page);
    expect(cleaned.headline).toEqual({ title: 'KASN Matangkan Rencana', index: 0 });
    expect(cleaned.lines).toEqual([
      'Paragraf pertama yang cukup panjang untuk dibaca sebagai teks berita, bukan sebagai menu situs.',
      'Paragraf kedua. (if/nqa)',
    ]);
    expect(cleaned.stamps.map((s) => s.date.start)).toEqual(['2021-08-30']);
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
      'Judul Berita Hari Ini\nMenteri PANRB bersama delegasi dari Korea. foto: Humas Kementerian\nTeks.',
    );
    expect(cleaned.caption).toEqual({
      text: 'Menteri PANRB bersama delegasi dari Korea.',
      credit: 'Humas Kementerian',
      guessed: false,
    });
    expect(cleaned.lines).toEqual(['Teks.']);
  });

  it('takes the line after a photo’s file name as its caption, marked as a guess', () => {
    const cleaned = cleanText(
      'Pin It\n20171127 Indo korea\nMenteri memberi sambutan.\nJAKARTA – Teks yang panjang tentang kerja sama kedua negara di bidang SDM.',
    );
    expect(cleaned.photoFiles).toEqual(['20171127 Indo korea']);
    expect(cleaned.caption).toEqual({ text: 'Menteri memberi sambutan.', guessed: true });
    expect(cleaned.lines).toEqual([
      'JAKARTA – Teks yang panjang tentang kerja sama kedua negara di bidang SDM.',
    ]);
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

  it('drops a "Baca juga" label and the headline it links to, but not the next paragraph', () => {
    const cleaned = cleanText(
      [
        'Paragraf pertama tentang kerja sama pemerintahan digital kedua negara.',
        'BACA JUGA:',
        'Judul Berita Lain yang Ditautkan',
        'Paragraf kedua yang tetap bagian dari artikel ini.',
        'Baca juga: Judul Lain di Baris yang Sama',
      ].join('\n'),
    );
    expect(cleaned.lines).toEqual([
      'Paragraf pertama tentang kerja sama pemerintahan digital kedua negara.',
      'Paragraf kedua yang tetap bagian dari artikel ini.',
    ]);
  });

  it('drops what follows the closing credits and a footer of menu lines', () => {
    const cleaned = cleanText(
      [
        'Paragraf pertama tentang kerja sama pemerintahan digital kedua negara.',
        'Paragraf terakhir artikel.',
        'Editor: Nama Editor',
        '- Judul berita lain yang tidak terkait',
        'Tentang Kami',
        'Pedoman Media Siber',
      ].join('\n'),
    );
    expect(cleaned.lines).toEqual([
      'Paragraf pertama tentang kerja sama pemerintahan digital kedua negara.',
      'Paragraf terakhir artikel.',
    ]);
    expect(cleaned.credits).toEqual([{ role: 'Editor', name: 'Nama Editor' }]);
  });

  it('drops a line the page shows twice (a headline or caption repeated)', () => {
    const cleaned = cleanText(
      [
        'Judul yang Tampil Dua Kali di Laman',
        'Write: 2019-06-24 16:15:31Update: 2019-06-24 16:17:00',
        'Judul yang Tampil Dua Kali di Laman',
        'Teks pertama artikel yang panjang dan berisi kalimat lengkap tentang kerja sama.',
      ].join('\n'),
    );
    expect(cleaned.headline.title).toBe('Judul yang Tampil Dua Kali di Laman');
    expect(cleaned.lines).toEqual([
      'Teks pertama artikel yang panjang dan berisi kalimat lengkap tentang kerja sama.',
    ]);
  });
});

describe('splitClosingCredit', () => {
  it.each([
    ['Teks akhir. (lin)', 'Teks akhir.', { role: 'Inisial penulis', name: 'lin' }],
    [
      'Teks akhir. (Sumber:HUMAS MENPANRB)',
      'Teks akhir.',
      { role: 'Humas', name: 'HUMAS MENPANRB' },
    ],
    ['Teks akhir. (HUMAS MENPAN)', 'Teks akhir.', { role: 'Humas', name: 'HUMAS MENPAN' }],
  ])('splits the credit off "%s"', (last, text, credit) => {
    expect(splitClosingCredit(['Teks pertama.', last])).toEqual({
      paragraphs: ['Teks pertama.', text],
      initials: credit,
    });
  });
});
