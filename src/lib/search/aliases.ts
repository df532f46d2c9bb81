import type { Country, GlossaryEntry, Institution, ThesaurusEntry } from '../types.ts';
import { words } from './normalize.ts';

/**
 * A set of phrases that mean the same thing (an acronym, its expansion, its aliases, its names
 * in English and Korean), or a thesaurus entry (English phrases and their Indonesian equivalents).
 */
export interface AliasGroup {
  /** Stable id used as the concept's term in the index: "~" + a member phrase ("~~" for a thesaurus entry). */
  id: string;
  /** Each phrase as its folded words joined by single spaces. */
  phrases: string[];
}

/** Whether a group is a thesaurus entry (a translation) rather than one thing's names. */
export function isTranslation(group: Pick<AliasGroup, 'id'>): boolean {
  return group.id.startsWith('~~');
}

// A name without what it adds in brackets: "Civil Service Commission (KASN)" → its first part.
const bare = (name: string) => name.replace(/\s*\(.*\)\s*$/, '');
const given = (...names: (string | undefined)[]) => names.filter((n): n is string => !!n);

/**
 * Collects the alias groups from the glossary, institutions and countries (merging overlaps),
 * then one group per thesaurus entry. Thesaurus entries are not merged with anything: a
 * translation widens an English query, it does not make two Indonesian terms one.
 */
export function buildAliasGroups(data: {
  glossary: GlossaryEntry[];
  institutions: Institution[];
  countries: Country[];
  thesaurus?: ThesaurusEntry[] | undefined;
}): AliasGroup[] {
  const sets: string[][] = [
    ...data.glossary.map((g) => [
      g.term,
      g.expansion,
      ...given(g.expansionEn && bare(g.expansionEn)),
      ...(g.aliases ?? []),
    ]),
    ...data.institutions.map((i) => [
      ...given(i.acronym, i.name, i.nameEn, i.nameKo),
      bare(i.fullName),
      ...given(i.fullNameEn && bare(i.fullNameEn)),
      ...(i.aliases ?? []),
    ]),
    ...data.countries.map((c) => [c.name, c.nameEn, ...(c.aliases ?? [])]),
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
  const aliases = [...groups.values()]
    .filter((phrases) => phrases.length > 1)
    .map((phrases) => {
      const sorted = [...phrases].sort();
      return { id: `~${sorted[0]}`, phrases: sorted };
    });
  const translations = new Map<string, string[]>();
  for (const entry of data.thesaurus ?? []) {
    const phrases = [...new Set([...entry.en, ...entry.id].map((s) => words(s).join(' ')))]
      .filter(Boolean)
      .sort();
    const id = `~~${phrases[0]}`;
    translations.set(id, [...new Set([...(translations.get(id) ?? []), ...phrases])].sort());
  }
  return [...aliases, ...[...translations].map(([id, phrases]) => ({ id, phrases }))].sort((a, b) =>
    a.id.localeCompare(b.id),
  );
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
    // Longest first; of equal length, a thing's own names before a translation.
    for (const entries of this.byFirst.values())
      entries.sort(
        (a, b) =>
          b.words.length - a.words.length || Number(isTranslation(a)) - Number(isTranslation(b)),
      );
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

  /**
   * The reader's phrases: longest first, without overlaps. Each: the groups it means and its span
   * [start, end). A phrase that names a thing means that thing's group; one that only the
   * thesaurus holds means every thesaurus entry holding it.
   */
  match(sequence: string[]): { ids: string[]; start: number; end: number }[] {
    const found: { ids: string[]; start: number; end: number }[] = [];
    for (let i = 0; i < sequence.length;) {
      const candidates = this.byFirst.get(sequence[i]!) ?? [];
      const hits = candidates.filter((c) => c.words.every((w, k) => sequence[i + k] === w));
      const hit = hits[0];
      if (hit) {
        const same = hits.filter(
          (c) => c.words.length === hit.words.length && isTranslation(c) === isTranslation(hit),
        );
        found.push({
          ids: isTranslation(hit) ? [...new Set(same.map((c) => c.id))] : [hit.id],
          start: i,
          end: i + hit.words.length,
        });
        i += hit.words.length;
      } else {
        i += 1;
      }
    }
    return found;
  }
}
