import type { ArchiveData, Suggestion } from './types.ts';

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * How often a name occurs as whole words. Acronyms written in capitals ("KASN") match only in
 * capitals; names with lower-case letters ("Reformasi birokrasi") match in any case.
 */
export function countTerm(text: string, term: string): number {
  const flags = /\p{Ll}/u.test(term) ? 'giu' : 'gu';
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, flags);
  return [...text.matchAll(pattern)].length;
}

function firstIndex(text: string, terms: string[]): number {
  const lower = text.toLowerCase();
  const found = terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0);
  return found.length ? Math.min(...found) : Infinity;
}

// Every id whose names occur, most mentioned first (ties: first mentioned first).
function rank(text: string, candidates: { id: string; names: string[] }[]): Suggestion[] {
  const found = candidates
    .map(({ id, names }) => {
      const unique = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2))];
      const counted = unique.map((name) => ({ name, count: countTerm(text, name) }));
      const hits = counted.filter((c) => c.count > 0);
      return {
        id,
        matches: hits.map((h) => h.name),
        count: hits.reduce((sum, h) => sum + h.count, 0),
        first: firstIndex(
          text,
          hits.map((h) => h.name),
        ),
      };
    })
    .filter((s) => s.count > 0);
  found.sort((a, b) => b.count - a.count || a.first - b.first);
  return found.map(({ id, matches, count }) => ({ id, matches, count }));
}

/** Institutions the text names by acronym, name, full name or alias, most mentioned first. */
export function suggestInstitutions(text: string, data: ArchiveData): Suggestion[] {
  return rank(
    text,
    data.institutions.map((inst) => ({
      id: inst.id,
      // "Ministry of Personnel Management (Kementerian …)": the words before the bracket are the name.
      names: [
        inst.name,
        inst.fullName.replace(/\s*\(.*\)\s*$/, ''),
        inst.acronym ?? '',
        ...(inst.aliases ?? []),
      ],
    })),
  );
}

/** The institution an article is from: the Indonesian one the text names most, else none. */
export function mainInstitution(
  suggestions: Suggestion[],
  data: ArchiveData,
): Suggestion | undefined {
  const indonesian = new Set(
    data.institutions.filter((i) => i.country === 'indonesia').map((i) => i.id),
  );
  return suggestions.find((s) => indonesian.has(s.id));
}

/**
 * Topics by the words that name them: the topic's own name ("Sistem merit"; "SPBE / e-government"
 * is two names) and glossary acronyms its name or description uses, with their expansions and aliases.
 */
export function topicTerms(topic: ArchiveData['topics'][number], data: ArchiveData): string[] {
  const words = `${topic.name} ${topic.description ?? ''}`;
  const glossary = data.glossary.filter((entry) => countTerm(words, entry.term) > 0);
  return [
    ...topic.name.split('/').map((n) => n.trim()),
    ...glossary.flatMap((e) => [e.term, e.expansion, ...(e.aliases ?? [])]),
  ];
}

/** Topics the text speaks of, most mentioned first. */
export function suggestTopics(text: string, data: ArchiveData): Suggestion[] {
  return rank(
    text,
    data.topics.map((topic) => ({ id: topic.id, names: topicTerms(topic, data) })),
  );
}

/** Partner countries the text names, in the order it first names them. */
export function suggestCountries(text: string, data: ArchiveData): Suggestion[] {
  const found = rank(
    text,
    data.countries.map((c) => ({ id: c.id, names: [c.name, c.nameEn, ...(c.aliases ?? [])] })),
  );
  const first = (s: Suggestion) => firstIndex(text, s.matches);
  return found.sort((a, b) => first(a) - first(b));
}

/** Adds the countries of the partner institutions the text names ("MPM" → korea-selatan). */
export function withPartnerCountries(
  countries: Suggestion[],
  partners: Suggestion[],
  data: ArchiveData,
): Suggestion[] {
  const result = [...countries];
  for (const partner of partners) {
    const country = data.institutions.find((i) => i.id === partner.id)?.country;
    if (!country || !data.countries.some((c) => c.id === country)) continue;
    if (result.some((s) => s.id === country)) continue;
    result.push({ id: country, matches: [`lewat ${partner.id}`], count: 0 });
  }
  return result;
}
