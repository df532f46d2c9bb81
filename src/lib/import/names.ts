import anyAscii from 'any-ascii';
import { slug as githubSlug } from 'github-slugger';

// Little words dropped from file names so they stay short: "kerja sama dengan …" → "kerja-sama-…".
const STOPWORDS = new Set('dan di ke dari yang dengan untuk pada the of'.split(' '));

/**
 * A short ASCII slug for a file name, from a headline in any script: transliterated ("한국" →
 * "hanguk", "Séoul" → "seoul", an emoji → its name), at most `max` characters, whole words.
 */
export function articleSlug(headline: string, max = 60): string {
  const words = anyAscii(headline)
    .split(/[\s–—/:]+/)
    .filter((word) => !STOPWORDS.has(word.toLowerCase()))
    .map((word) =>
      githubSlug(word)
        .replace(/[^a-z0-9-]/g, '')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((word) => word !== '');
  let out = '';
  for (const word of words) {
    const next = out ? `${out}-${word}` : word;
    if (next.length > max) break;
    out = next;
  }
  return out || 'artikel';
}

/**
 * `YYYY-MM-DD-slug.md`, or with "-2", "-3"… when that name is taken (`taken` says so, for the
 * output folder, the archive and the files of the same run): a name is never reused.
 */
export function uniqueFileName(
  date: string,
  slug: string,
  taken: (name: string) => boolean,
): string {
  let name = `${date}-${slug}.md`;
  for (let n = 2; taken(name); n++) name = `${date}-${slug}-${n}.md`;
  return name;
}
