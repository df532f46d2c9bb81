import { slug } from 'github-slugger';
import type { GlossaryEntry } from './types.ts';

/** The glossary entry's id and URL fragment: "FIA UI" → "fia-ui", "Plt." → "plt". */
export function glossaryId(term: string): string {
  return slug(term);
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regular expression that finds any glossary term as a whole word (case-sensitive:
 * acronyms are written in capitals), longest terms first so "FIA UI" wins over "UI".
 */
export function termPattern(entries: Pick<GlossaryEntry, 'term'>[]): RegExp | null {
  if (entries.length === 0) return null;
  const terms = [...new Set(entries.map((e) => e.term))].sort((a, b) => b.length - a.length);
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
}

/** A span of text that is a glossary term. */
export interface TermMatch {
  start: number;
  end: number;
  entry: GlossaryEntry;
}

/** A term finder for a glossary, compiled once: call it on any number of texts. */
export function termFinder(
  entries: GlossaryEntry[],
): (text: string, skip?: ReadonlySet<string>) => TermMatch[] {
  const pattern = termPattern(entries);
  const byTerm = new Map(entries.map((e) => [e.term, e]));
  return (text, skip = new Set()) => {
    if (!pattern) return [];
    const matches: TermMatch[] = [];
    for (const m of text.matchAll(pattern)) {
      const entry = byTerm.get(m[0]);
      if (entry && !skip.has(entry.id)) {
        matches.push({ start: m.index, end: m.index + m[0].length, entry });
      }
    }
    return matches;
  };
}

/** Finds glossary terms in a text, in order, skipping terms in `skip` (already marked). */
export function findTerms(
  text: string,
  entries: GlossaryEntry[],
  skip: ReadonlySet<string> = new Set(),
): TermMatch[] {
  return termFinder(entries)(text, skip);
}
