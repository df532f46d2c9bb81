/** One line of a copied page, trimmed, with whether an empty line stood before it. */
export interface Line {
  text: string;
  blankBefore: boolean;
}

// Characters a page uses as spaces: no-break, figure, narrow and ideographic spaces, tabs.
const SPACE_LIKE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Characters that show nothing: soft hyphen, zero-width space/joiners, word joiner, BOM; and the
// stray "¬" some pages put before a word.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\u00AC]/g;
// "kerjaĀsama": a byte of a broken no-break space standing between two words. "Â" before a space
// is the same breakage seen through Latin-1.
const STRAY_A = /(?<=[\p{Ll}\p{N}\p{P}])\u0100(?=[\p{L}\p{N}])/gu;
const MOJIBAKE_NBSP = /\u00C2(?= )/g;

/** A line with every space-like character a single space, invisible characters removed, trimmed. */
export function normaliseSpaces(line: string): string {
  return line
    .replace(SPACE_LIKE, ' ')
    .replace(MOJIBAKE_NBSP, '')
    .replace(INVISIBLE, '')
    .replace(STRAY_A, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** The text's non-empty lines, normalised, each knowing whether an empty line preceded it. */
export function readLines(raw: string): Line[] {
  const lines: Line[] = [];
  let blank = true;
  for (const rawLine of raw.split(/\r\n|[\r\n\u2028\u2029\u0085]/)) {
    const text = normaliseSpaces(rawLine);
    if (text === '') blank = true;
    else {
      lines.push({ text, blankBefore: blank });
      blank = false;
    }
  }
  return lines;
}

const ENDS_CLAUSE = /[.!?…:;"”’)\]]$/;
const BULLET = /^[-•*·]\s/;
const STARTS_LOWER = /^[\p{Ll}(][\p{Ll}]/u;
// A line opening with a site's address or name in camel case ("jpnn.com, …", "detikNews") starts
// a new paragraph, whatever its first letter.
const SITE_START = /^[\p{Ll}\d][\w-]*(?:\.(?:com|co\.id|id|net|org)\b|\p{Lu})/u;

/**
 * Joins lines that were hard-wrapped inside a paragraph: a line that does not close a clause,
 * followed without an empty line by one that starts in lower case ("… kerja sama / dengan Korea").
 * Where most long lines of the text end mid-clause, the text was wrapped at a fixed width, and a
 * long line is joined with the next whatever its first letter.
 */
export function joinWrappedLines(lines: Line[]): Line[] {
  const long = lines.filter((l) => l.text.length >= 40);
  const open = long.filter((l) => !ENDS_CLAUSE.test(l.text));
  // Wrapped at a fixed width: long lines all short of ~100 characters, most ending mid-clause.
  // A copied web page has paragraphs of any length, most far longer.
  const lengths = long.map((l) => l.text.length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  const wrapped = long.length >= 4 && width <= 100 && open.length / long.length >= 0.5;
  const out: Line[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    const joins =
      previous !== undefined &&
      !line.blankBefore &&
      !ENDS_CLAUSE.test(previous.text) &&
      !BULLET.test(line.text) &&
      !SITE_START.test(line.text) &&
      (STARTS_LOWER.test(line.text) || (wrapped && previous.text.length >= 40));
    if (joins) previous.text = `${previous.text} ${line.text}`;
    else out.push({ ...line });
  }
  return out;
}
