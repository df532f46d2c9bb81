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

/** The `limit` articles most related to `article` (never itself), closest date first on ties. */
export function relatedArticles(article: Article, all: Article[], limit = 3): Article[] {
  const days = (x: Article) => Math.abs(Date.parse(x.date) - Date.parse(article.date));
  return all
    .filter((other) => other.slug !== article.slug)
    .map((other) => ({ other, score: relatedness(article, other) }))
    .filter(({ score }) => score > 0)
    .sort((x, y) => y.score - x.score || days(x.other) - days(y.other))
    .slice(0, limit)
    .map(({ other }) => other);
}
