import { describe, expect, it } from 'vitest';
import {
  findAgency,
  parseCopyright,
  parseCreditLine,
  parseRepublication,
  splitTrailingInitials,
} from './credits.ts';

describe('parseCreditLine', () => {
  it.each([
    ['Pewarta: Hendri Sukma Indrawan', 'Pewarta', 'Hendri Sukma Indrawan'],
    ['Editor : Admin Antarakalbar', 'Editor', 'Admin Antarakalbar'],
    ['Penulis: nad', 'Penulis', 'nad'],
    ['PEWARTA: Budi', 'Pewarta', 'Budi'],
  ])('"%s" credits %s %s', (line, role, name) => {
    expect(parseCreditLine(line)).toEqual({ role, name });
  });

  it.each([
    ['Editor majalah itu berkata: kerja sama penting.'],
    ['Menurut penulis: tidak ada.'],
    ['Penulis:'],
  ])('does not read "%s" as a credit', (line) => expect(parseCreditLine(line)).toBeNull());
});

describe('splitTrailingInitials', () => {
  it.each([
    ['… tutup Lee. (if/nqa)', '… tutup Lee.', 'Inisial penulis/penyunting', 'if/nqa'],
    ['… publik,” pungkasnya. (lin)', '… publik,” pungkasnya.', 'Inisial penulis', 'lin'],
    [
      '… ujar Menteri Asman. (rr/HUMAS MENPANRB)',
      '… ujar Menteri Asman.',
      'Inisial penulis / humas',
      'rr/HUMAS MENPANRB',
    ],
  ])('splits the credit off "%s"', (paragraph, text, role, name) => {
    expect(splitTrailingInitials(paragraph)).toEqual({ text, credit: { role, name } });
  });

  it.each([
    ['… dan Komisi Aparatur Sipil Negara (KASN).', 'an acronym, then the full stop'],
    ['… Kementerian PANRB (PANRB)', 'an acronym in capitals'],
    ['kata dia (dalam bahasa Korea)', 'words in brackets, not after a sentence'],
    ['… ujarnya. (Antara)', 'a capitalised word, not initials'],
    ['(lin) membuka acara.', 'not at the end'],
  ])('keeps "%s" whole (%s)', (paragraph) => expect(splitTrailingInitials(paragraph)).toBeNull());
});

describe('parseRepublication', () => {
  it('reads where the article first ran and under which title', () => {
    expect(
      parseRepublication(
        'Berita ini telah tayang di Antaranews.com dengan judul: Menpan RB: kita harus belajar dari Korsel soal transformasi digital',
      ),
    ).toEqual({
      republishedFrom: 'Antaranews.com',
      originalTitle: 'Menpan RB: kita harus belajar dari Korsel soal transformasi digital',
    });
    expect(
      parseRepublication('Artikel ini telah tayang di Kompas.com dengan judul "Judul Asli"'),
    ).toEqual({ republishedFrom: 'Kompas.com', originalTitle: 'Judul Asli' });
  });

  it('does not read an ordinary sentence as a notice', () => {
    expect(parseRepublication('Berita ini telah menjadi perhatian publik.')).toBeNull();
  });
});

describe('parseCopyright', () => {
  it.each([
    ['COPYRIGHT © ANTARA News Kalimantan Barat 2023', 'ANTARA News Kalimantan Barat'],
    ['Copyright © 2023 Kompas.com. All rights reserved.', 'Kompas.com'],
    ['© 2019-2023 Humas BKN', 'Humas BKN'],
    ['Hak cipta dilindungi undang-undang', undefined],
  ])('"%s" is a copyright line held by %s', (line, holder) => {
    expect(parseCopyright(line)).toEqual({ copyright: line, holder });
  });

  it('does not read a sentence about copyright as the page’s copyright line', () => {
    expect(parseCopyright('Hak cipta atas karya itu dimiliki penulisnya, katanya.')).toBeNull();
    expect(parseCopyright('Copyright atau hak cipta dibahas di forum.')).toBeNull();
  });
});

describe('findAgency', () => {
  it.each([
    ['Jakarta (ANTARA) - Menteri PANRB mengatakan …'],
    ['COPYRIGHT © ANTARA News Kalimantan Barat 2023'],
    ['Berita ini telah tayang di Antaranews.com dengan judul: …'],
  ])('finds the agency ANTARA in "%s"', (text) => expect(findAgency(text)).toBe('ANTARA'));

  it.each([
    ['kerja sama antara ASEAN dan Korea'],
    ['Antara lain, memperkuat imparsialitas ASN.'],
    ['92% di antaranya adalah Pegawai Negeri Sipil'],
    ['hubungan antarnegara (antara lain Korea)'],
  ])('reads "antara" the word, not the agency, in "%s"', (text) => {
    expect(findAgency(text)).toBeNull();
  });
});
