import type { ArchiveData } from './types.ts';

// Words that open an organisation's name, and words such names are made of beyond the archive's
// own institutions: "Badan Kepegawaian Daerah Provinsi …", "Pemerintah Kota …".
const ORG_HEAD =
  /^(?:Badan|Kementerian|Komisi|Lembaga|Dinas|Pemerintah|Sekretariat|Biro|Kantor|Pusat|Direktorat|Humas|Portal|Ministry|Embassy|Kedutaan)\b/u;
const ORG_WORDS = `badan kementerian komisi lembaga dinas pemerintah sekretariat biro kantor pusat
  direktorat humas portal ministry embassy kedutaan besar daerah provinsi kabupaten kota negara
  kepegawaian aparatur sipil administrasi informasi komunikasi publik resmi website situs official
  republik indonesia korea of the and dan`;

/** A test for a line that is only an organisation's name: a site's own name above its article. */
export function siteNameTest(data: ArchiveData): (line: string) => boolean {
  const names = new Set(
    data.institutions
      .flatMap((i) => [i.name, i.fullName, i.acronym ?? '', ...(i.aliases ?? [])])
      .map((n) => n.toLowerCase()),
  );
  const words = new Set(
    [ORG_WORDS, ...names]
      .join(' ')
      .split(/[\s()–-]+/)
      .filter(Boolean),
  );
  return (line) => {
    const lower = line.toLowerCase();
    if (names.has(lower)) return true;
    const letters = lower.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    return ORG_HEAD.test(line) && letters.length <= 7 && letters.every((w) => words.has(w));
  };
}
