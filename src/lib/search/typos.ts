// Approximate lookup in the sorted vocabulary: a Levenshtein walk over the vocabulary read as a
// trie. Neighbouring sorted terms share their prefix, so each shares its rows of the edit-distance
// table with the term before it, and a prefix already too far from the word skips every term
// that starts with it. Exact: it finds every term within the budget, and no others.

/** A vocabulary term near a word, and its edit distance (to the term, or to a prefix of it). */
export interface Near {
  term: string;
  distance: number;
}

// First index at or after `from` whose term does not share the first `length` letters of
// `term` (the terms that do are contiguous in sorted order; no string is built to find it).
function skipPrefix(
  vocabulary: readonly string[],
  from: number,
  term: string,
  length: number,
): number {
  const shares = (other: string) => {
    if (other.length < length) return false;
    for (let k = length - 1; k >= 0; k--)
      if (other.charCodeAt(k) !== term.charCodeAt(k)) return false;
    return true;
  };
  let lo = from;
  let hi = vocabulary.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (shares(vocabulary[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Terms of a vocabulary sorted by code unit within `budget` edits (insert, delete, substitute) of
 * `word`. With `prefixes`, terms that start with something within `budget` edits of `word`
 * instead ("refom" → "reformasi"): the word being typed, typo and completion at once.
 */
export function nearTerms(
  vocabulary: readonly string[],
  word: string,
  budget: number,
  prefixes = false,
): Near[] {
  const width = word.length + 1;
  // rows[d] holds the distances between the term's first d letters and each prefix of the word.
  const rows: Int32Array[] = [Int32Array.from({ length: width }, (_, j) => j)];
  const found: Near[] = [];
  let previous = '';
  let i = 0;
  while (i < vocabulary.length) {
    const term = vocabulary[i]!;
    let depth = 0;
    const shared = Math.min(previous.length, term.length);
    while (depth < shared && previous.charCodeAt(depth) === term.charCodeAt(depth)) depth++;
    previous = term;
    let next = i + 1;
    let d = depth;
    for (; d < term.length; d++) {
      const above = rows[d]!;
      const row = (rows[d + 1] ??= new Int32Array(width));
      const letter = term.charCodeAt(d);
      row[0] = d + 1;
      let least = row[0];
      for (let j = 1; j < width; j++) {
        const cost = above[j - 1]! + (word.charCodeAt(j - 1) === letter ? 0 : 1);
        const value = Math.min(cost, above[j]! + 1, row[j - 1]! + 1);
        row[j] = value;
        if (value < least) least = value;
      }
      if (prefixes && row[width - 1]! <= budget) {
        // Every term under this prefix starts within the budget of the word.
        const end = skipPrefix(vocabulary, i, term, d + 1);
        for (let k = i; k < end; k++)
          found.push({ term: vocabulary[k]!, distance: row[width - 1]! });
        next = end;
        break;
      }
      if (least > budget) {
        next = skipPrefix(vocabulary, i, term, d + 1);
        break;
      }
    }
    if (d === term.length && !prefixes && rows[d]![width - 1]! <= budget) {
      found.push({ term, distance: rows[d]![width - 1]! });
    }
    i = next;
  }
  return found;
}
