import type { Credit } from './types.ts';

// Labels news sites put before a name, and the role each names (the archive's own words).
const ROLES: [RegExp, string][] = [
  [/^(?:pewarta)$/i, 'Pewarta'],
  [/^(?:editor|penyunting|editing)$/i, 'Editor'],
  [/^(?:redaktur)$/i, 'Redaktur'],
  [
    /^(?:penulis|writer|author|ditulis oleh|post by|posted by|diposting oleh|oleh|wartawan|jurnalis)$/i,
    'Penulis',
  ],
  [/^(?:reporter|laporan wartawan|laporan reporter)$/i, 'Reporter'],
  [/^(?:foto|fotografer|photo|pewarta foto)$/i, 'Foto'],
  [/^(?:humas)$/i, 'Humas'],
  [/^(?:kontributor|contributor)$/i, 'Kontributor'],
  [/^(?:sumber|source)$/i, 'Sumber'],
];
const LABEL =
  'pewarta foto|pewarta|editor|penyunting|editing|redaktur|penulis|writer|author|ditulis oleh|post by|posted by|diposting oleh|reporter|fotografer|foto|photo|kontributor|contributor|sumber|source|humas';
// "Penulis: X | Editor: Y", "Redaktur & Reporter : Tim Redaksi", "Post By: Admin BKD".
const CREDIT_PART = new RegExp(
  `^((?:${LABEL})(?:\\s*(?:&|dan|/)\\s*(?:${LABEL}))*)\\s*:\\s*(\\S.*)$`,
  'i',
);

function roleOf(label: string): string {
  return label
    .split(/\s*(?:&|dan|\/)\s*/i)
    .map((part) => ROLES.find(([pattern]) => pattern.test(part.trim()))?.[1] ?? part)
    .join(' & ');
}

/** Reads every credit on a line such as "Penulis: Nama | Editor: Nama", else null. */
export function parseCredits(line: string): Credit[] | null {
  const parts = line.trim().split(/\s+[|·•]\s+|\s{2,}/);
  const credits: Credit[] = [];
  for (const part of parts) {
    const match = CREDIT_PART.exec(part.trim());
    if (!match) return null;
    const name = match[2]!.trim().replace(/[.;,]$/, '');
    // A name is a few words, not a sentence ("Editor majalah itu berkata: …" never gets here).
    if (name.split(/\s+/).length > 8 || /[.!?]\s/.test(name)) return null;
    credits.push({ role: roleOf(match[1]!), name });
  }
  return credits.length > 0 ? credits : null;
}

/** Reads a credit line such as "Pewarta: Hendri Sukma Indrawan" or "Editor : Admin", else null. */
export function parseCreditLine(line: string): Credit | null {
  return parseCredits(line)?.[0] ?? null;
}

const NAME = "[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){0,5}";
// Bylines: "Oleh Nama pada 30 Jul 2019", "Nama, CNBC Indonesia", "Nama, Jurnalis · Selasa …",
// "Laporan Wartawan Tribunnews.com, Nama", "Nama - detikNews".
const BYLINES: RegExp[] = [
  new RegExp(
    `^(?:[Oo]leh|OLEH|[Bb]y)\\s*:?\\s+(${NAME})(?=\\s+(?:pada|diperbarui|on|\\d)|\\s*[,|·•–-]|$)`,
    'u',
  ),
  new RegExp(`^[Ll]aporan (?:[Ww]artawan|[Rr]eporter)\\s+\\S+,\\s*(${NAME})$`, 'u'),
  new RegExp(
    `(?:^|\\|\\s*)(?:[Pp]ost(?:ed)? [Bb]y|[Dd]iposting oleh|[Dd]itulis oleh)\\s*:?\\s*(${NAME})$`,
    'u',
  ),
  new RegExp(
    `^(${NAME})\\s*(?:,|\\s[-–]\\s)\\s*(?:[Jj]urnalis|[Ww]artawan|[Rr]eporter|[Kk]ontributor|[\\w-]+\\.(?:com|id|co\\.id)|detik\\w*|CNBC Indonesia|CNN Indonesia)\\b`,
    'u',
  ),
];

/** The writer a byline names ("Oleh Nama pada …"), as a credit, else null. */
export function parseByline(line: string): Credit | null {
  for (const pattern of BYLINES) {
    const match = pattern.exec(line.trim());
    if (match) return { role: 'Penulis', name: match[1]!.trim() };
  }
  return null;
}

// "(Sumber: HUMAS MENPANRB)" or "(HUMAS MENPAN)" closing a paragraph or standing alone.
const HUMAS_CREDIT =
  /(?:^|(?<=[.!?"”’]))\s*\((?:Sumber\s*:\s*)?((?:HUMAS|Humas)\b[^()]{0,40})\)\s*$/;

/** Splits "(Sumber: HUMAS X)" or "(HUMAS X)" off the end of a paragraph, or reads it as a line. */
export function splitHumasCredit(paragraph: string): { text: string; credit: Credit } | null {
  const match = HUMAS_CREDIT.exec(paragraph);
  if (!match) return null;
  return {
    text: paragraph.slice(0, match.index).trimEnd(),
    credit: { role: 'Humas', name: match[1]!.trim() },
  };
}

// "(if/nqa)", "(lin)", "(rr/HUMAS MENPANRB)" closing the last paragraph, after the final sentence:
// lowercase initials first, so "(KASN)" or "(PANRB)" — acronyms in the text — never match.
const TRAILING_INITIALS = /(?<=[.!?"”’])\s*\(([a-z]{2,5}(?:\/[A-Za-z][A-Za-z .]{0,30})*)\)\s*$/;

function initialsRole(parts: string[]): string {
  if (parts.length === 1) return 'Inisial penulis';
  if (parts.slice(1).some((part) => /humas/i.test(part))) return 'Inisial penulis / humas';
  return 'Inisial penulis/penyunting';
}

/** Splits credit initials off the end of a paragraph: "… tutup Lee. (if/nqa)" → text + credit. */
export function splitTrailingInitials(paragraph: string): { text: string; credit: Credit } | null {
  const match = TRAILING_INITIALS.exec(paragraph);
  if (!match) return null;
  const name = match[1]!.trim();
  return {
    text: paragraph.slice(0, match.index).trimEnd(),
    credit: { role: initialsRole(name.split('/')), name },
  };
}

const REPUBLICATION =
  /^(?:Berita|Artikel) ini (?:telah )?(?:tayang|terbit|dimuat) di\s+(.+?)\s+dengan judul\s*:?\s*(.+)$/i;

/** Reads "Berita ini telah tayang di X dengan judul: Y" into where it first appeared and its title. */
export function parseRepublication(
  line: string,
): { republishedFrom: string; originalTitle: string } | null {
  const match = REPUBLICATION.exec(line.trim());
  if (!match) return null;
  const title = match[2]!.trim().replace(/^["“'‘](.*)["”'’]$/, '$1');
  return { republishedFrom: match[1]!.trim(), originalTitle: title };
}

// A copyright line, not a sentence about copyright: the sign, or the phrases pages use.
const COPYRIGHT = /^(?:(?:copyright|hak cipta)\s*(?:©|\(c\))|©|hak cipta dilindungi)/i;
const COPYRIGHT_CAPS = /^COPYRIGHT\b/;
const NOT_HOLDER =
  /copyright|hak cipta|©|\(c\)|(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?|all rights reserved\.?|(?:hak cipta )?dilindungi undang-undang\.?/gi;

/** Reads a copyright line: the line as written and the holder ("ANTARA News Kalimantan Barat"). */
export function parseCopyright(
  line: string,
): { copyright: string; holder?: string | undefined } | null {
  const trimmed = line.trim();
  if (!COPYRIGHT.test(trimmed) && !COPYRIGHT_CAPS.test(trimmed)) return null;
  const holder = trimmed.replace(NOT_HOLDER, ' ').replace(/^[\s.,;|-]+|[\s.,;|-]+$/g, '');
  return { copyright: trimmed, holder: holder.replace(/\s+/g, ' ') || undefined };
}

// The agency, never the word: "antara" is Indonesian for "between", "Antara lain" opens sentences.
// ANTARA shows itself in its dateline "Jakarta (ANTARA) -", "ANTARA News…" or antaranews.com.
const ANTARA_MARK = /\(ANTARA\)|\bANTARA News\b/;
const ANTARA_SITE = /\bantaranews\.com\b/i;

/** Names the news agency ANTARA when the text shows it is the source, else null. */
export function findAgency(text: string): 'ANTARA' | null {
  return ANTARA_MARK.test(text) || ANTARA_SITE.test(text) ? 'ANTARA' : null;
}
