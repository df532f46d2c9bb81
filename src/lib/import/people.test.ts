import { describe, expect, it } from 'vitest';
import { findPeople, mergePeople } from './people.ts';
import type { ArchiveData } from './types.ts';

const data: ArchiveData = {
  institutions: [
    {
      id: 'bkn',
      name: 'BKN',
      acronym: 'BKN',
      fullName: 'Badan Kepegawaian Negara',
      country: 'indonesia',
      kind: 'badan',
    },
  ],
  topics: [],
  countries: [{ id: 'korea-selatan', name: 'Korea Selatan', nameEn: 'South Korea' }],
  glossary: [
    {
      id: 'sinka',
      term: 'SINKA',
      expansion: 'Sistem Informasi Kepegawaian',
      lang: 'id',
      description: '',
    },
  ],
};

describe('findPeople', () => {
  it.each([
    ['Menteri PANRB Syafruddin mengatakan, …', 'Syafruddin', 'Menteri PANRB'],
    [
      'Menurut Komisioner KASN, Rudiarto Sumarwono, berbagai …',
      'Rudiarto Sumarwono',
      'Komisioner KASN',
    ],
    [
      'Plt. Kepala Badan Kepegawaian Negara Bima Haria Wibisana bersama …',
      'Bima Haria Wibisana',
      'Plt. Kepala Badan Kepegawaian Negara',
    ],
    [
      'Deputi Bidang Sistem Informasi Kepegawaian Suharmen, Kepala …',
      'Suharmen',
      'Deputi Bidang Sistem Informasi Kepegawaian',
    ],
    ['Deputi SINKA BKN, Suharmen, sebagai …', 'Suharmen', 'Deputi SINKA BKN'],
    [
      'Kepala Subbagian Kerja Sama Luar Negeri Tifa Laily Savitri sebagai …',
      'Tifa Laily Savitri',
      'Kepala Subbagian Kerja Sama Luar Negeri',
    ],
    [
      'Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (Menpan RB) Abdullah Azwar Anas mengungkapkan',
      'Abdullah Azwar Anas',
      'Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (Menpan RB)',
    ],
    [
      'Duta Besar Korea Selatan untuk ASEAN Jang-keun Lee mengungkapkan',
      'Jang-keun Lee',
      'Duta Besar Korea Selatan untuk ASEAN',
    ],
    [
      'Assistant Minister for Planning and Coordination, Ministry of the Interior and Safety, Lee In-jae mengungkapkan',
      'Lee In-jae',
      'Assistant Minister for Planning and Coordination, Ministry of the Interior and Safety',
    ],
    [
      'mantan Minister of Personnel Management Republik Korea, Mr. Pan Suk Kim hadir',
      'Pan Suk Kim',
      'Minister of Personnel Management Republik Korea',
    ],
    ['dari pidato Bapak Presiden Joko Widodo mengenai visi', 'Joko Widodo', 'Presiden'],
  ])('"%s" names %s, %s', (paragraph, name, role) => {
    expect(findPeople([paragraph], data)).toEqual([{ name, role }]);
  });

  it.each([
    ['Lee berharap Menteri PANRB dapat hadir.', []],
    ['Kepala BKN menyampaikan paparan.', []],
    ['Menteri. Syafruddin datang kemudian.', []],
    ['“Kita bisa,” ujar Menteri Asman. “Kami siap', ['Asman']],
    // What was once listed as people: an initial, misspelt or ordinary words, an acronym.
    ['Menteri M dan rombongan tiba.', []],
    ['Kepala Kementrian itu hadir.', []],
    ['Menteri Keamanan Korea Selatan hadir.', []],
    ['Sekretaris Pan-RB membuka acara.', []],
    ['Menteri Dalam Negeri dan Keamanan Korea, Kim Boo Kyum, menandatangani.', ['Kim Boo Kyum']],
  ])('"%s" names exactly %j', (paragraph, names) => {
    expect(findPeople([paragraph], data).map((p) => p.name)).toEqual(names);
  });

  it('names a person once, in full, with the title given first', () => {
    expect(
      findPeople(
        [
          'Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PANRB) Asman Abnur mengatakan',
          '“Ini komitmen,” ujar Menteri Asman Abnur dalam forum. “Kita bisa,” ujar Menteri Asman.',
        ],
        data,
      ),
    ).toEqual([
      {
        name: 'Asman Abnur',
        role: 'Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PANRB)',
      },
    ]);
  });
});

describe('findPeople on pathological text', () => {
  it('reads repeated openers "Menteri (a " in one pass', () => {
    const text = 'Menteri (a '.repeat(20_000);
    expect(findPeople([text], data)).toEqual([]);
  });
});

describe('mergePeople', () => {
  it('keeps the longer name and does not merge different people sharing a first word', () => {
    expect(
      mergePeople([
        { name: 'Bajoe Loedi', role: 'Kepala Pusat' },
        { name: 'Bajoe Loedi Hargono', role: 'Kepala Pusat BKN' },
        { name: 'Lee In-jae', role: 'Assistant Minister' },
        { name: 'Lee Kyung-ah', role: 'MPM' },
      ]),
    ).toEqual([
      { name: 'Bajoe Loedi Hargono', role: 'Kepala Pusat' },
      { name: 'Lee In-jae', role: 'Assistant Minister' },
      { name: 'Lee Kyung-ah', role: 'MPM' },
    ]);
  });
});
