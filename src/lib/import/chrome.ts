// What news and government sites print around an article, by shape. Whole lines only: a sentence
// of the article that merely starts with one of these words is never matched.

/** Lines that are a site's widgets, menus or labels, compared case-insensitively as whole lines. */
export const CHROME_LINES = new Set(
  [
    'Berita',
    'Share',
    'Bagikan',
    'Bagikan artikel',
    'Bagikan berita ke',
    'Bagikan berita ke :',
    'Tweet',
    'Pin It',
    'Lihat postingan ini di Instagram',
    'Lihat postingan ini di Facebook',
    'Advertisement',
    'Iklan',
    'Scroll to continue with content',
    'Scroll untuk melanjutkan',
    'Go Top',
    'Back to top',
    'Kembali ke atas',
    'Close',
    'Tutup',
    'Pilihan Editor',
    'Beranda',
    'Home',
    'Menu',
    'Cari',
    'Search',
    'Login',
    'Masuk',
    'Daftar',
    'Print',
    'Cetak',
    'Salin tautan',
    'Salin link',
    'Copy link',
    'Copied!',
    'Facebook',
    'Twitter',
    'X',
    'WhatsApp',
    'Telegram',
    'LinkedIn',
    'Line',
    'Email',
    'Komentar',
    'Dark/Light Mode',
    'Font',
    'Ukuran Font: - +',
    'Dengarkan',
    'Dengarkan berita',
    'Tim Redaksi',
    'Terima',
    'Setuju',
    'Accept',
    'OK',
    'Selengkapnya',
    'Selanjutnya',
    'Sebelumnya',
    'Next',
    'Prev',
    'Lihat semua',
    'Tag',
    'Tags',
    'Topik',
    'Baca juga',
    'Baca juga:',
    'Baca Selengkapnya',
    'Skip to content',
    'Langsung ke konten',
    'Lompat ke konten',
    'the body go topmenu go',
    'Pergi ke Menu Pergi ke Halaman Utama',
    'Halaman selanjutnya',
    'Next Article',
    'Artikel selanjutnya',
    'Konten Premium',
    'Berita Terkait',
  ].map((l) => l.toLowerCase()),
);

// Patterns of whole lines that are the site speaking, not the article.
const CHROME_PATTERNS: RegExp[] = [
  /^(?:baca|lihat|simak|klik) (?:juga|pula|selengkapnya|berita lainnya)\b/i,
  /^baca\s*:/i,
  /^(?:saksikan|simak|tonton|lihat) video\b/i,
  /^video (?:pilihan|terkait|terbaru)\b/i,
  /^\*?\s*(?:follow|ikuti)\b.{0,80}\b(?:whatsapp|channel|google news|instagram|twitter|tiktok|youtube|telegram)\b/i,
  /^(?:silakan|silahkan) baca konten menarik/i,
  /^simak (?:berita|artikel) (?:lainnya|menarik)/i,
  /^\[gambas:/i,
  /^(?:dapatkan|download|unduh) (?:update|berita|aplikasi|app)\b/i,
  /^baca berita (?:tanpa|dengan sedikit) iklan/i,
  /^gabung\s+\S+\+$/i,
  /^\d+\s+dari\s+\d+\s+halaman$/i,
  /^halaman\s+(?:\d+\s*)+(?:selanjutnya|berikutnya|next)?$/i,
  /^(?:\d+\s+){1,}(?:selanjutnya|next|»|›)$/i,
  /^(?:read|dibaca|di baca|dilihat)\s*:?\s*[\d.,]+(?:\s*kali)?$/i,
  /^[\d.,]+\s*(?:views|kali dibaca|pembaca)$/i,
  // Cookie banners, in Indonesian or English.
  /\bcookies?\b.{0,160}\b(?:menggunakan|gunakan|setuju|menyetujui|use|uses|accept|consent|kebijakan|policy)\b/i,
  /\b(?:menggunakan|gunakan|use|uses)\b.{0,80}\bcookies?\b/i,
  // Citizen-journalism disclaimers: "… platform jurnalisme warga …", "Konten menjadi tanggung jawab penulis".
  /jurnalisme warga|tanggung ?jawab penulis|tidak mewakili pandangan redaksi/i,
  // A site's own name or address: "Liputan6.com", "www.menpan.go.id".
  /^(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|id|net|org|kr|co\.id|go\.id|go\.kr)\/?$/i,
  // Bullets of a menu copied with the page: "• Home", "• Services".
  /^[•·▪►]\s*\S.{0,40}$/,
];

/** The reason a line is site chrome, or null when it may be the article's. */
export function chromeReason(line: string): string | null {
  const bare = line.replace(/^[*•·\s]+|[\s:]+$/g, '').toLowerCase();
  if (CHROME_LINES.has(line.toLowerCase()) || CHROME_LINES.has(bare)) return 'tampilan situs';
  if (CHROME_PATTERNS.some((p) => p.test(line))) return 'tampilan situs';
  return null;
}

/** True for "Baca juga" and its kin standing alone: the next line is the linked headline. */
export function isReadAlsoLabel(line: string): boolean {
  return /^(?:baca|lihat|simak) (?:juga|pula)\s*:?$/i.test(line) || /^baca\s*:?$/i.test(line);
}

// Where the article ends and the page's comments or related links begin.
const END_MARKERS = new Set(
  [
    'Pos terkait',
    'Tinggalkan Balasan',
    'Tinggalkan Komentar',
    'Berita terkait',
    'Berita lainnya',
    'Artikel terkait',
    'Baca berikutnya',
    'Rekomendasi',
    'Terpopuler',
    'Berita terpopuler',
    'Berita terkini',
    'Terkini',
    'More Stories',
    'Related News',
    'Related Articles',
    'Komentar',
  ].map((l) => l.toLowerCase()),
);

/** True for a line after which nothing is the article (comments, related links). */
export function isEndMarker(line: string): boolean {
  return (
    END_MARKERS.has(line.replace(/[\s:]+$/, '').toLowerCase()) ||
    /^Alamat email Anda tidak akan dipublikasikan/i.test(line)
  );
}

/** Splits a breadcrumb "HOME > What's New> News & Notices" into its steps, else null. */
export function breadcrumbSteps(line: string): string[] | null {
  const steps = line.split(/\s*[>»›]\s*|\s+\/\s+/);
  if (steps.length < 2 || line.length > 120) return null;
  const short = steps.every((s) => s.length > 0 && s.split(/\s+/).length <= 4);
  return short && !/[.!?]$/.test(line) ? steps : null;
}
