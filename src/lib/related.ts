import type { Article } from './types.ts';

const WEIGHTS = { topic: 2, institution: 3, partnerInstitution: 1, country: 1 } as const;

function overlap(a: string[], b: string[]): number {
  const set = new Set(a);
  return b.filter((x) => set.has(x)).length;
}

/** How related two articles are: shared topics, institutions and partner countries, weighted. */
export function relatedness(a: Article, b: Article): number {
  return (
    WEIGHTS.topic *
      overlap(
        a.topics.map((t) => t.id),
        b.topics.map((t) => t.id),
      ) +
    (a.institution.id === b.institution.id ? WEIGHTS.institution : 0) +
    WEIGHTS.partnerInstitution *
      overlap(
        a.partnerInstitutions.map((p) => p.id),
        b.partnerInstitutions.map((p) => p.id),
      ) +
    WEIGHTS.country *
      overlap(
        a.partnerCountries.map((c) => c.id),
        b.partnerCountries.map((c) => c.id),
      )
  );
}

// Each article's ids as bit sets (one 32-bit word per field), prepared once per list of
// articles: every article page asks within the same list, so the work is shared.
const FIELDS = {
  topic: (a: Article) => a.topics.map((t) => t.id),
  partner: (a: Article) => a.partnerInstitutions.map((p) => p.id),
  country: (a: Article) => a.partnerCountries.map((c) => c.id),
};
type Field = keyof typeof FIELDS;
const NAMES = Object.keys(FIELDS) as Field[];

interface Prepared {
  bitOf: Record<Field, Map<string, number>>;
  bits: Record<Field, Int32Array>;
  institution: string[];
  time: Float64Array;
  /** Scored by the plain rules: it lists an id twice (which then counts twice). */
  exact: boolean[];
  /** Every field has at most 32 distinct ids: the bit sets hold them all. */
  fits: boolean;
}

const prepared = new WeakMap<readonly Article[], Prepared>();

function prepare(all: readonly Article[]): Prepared {
  const bitOf = {} as Prepared['bitOf'];
  const bits = {} as Prepared['bits'];
  for (const name of NAMES) {
    const map = new Map<string, number>();
    for (const a of all) for (const id of FIELDS[name](a)) if (!map.has(id)) map.set(id, map.size);
    bitOf[name] = map;
    bits[name] = Int32Array.from(all, (a) => wordOf(map, FIELDS[name](a)));
  }
  return {
    bitOf,
    bits,
    institution: all.map((a) => a.institution.id),
    time: Float64Array.from(all, (a) => Date.parse(a.date)),
    exact: all.map((a) => NAMES.some((n) => new Set(FIELDS[n](a)).size !== FIELDS[n](a).length)),
    fits: NAMES.every((n) => bitOf[n].size <= 32),
  };
}

// Ids the list never uses have no bit: they cannot be shared with anyone in it.
function wordOf(bitOf: Map<string, number>, ids: string[]): number {
  let word = 0;
  for (const id of ids) {
    const bit = bitOf.get(id);
    if (bit !== undefined) word |= 1 << bit;
  }
  return word;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

// The definition, used as it stands where the fast path's bookkeeping would not apply.
function plainRelated(article: Article, all: Article[], limit: number): Article[] {
  const days = (x: Article) => Math.abs(Date.parse(x.date) - Date.parse(article.date));
  return all
    .filter((other) => other.slug !== article.slug)
    .map((other) => ({ other, score: relatedness(article, other) }))
    .filter(({ score }) => score > 0)
    .sort((x, y) => y.score - x.score || days(x.other) - days(y.other))
    .slice(0, limit)
    .map(({ other }) => other);
}

/**
 * The `limit` articles most related to `article` (never itself, nor an article whose slug is in
 * `exclude`, e.g. the older and newer articles the page already links), closest date first on ties.
 */
export function relatedArticles(
  article: Article,
  all: Article[],
  limit = 3,
  exclude: readonly string[] = [],
): Article[] {
  if (exclude.length === 0) return mostRelated(article, all, limit);
  const skip = new Set(exclude);
  return mostRelated(article, all, limit + skip.size)
    .filter((other) => !skip.has(other.slug))
    .slice(0, limit);
}

function mostRelated(article: Article, all: Article[], limit: number): Article[] {
  if (!Number.isInteger(limit) || limit < 1) return plainRelated(article, all, limit);
  let p = prepared.get(all);
  if (!p) prepared.set(all, (p = prepare(all)));
  // The article's own ids count as a set (relatedness looks them up), so no duplicates matter.
  const topic = wordOf(p.bitOf.topic, FIELDS.topic(article));
  const partner = wordOf(p.bitOf.partner, FIELDS.partner(article));
  const country = wordOf(p.bitOf.country, FIELDS.country(article));
  const institution = article.institution.id;
  const time = Date.parse(article.date);
  const best: { other: Article; score: number; days: number }[] = [];
  for (let i = 0; i < all.length; i++) {
    const score =
      !p.fits || p.exact[i]
        ? relatedness(article, all[i]!)
        : WEIGHTS.topic * popcount(topic & p.bits.topic[i]!) +
          (institution === p.institution[i] ? WEIGHTS.institution : 0) +
          WEIGHTS.partnerInstitution * popcount(partner & p.bits.partner[i]!) +
          WEIGHTS.country * popcount(country & p.bits.country[i]!);
    if (score <= 0 || (best.length === limit && best[limit - 1]!.score > score)) continue;
    const other = all[i]!;
    if (other.slug === article.slug) continue;
    const days = Math.abs(p.time[i]! - time);
    // Keep the best `limit` as a stable sort would: a tie never overtakes an earlier article.
    let at = best.length;
    while (at > 0) {
      const before = best[at - 1]!;
      if (before.score > score || (before.score === score && before.days <= days)) break;
      at--;
    }
    if (at < limit) {
      best.splice(at, 0, { other, score, days });
      if (best.length > limit) best.pop();
    }
  }
  return best.map(({ other }) => other);
}

/**
 * What the last build worked out, to start the next from: each article's features in the
 * archive's order, and the indices (into that order) of its `limit` most related articles.
 */
export interface RelatedState {
  version: 1;
  limit: number;
  keys: string[];
  top: number[][];
}

// Everything relatedness and its tie-break read of an article, and its slug.
function featureKey(a: Article): string {
  return [
    a.slug,
    a.date,
    a.institution.id,
    FIELDS.topic(a).join(','),
    FIELDS.partner(a).join(','),
    FIELDS.country(a).join(','),
  ].join('|');
}

// A state this code wrote for the same limit (it comes from a file in the cache).
function usable(state: RelatedState, limit: number): boolean {
  const { version, keys, top } = state as Partial<RelatedState>;
  return (
    version === 1 &&
    state.limit === limit &&
    Array.isArray(keys) &&
    Array.isArray(top) &&
    top.length === keys.length &&
    top.every(
      (list) =>
        Array.isArray(list) && list.every((i) => Number.isInteger(i) && i >= 0 && i < keys.length),
    )
  );
}

/** The last state's articles at their places in `keys`, if the archive only gained articles. */
function placesOfPrevious(previous: RelatedState, keys: string[]): number[] | undefined {
  const at = new Map(keys.map((k, i) => [k, i]));
  const places: number[] = [];
  for (const key of previous.keys) {
    const place = at.get(key);
    // An article gone or changed, or the old ones in another order: start again.
    if (place === undefined || (places.length > 0 && place <= places.at(-1)!)) return undefined;
    places.push(place);
  }
  return places;
}

/**
 * For every article of `all`, its `limit` most related articles, as `relatedArticles` ranks
 * them. Given the state of the last run (`previous`) over the same articles in the same order
 * with some added, only the added ones are scored against the rest; the others' lists come
 * from their last ones and the added articles: everything again grows with the square of the
 * archive. Returns the lists, the state for the next run, and how many lists were carried on.
 */
export function rankAll(
  all: Article[],
  limit: number,
  previous?: RelatedState,
): { ranked: Article[][]; state: RelatedState; carried: number } {
  const keys = all.map(featureKey);
  const index = new Map(all.map((a, i) => [a, i]));
  const places = previous && usable(previous, limit) ? placesOfPrevious(previous, keys) : undefined;
  const ranked: Article[][] = new Array(all.length);
  let carried = 0;
  if (places && previous) {
    const old = new Set(places);
    const added = all.flatMap((_, i) => (old.has(i) ? [] : [i]));
    previous.top.forEach((top, o) => {
      const self = places[o]!;
      const article = all[self]!;
      const time = Date.parse(article.date);
      const candidates = [...top.map((t) => places[t]!), ...added]
        .map((i) => ({
          i,
          score: relatedness(article, all[i]!),
          days: Math.abs(Date.parse(all[i]!.date) - time),
        }))
        .filter(({ i, score }) => score > 0 && all[i]!.slug !== article.slug);
      candidates.sort((x, y) => y.score - x.score || x.days - y.days || x.i - y.i);
      ranked[self] = candidates.slice(0, limit).map(({ i }) => all[i]!);
      carried += 1;
    });
    for (const i of added) ranked[i] = mostRelated(all[i]!, all, limit);
  } else {
    all.forEach((article, i) => (ranked[i] = mostRelated(article, all, limit)));
  }
  const state: RelatedState = {
    version: 1,
    limit,
    keys,
    top: ranked.map((list) => list.map((a) => index.get(a)!)),
  };
  return { ranked, state, carried };
}
