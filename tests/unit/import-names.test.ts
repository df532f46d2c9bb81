// The importer's suggestions know the names the archive's institutions go by: English, older and
// Korean-side ones (content/institutions.yaml), and never let a caption or a list of supporters decide.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArchiveData } from '../../scripts/lib/content-data.ts';
import { analyseText } from '../../src/lib/import/analyse.ts';
import {
  mainInstitution,
  suggestCountries,
  suggestInstitutions,
} from '../../src/lib/import/suggestions.ts';
import { ROOT } from '../helpers/build.ts';

const data = readArchiveData(join(ROOT, 'content'));
const ids = (text: string) => suggestInstitutions(text, data).map((s) => s.id);

describe('institution names', () => {
  it.each([
    ['the Ministry of Administrative and Bureaucratic Reform of Indonesia', 'kemenpanrb'],
    ['Kementerian Negara PAN menerima tamu', 'kemenpanrb'],
    ['MenPAN menerima tamu', 'kemenpanrb'],
    ['Kementerian PAN-RB menerima tamu', 'kemenpanrb'],
    ['State Apparatus and Bureaucratic Reforms Ministry', 'kemenpanrb'],
    ['Ministry of Personnel Management', 'mpm-korea'],
    ['Kementerian Manajemen Personalia Republik Korea', 'mpm-korea'],
    ['MOIS dan Kementerian PANRB', 'mois-korea'],
    ['Kementerian Dalam Negeri dan Keamanan Korea', 'mois-korea'],
    ['Kementerian Keamanan dan Administrasi Publik Korea Selatan', 'mois-korea'],
    ['the Ministry of the Interior of the Republic of Korea', 'mois-korea'],
    ['Ministry of Government Administration and Home Affairs (MOGAHA)', 'mois-korea'],
    ['Ministry of Security and Public Administration', 'mois-korea'],
    ['Korea International Cooperation Agency (KOICA)', 'koica'],
    ['National Information Society Agency (NIA)', 'nia-korea'],
    ['Lembaga Administrasi Negara (LAN)', 'lan'],
  ])('"%s" names %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it('counts overlapping names of one institution once', () => {
    const [mois] = suggestInstitutions('Ministry of the Interior and Safety', data);
    expect(mois).toMatchObject({ id: 'mois-korea', count: 1 });
  });

  it.each([
    ['Pemerintah Korea', 'korea-selatan'],
    ['the Republic of Korea', 'korea-selatan'],
  ])('"%s" names the partner country %s', (text, id) => {
    expect(suggestCountries(text, data).map((s) => s.id)).toEqual([id]);
  });
});

describe('the institution an article is about', () => {
  it('is not decided by a list of supporters', () => {
    const text =
      'Kementerian PANRB membuka simposium. Kementerian PANRB menjadi tuan rumah. ' +
      'Kegiatan ini didukung oleh Korea Foundation; BPKP; KASN; dan BKN. KASN, BKN dan BPKP hadir.';
    expect(mainInstitution(text, data)).toMatchObject({
      suggestion: { id: 'kemenpanrb' },
      sure: true,
    });
  });

  it('is marked unsure when named once, or as often as another', () => {
    expect(mainInstitution('Kementerian PANRB hadir.', data).sure).toBe(false);
    expect(mainInstitution('BKN dan KASN hadir. BKN dan KASN bicara.', data).sure).toBe(false);
  });

  it('is not decided by a photo caption or a "Baca juga" line', () => {
    const page = [
      'Judul Kerja Sama Kepegawaian dengan Korea',
      'Kamis, 07 Mei 2009 – 16:36 WIB',
      'Petugas BKN melayani peserta di kantor BKN dan kantor regional BKN. (Foto: BKN)',
      'JAKARTA - Komisi Aparatur Sipil Negara (KASN) membahas pengawasan sistem merit dengan mitra dari Korea.',
      'Baca juga: BKN Buka Seleksi, BKN Umumkan Jadwal, BKN Siapkan Ujian',
      'Menurut KASN, pengawasan akan diperluas ke instansi daerah tahun depan.',
    ].join('\n');
    const a = analyseText(page, data, { today: '2026-01-01' });
    expect(a.institution?.id).toBe('kasn');
    expect(a.partnerInstitutions.map((s) => s.id)).not.toContain('bkn');
  });
});
