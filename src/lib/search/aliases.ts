import type { Country, GlossaryEntry, Institution } from '../types.ts';
import { words } from './normalize.ts';

/** A set of phrases that mean the same thing (an acronym, its expansion, its aliases). */
export interface AliasGroup {
  /** Stable id used as the concept's term in the index: "~" + a member phrase. */
  id: string;
  /** Each phrase as its folded words joined by single spaces. */
  phrases: string[];
}

/** Collects the alias groups from the glossary, institutions and countries, merging overlaps. */
export function buildAliasGroups(data: {
  glossary: GlossaryEntry[];
  institutions: Institution[];
  countries: Country[];
}): AliasGroup[] {
  const sets: string[][] = [
    ...data.glossary.map((g) => [g.term, g.expansion, ...(g.aliases ?? [])]),
    ...data.institutions.map((i) => [
      ...(i.acronym ? [i.acronym] : []),
      i.fullName.replace(/\s*\(.*\)\s*$/, ''),
      ...(i.aliases ?? []),
    ]),
    ...data.countries.map((c) => [c.name, ...(c.aliases ?? [])]),
  ];
  // Union-find over phrases: groups sharing any phrase become one.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  for (const set of sets) {
    const phrases = [...new Set(set.map((s) => words(s).join(' ')).filter(Boolean))];
    for (const phrase of phrases) if (!parent.has(phrase)) parent.set(phrase, phrase);
    for (const phrase of phrases.slice(1)) parent.set(find(phrase), find(phrases[0]!));
  }
  const groups = new Map<string, string[]>();
  for (const phrase of parent.keys()) {
    const root = find(phrase);
    groups.set(root, [...(groups.get(root) ?? []), phrase]);
  }
  return [...groups.values()]
    .filter((phrases) => phrases.length > 1)
    .map((phrases) => {
      const sorted = [...phrases].sort();
      return { id: `~${sorted[0]}`, phrases: sorted };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Finds alias phrases in a word sequence: longest first, without overlaps. */
export class PhraseMatcher {
  private readonly byFirst = new Map<string, { words: string[]; id: string }[]>();

  constructor(groups: AliasGroup[]) {
    for (const group of groups) {
      for (const phrase of group.phrases) {
        const list = phrase.split(' ');
        const entries = this.byFirst.get(list[0]!) ?? [];
        entries.push({ words: list, id: group.id });
        this.byFirst.set(list[0]!, entries);
      }
    }
    for (const entries of this.byFirst.values())
      entries.sort((a, b) => b.words.length - a.words.length);
  }

  /** Every occurrence of every phrase, nested ones included ("RB" inside "Kemenpan RB"). */
  matchAll(sequence: string[]): { id: string; start: number; end: number }[] {
    const found: { id: string; start: number; end: number }[] = [];
    sequence.forEach((word, i) => {
      for (const candidate of this.byFirst.get(word) ?? []) {
        if (candidate.words.every((w, k) => sequence[i + k] === w)) {
          found.push({ id: candidate.id, start: i, end: i + candidate.words.length });
        }
      }
    });
    return found;
  }

  /** The reader's phrases: longest first, without overlaps. Each: group id and span [start, end). */
  match(sequence: string[]): { id: string; start: number; end: number }[] {
    const found: { id: string; start: number; end: number }[] = [];
    for (let i = 0; i < sequence.length;) {
      const candidates = this.byFirst.get(sequence[i]!) ?? [];
      const hit = candidates.find((c) => c.words.every((w, k) => sequence[i + k] === w));
      if (hit) {
        found.push({ id: hit.id, start: i, end: i + hit.words.length });
        i += hit.words.length;
      } else {
        i += 1;
      }
    }
    return found;
  }
}
