import { describe, expect, it } from 'vitest';
import { closestMatch, overlap, SAME_STORY, SAME_TEXT, shingles } from './duplicates.ts';

// One article (our own sentences), and what an archivist may meet of it again.
const ARTICLE = [
  'JAKARTA – Kementerian PANRB dan Kementerian Dalam Negeri dan Keamanan Korea menandatangani rencana kerja pusat kerja sama pemerintahan digital untuk tiga tahun ke depan.',
  'Deputi Bidang Kelembagaan mengatakan, rencana itu memuat penyatuan pusat data instansi, penyederhanaan formulir layanan dan pelatihan bagi pengelola sistem di daerah.',
  '“Kami ingin warga cukup datang ke satu pintu untuk semua urusan,” ujarnya dalam pertemuan di Jakarta, Selasa (14/3/2023).',
  'Pihak Korea akan mengirim tenaga ahli yang berkantor di gedung kementerian selama enam bulan untuk mendampingi tim teknis.',
  'Kedua pihak juga sepakat mengevaluasi kemajuan rencana kerja setiap akhir semester dan melaporkannya kepada menteri masing-masing.',
  'Pertemuan berikutnya dijadwalkan berlangsung di Sejong pada akhir tahun, bersamaan dengan forum tahunan pemerintahan digital.',
].join('\n');

const known = [
  { name: 'content/articles/2023-03-14-rencana-kerja.md', shingles: shingles(ARTICLE) },
];
const verdict = (text: string) => closestMatch(shingles(text), known);

describe('near-duplicate texts', () => {
  it('refuses the same text word for word', () => {
    expect(verdict(ARTICLE)).toMatchObject({ verdict: 'same-text', containment: 1, jaccard: 1 });
  });

  it('refuses the same text cut shorter (its first half)', () => {
    const half = ARTICLE.split('\n').slice(0, 3).join('\n');
    expect(verdict(half)?.verdict).toBe('same-text');
  });

  it('refuses the same text with other clutter around it', () => {
    const cluttered = `Beranda\nBerita\nADVERTISEMENT\n${ARTICLE}\nBaca juga: Judul Lain\nTags\nKomentar`;
    expect(verdict(cluttered)?.verdict).toBe('same-text');
  });

  it('refuses the same text lightly edited (a few words changed, spelling fixed)', () => {
    const edited = ARTICLE.replace('tiga tahun', 'tiga tahun mendatang')
      .replace('penyederhanaan', 'penyederhanaan berbagai')
      .replace('enam bulan', 'setengah tahun')
      .replace('akhir semester', 'akhir triwulan');
    const match = verdict(edited);
    expect(match?.verdict).toBe('same-text');
    expect(match!.containment).toBeLessThan(1);
  });

  it('warns, without refusing, for the same story told by another outlet', () => {
    // Another outlet's report of the same meeting: its own sentences, the same quotation.
    const other = [
      'Liputan Kita, Jakarta - Pemerintah Indonesia dan Korea Selatan sepakat menjalankan rencana kerja baru di bidang pemerintahan digital.',
      'Rencana itu disepakati dalam pertemuan pejabat kedua negara di kantor kementerian pada Selasa.',
      '“Kami ingin warga cukup datang ke satu pintu untuk semua urusan,” ujar seorang deputi kementerian.',
      'Korea disebut akan menempatkan tenaga ahli di Jakarta untuk membantu tim teknis Indonesia.',
    ].join('\n');
    const match = verdict(other);
    expect(match?.verdict).toBe('same-story');
    expect(match!.containment).toBeGreaterThanOrEqual(SAME_STORY);
    expect(match!.containment).toBeLessThan(SAME_TEXT);
  });

  it('lets another article on the same subject through', () => {
    const unrelated = [
      'JAKARTA – Badan Kepegawaian Negara membuka pendaftaran seleksi calon pegawai untuk formasi tenaga kesehatan dan guru di daerah terpencil.',
      'Pendaftaran berlangsung selama tiga pekan melalui portal resmi, dan hasil seleksi administrasi diumumkan sepekan setelahnya.',
      'Menurut BKN, jumlah formasi tahun ini lebih banyak dibanding tahun lalu karena banyak pegawai yang memasuki masa pensiun.',
    ].join('\n');
    expect(verdict(unrelated)).toBeNull();
  });

  it('measures Jaccard and containment on word shingles', () => {
    const a = shingles('satu dua tiga empat lima');
    const b = shingles('satu dua tiga empat');
    expect(overlap(a, b)).toEqual({ jaccard: 2 / 3, containment: 1 });
    expect(shingles('Satu, DUA; tiga!')).toEqual(shingles('satu dua tiga'));
  });
});
