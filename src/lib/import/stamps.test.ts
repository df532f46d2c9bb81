import { describe, expect, it } from 'vitest';
import { parseStamp } from './stamps.ts';

describe('parseStamp', () => {
  it.each([
    ['30 Aug 2021 - 04:35', '2021-08-30'],
    ['Kamis, 07 Mei 2009 – 16:36 WIB', '2009-05-07'],
    ['Oleh Nama Penulis pada 30 Jul 2019, 10:00 WIB', '2019-07-30'],
    ['03 Maret 2016 14:19:09 WIB', '2016-03-03'],
    ['Kepegawaian () 03 Maret 2016 14:19:09 WIB', '2016-03-03'],
    ['22 September 2023 12:25', '2023-09-22'],
    ['Date : 2017.10.18 Read : 16433', '2017-10-18'],
    ['Write: 2019-06-24 16:15:31Update: 2019-06-24 16:17:00', '2019-06-24'],
    ['2019-06-24', '2019-06-24'],
    ['Kompas.com - 29/05/2020, 09:16 WIB', '2020-05-29'],
    ['Nama Penulis, Jurnalis · Selasa 19 September 2023 10:15 WIB', '2023-09-19'],
    ['20 September 2023 | 14:35 WIB', '2023-09-20'],
    ['Berita Kerjasama - Senin, 16 Desember 2019', '2019-12-16'],
    ['20 Maret 2015 00:00:00 WIB | Post By: Admin BKD', '2015-03-20'],
    ['October 18, 2017', '2017-10-18'],
    ['Senin, 30 Agustus 2021 10:15 WIB', '2021-08-30'],
    ['05 Des 2019, 14.20', '2019-12-05'],
  ])('reads the page stamp "%s" as the publication date %s', (line, iso) => {
    expect(parseStamp(line)).toMatchObject({
      updated: false,
      date: { start: iso, kind: 'terbit', form: 'stamp', certainty: 'pasti', evidence: line },
    });
  });

  it('reads a stamp that only gives the update as such, and less sure', () => {
    expect(parseStamp('Diperbarui 30 Jul 2019, 10:16 WIB')).toMatchObject({
      updated: true,
      date: { start: '2019-07-30', certainty: 'disimpulkan' },
    });
  });

  it.each([
    ['31 Jun 2021 - 04:35', 'not a calendar day'],
    ['kata Rudiarto pada 30 Aug 2021', 'a sentence, not a stamp line'],
    ['Forum digelar pada 3 Agustus 2022 di Hanoi', 'running text with a date'],
    ['Acara itu digelar 3 Agustus 2022.', 'a sentence'],
    ['30 Agustus', 'no year'],
    ['UU No.5/2014 tentang ASN', 'a law’s number'],
  ])('does not read "%s" as a stamp (%s)', (line) => {
    expect(parseStamp(line)).toBeNull();
  });
});
