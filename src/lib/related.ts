import type { Article } from './types';

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
interface Prepared {
  position: Map<Article, number>;
  topic: Int32Array;
  partner: Int32Array;
  country: Int32Array;
  institution: Int32Array;
  time: Float64Array;
  /** Scored by the plain rules: an id listed twice counts twice, or a field has > 32 ids. */
  exact: boolean[];
}

const prepared = new WeakMap<readonly Article[], Prepared>();

function prepare(all: readonly Article[]): Prepared {
  const fields = {
    topic: (a: Article) => a.topics.map((t) => t.id),
    partner: (a: Article) => a.partnerInstitutions.map((p) => p.id),
    country: (a: Article) => a.partnerCountries.map((c) => c.id),
  };
  const bits = (list: (a: Article) => string[]) => {
    const bitOf = new Map<string, number>();
    for (const a of all) for (const id of list(a)) if (!bitOf.has(id)) bitOf.set(id, bitOf.size);
    const set = Int32Array.from(all, (a) =>
      list(a).reduce((word, id) => word | (1 << bitOf.get(id)!), 0),
    );
    return { set, fits: bitOf.size <= 32 };
  };
  const topic = bits(fields.topic);
  const partner = bits(fields.partner);
  const country = bits(fields.country);
  const institutionOf = new Map<string, number>();
  return {
    position: new Map(all.map((a, i) => [a, i])),
    topic: topic.set,
    partner: partner.set,
    country: country.set,
    institution: Int32Array.from(all, (a) => {
      if (!institutionOf.has(a.institution.id))
        institutionOf.set(a.institution.id, institutionOf.size);
      return institutionOf.get(a.institution.id)!;
    }),
    time: Float64Array.from(all, (a) => Date.parse(a.date)),
    exact: all.map(
      (a) =>
        !(topic.fits && partner.fits && country.fits) ||
        Object.values(fields).some((list) => new Set(list(a)).size !== list(a).length),
    ),
  };
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** The `limit` articles most related to `article` (never itself), closest date first on ties. */
export function relatedArticles(article: Article, all: Article[], limit = 3): Article[] {
  let p = prepared.get(all);
  if (!p) prepared.set(all, (p = prepare(all)));
  const self = p.position.get(article);
  const time = Date.parse(article.date);
  const best: { other: Article; score: number; days: number }[] = [];
  for (let i = 0; i < all.length; i++) {
    const other = all[i]!;
    const score =
      self === undefined || p.exact[self] || p.exact[i]
        ? relatedness(article, other)
        : WEIGHTS.topic * popcount(p.topic[self]! & p.topic[i]!) +
          (p.institution[self] === p.institution[i] ? WEIGHTS.institution : 0) +
          WEIGHTS.partnerInstitution * popcount(p.partner[self]! & p.partner[i]!) +
          WEIGHTS.country * popcount(p.country[self]! & p.country[i]!);
    if (score <= 0 || other.slug === article.slug) continue;
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
