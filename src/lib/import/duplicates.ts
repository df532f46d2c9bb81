// Near-duplicate texts by word shingles: each text is the set of its overlapping runs of three
// words (lower case, letters and digits only). Two copies of one article share almost all their
// shingles even when one is cut shorter, framed by other clutter or lightly edited; the same event
// told by another outlet shares its quotations and names, a fraction of the whole.

/** Words per shingle: short enough that a changed word breaks few shingles. */
export const SHINGLE_WORDS = 3;
/** At least this share of the shorter text's shingles found in the other: the same text. */
export const SAME_TEXT = 0.6;
/** At least this share: likely the same story, told by another outlet (a warning, not a refusal). */
export const SAME_STORY = 0.15;

/** A text's shingles, as a set of strings. */
export function shingles(text: string): Set<string> {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const set = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    set.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  }
  if (set.size === 0 && words.length > 0) set.add(words.join(' '));
  return set;
}

/** How two texts overlap: Jaccard (shared / all) and containment (shared / the smaller set). */
export function overlap(a: Set<string>, b: Set<string>): { jaccard: number; containment: number } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  const union = a.size + b.size - shared;
  return {
    jaccard: union === 0 ? 0 : shared / union,
    containment: small.size === 0 ? 0 : shared / small.size,
  };
}

/** One text already known: an archived article or a draft of the same run. */
export interface KnownText {
  name: string;
  shingles: Set<string>;
}

/** The closest known text and how close it is, when it passes `SAME_STORY`. */
export interface Match {
  name: string;
  containment: number;
  jaccard: number;
  verdict: 'same-text' | 'same-story';
}

/** The known text a new one most overlaps, judged same text or same story; null below both. */
export function closestMatch(text: Set<string>, known: KnownText[]): Match | null {
  let best: Match | null = null;
  for (const other of known) {
    const { containment, jaccard } = overlap(text, other.shingles);
    if (containment < SAME_STORY || (best && containment <= best.containment)) continue;
    const verdict = containment >= SAME_TEXT ? 'same-text' : 'same-story';
    best = { name: other.name, containment, jaccard, verdict };
  }
  return best;
}
