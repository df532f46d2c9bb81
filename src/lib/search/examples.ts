import type { Article } from '../types.ts';

/**
 * Searches to offer a reader who found nothing, taken from the archive itself: the names of
 * its most written-about topics and institutions, in turn, each kept only if `finds` says it
 * has results.
 */
export function exampleSearches(
  articles: Article[],
  finds: (query: string) => boolean,
  count = 4,
): string[] {
  const tally = (names: string[][]) => {
    const counts = new Map<string, number>();
    for (const list of names)
      for (const name of new Set(list)) counts.set(name, (counts.get(name) ?? 0) + 1);
    return [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'id'))
      .map(([n]) => n);
  };
  // A name that lists alternatives ("SPBE / e-government") is searched by its first.
  const topics = tally(articles.map((a) => a.topics.map((t) => t.name.split(' / ')[0]!)));
  const institutions = tally(articles.map((a) => [a.institution.acronym ?? a.institution.name]));
  const out: string[] = [];
  for (let i = 0; out.length < count && (i < topics.length || i < institutions.length); i++) {
    for (const name of [topics[i], institutions[i]]) {
      if (name && out.length < count && !out.includes(name) && finds(name)) out.push(name);
    }
  }
  return out;
}
