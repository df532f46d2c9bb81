import { findTerms } from './glossary.ts';
import type { Article, GlossaryEntry } from './types.ts';

/** A glossary entry with the articles whose text uses its term. */
export interface GlossaryUse {
  entry: GlossaryEntry;
  articles: Article[];
}

/**
 * For each entry, the articles whose text uses the term as a whole word (as the <abbr>
 * plugin marks it), in the order the articles are given. Entries keep their order.
 */
export function glossaryUsage(entries: GlossaryEntry[], articles: Article[]): GlossaryUse[] {
  const users = new Map<string, Article[]>(entries.map((e) => [e.id, []]));
  for (const article of articles) {
    const used = new Set(findTerms(article.bodyText, entries).map((m) => m.entry.id));
    for (const id of used) users.get(id)?.push(article);
  }
  return entries.map((entry) => ({ entry, articles: users.get(entry.id) ?? [] }));
}
