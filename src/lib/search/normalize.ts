// One normalisation for the index (build time) and the query (browser): both fold the same way.

/** A word of a text: where it stands in the original string and its folded form. */
export interface Token {
  /** Folded form: lowercase, no diacritics, hyphens and dots inside the word removed. */
  term: string;
  /** The parts of a hyphenated word ("e-government" → ["e", "government"]), else empty. */
  parts: string[];
  start: number;
  end: number;
}

/**
 * Lowercases and strips diacritics: "Présidential" → "presidential". Hangul stays whole
 * syllables: "인사혁신처" is folded to itself.
 */
export function fold(text: string): string {
  // Most words are plain ASCII: skip Unicode normalisation for them (it dominated snippet time).
  if (ASCII.test(text)) return text.toLowerCase();
  // NFKD splits Hangul syllables into jamo (letters, not marks): NFC puts them back together.
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .toLowerCase();
}

const ASCII = /^[ -~]*$/;

// A word: letters/digits, optionally joined by hyphens or dots between letters/digits
// ("e-government", "kerja-dari-rumah", "PetaBencana.id"); anything else separates words.
const WORD = /[\p{L}\p{N}]+(?:[-‐‑–.'’][\p{L}\p{N}]+)*/gu;
const JOINERS = /[-‐‑–.'’]/u;

/** Splits a text into folded word tokens with their offsets in the original text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = fold(match[0]);
    // Most words hold no joiner: no split for them (a tenth of the index build's time).
    const pieces = JOINERS.test(raw) ? raw.split(JOINERS).filter(Boolean) : [raw];
    tokens.push({
      term: pieces.length > 1 ? pieces.join('') : pieces[0]!,
      parts: pieces.length > 1 ? pieces : [],
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return tokens;
}

/** Words too common to search by: they are left out of the index and of queries. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'yang',
  'dan',
  'di',
  'ke',
  'dari',
  'untuk',
  'dengan',
  'ini',
  'itu',
  'pada',
  'dalam',
  'atau',
  'oleh',
  'serta',
  'juga',
  'akan',
  'telah',
  'bahwa',
  'tersebut',
  'adalah',
  'para',
  'the',
  'of',
  'and',
  'to',
  'in',
  'for',
  'on',
  'a',
  'an',
]);

/** Whether a folded word is worth indexing: not a stopword, and not a lone letter. */
export function isSearchable(term: string): boolean {
  return term.length > 0 && !STOPWORDS.has(term) && (term.length > 1 || /\d/.test(term));
}

/** The searchable folded terms of a text, in order (hyphen parts included after the whole). */
export function terms(text: string): string[] {
  return tokenize(text)
    .flatMap((t) => [t.term, ...t.parts])
    .filter(isSearchable);
}

/** The searchable folded words of a text in order, one per word (for phrase matching). */
export function words(text: string): string[] {
  return tokenize(text)
    .map((t) => t.term)
    .filter(isSearchable);
}
