import type { Article } from './types.ts';

/** A group of articles under one heading, e.g. a year. */
export interface Group<K> {
  key: K;
  articles: Article[];
}

/** Groups articles (already newest first) by year, newest year first. */
export function groupByYear(articles: Article[]): Group<number>[] {
  const groups = new Map<number, Article[]>();
  for (const article of articles) {
    const list = groups.get(article.year) ?? [];
    list.push(article);
    groups.set(article.year, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => b - a)
    .map(([key, list]) => ({ key, articles: list }));
}

/** Articles whose Indonesian institution or partner institutions include the given one. */
export function articlesOfInstitution(articles: Article[], institutionId: string): Article[] {
  return articles.filter(
    (a) =>
      a.institution.id === institutionId ||
      a.partnerInstitutions.some((p) => p.id === institutionId),
  );
}

/** Articles tagged with the given topic. */
export function articlesOfTopic(articles: Article[], topicId: string): Article[] {
  return articles.filter((a) => a.topics.some((t) => t.id === topicId));
}

/** Articles naming the given partner country. */
export function articlesOfCountry(articles: Article[], countryId: string): Article[] {
  return articles.filter((a) => a.partnerCountries.some((c) => c.id === countryId));
}

/** Articles of the given year. */
export function articlesOfYear(articles: Article[], year: number): Article[] {
  return articles.filter((a) => a.year === year);
}

/** An item of a taxonomy with how many articles it has. */
export interface Count<T> {
  item: T;
  count: number;
}

/**
 * Counts articles per item with the given selector; items with no article are kept (count 0)
 * when listed in `all`. Sorted by count, then by name.
 */
export function countBy<T extends { id: string; name: string }>(
  all: T[],
  articles: Article[],
  select: (article: Article) => T[],
): Count<T>[] {
  const counts = new Map<string, number>(all.map((item) => [item.id, 0]));
  for (const article of articles) {
    for (const id of new Set(select(article).map((item) => item.id))) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return all
    .map((item) => ({ item, count: counts.get(item.id) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.item.name.localeCompare(b.item.name, 'id'));
}

/** Years that have articles, newest first, with counts. */
export function countByYear(articles: Article[]): { year: number; count: number }[] {
  return groupByYear(articles).map((g) => ({ year: g.key, count: g.articles.length }));
}

// Slug → position, built once per list: every article page looks up its neighbours in it.
const positions = new WeakMap<readonly Article[], Map<string, number>>();

function positionsOf(articles: readonly Article[]): Map<string, number> {
  const map = new Map<string, number>();
  // The first article with a slug wins, as a search from the start would find it.
  articles.forEach((a, i) => map.has(a.slug) || map.set(a.slug, i));
  positions.set(articles, map);
  return map;
}

/** The articles before and after one in date order (older = previous, newer = next). */
export function neighbours(
  articles: Article[],
  slug: string,
): { older: Article | undefined; newer: Article | undefined } {
  let index = positions.get(articles)?.get(slug);
  // A list changed since (or a slug not seen before) is looked at afresh.
  if (index === undefined || articles[index]?.slug !== slug) {
    index = positionsOf(articles).get(slug);
  }
  if (index === undefined) return { older: undefined, newer: undefined };
  return { newer: articles[index - 1], older: articles[index + 1] };
}

/** The institutions an article involves: its own first, then its partners. */
export function institutionsOf(article: Article): Article['institution'][] {
  return [article.institution, ...article.partnerInstitutions];
}

/** The nearest years before and after `year` that have articles (from countByYear's list). */
export function adjacentYears(
  years: { year: number }[],
  year: number,
): { older: number | undefined; newer: number | undefined } {
  let older: number | undefined;
  let newer: number | undefined;
  for (const { year: y } of years) {
    if (y < year && (older === undefined || y > older)) older = y;
    if (y > year && (newer === undefined || y < newer)) newer = y;
  }
  return { older, newer };
}
