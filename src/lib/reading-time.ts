/** Words an Indonesian reader reads a minute in news prose (a conservative figure). */
export const WORDS_PER_MINUTE = 200;

/** Counts the words in a text (runs of letters or digits, with inner hyphens and apostrophes). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Minutes to read a text of so many words, at least one. */
export function minutesFor(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}

/** Minutes to read a text, at least one. */
export function readingMinutes(text: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return minutesFor(countWords(text), wordsPerMinute);
}
