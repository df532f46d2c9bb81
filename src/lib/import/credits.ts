import type { Credit } from './types.ts';

// Labels news sites put before a name on a line of its own; the source's own spelling of the role.
const CREDIT_LINE =
  /^(Pewarta|Editor|Penulis|Reporter|Penyunting|Redaktur|Fotografer|Foto|Kontributor)\s*:\s*(\S.*)$/i;

/** Reads a credit line such as "Pewarta: Hendri Sukma Indrawan" or "Editor : Admin", else null. */
export function parseCreditLine(line: string): Credit | null {
  const match = CREDIT_LINE.exec(line.trim());
  if (!match) return null;
  const label = match[1]!;
  return { role: label[0]!.toUpperCase() + label.slice(1).toLowerCase(), name: match[2]!.trim() };
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
