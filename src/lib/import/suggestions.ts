import type { ArchiveData, Suggestion } from './types.ts';

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * How often a name occurs as whole words. Acronyms written in capitals ("KASN") match only in
 * capitals; names with lower-case letters ("Reformasi birokrasi") match in any case.
 */
export function countTerm(text: string, term: string): number {
  return spansOf(text, term).length;
}

function firstIndex(text: string, terms: string[]): number {
  const lower = text.toLowerCase();
  const found = terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0);
  return found.length ? Math.min(...found) : Infinity;
}

// Where a name occurs as whole words: [start, end) spans.
function spansOf(text: string, term: string): [number, number][] {
  const flags = /\p{Ll}/u.test(term) ? 'giu' : 'gu';
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, flags);
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

// Mentions of one thing by any of its names, counted once where names overlap
// ("Ministry of the Interior and Safety" is one mention, not two).
function mentions(
  text: string,
  lower: string,
  names: string[],
): { matches: string[]; count: number; first: number } {
  const spans: [number, number][] = [];
  const matches: string[] = [];
  for (const name of names) {
    // A plain search first: most names are absent, and it is far cheaper than the regex.
    if (!lower.includes(name.toLowerCase())) continue;
    const found = spansOf(text, name);
    if (found.length > 0) matches.push(name);
    for (const span of found) spans.push(span);
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let count = 0;
  let reach = -1;
  for (const [start, end] of spans) {
    if (start >= reach) count++;
    reach = Math.max(reach, end);
  }
  return { matches, count, first: spans[0]?.[0] ?? Infinity };
}

// Every id whose names occur, most mentioned first (ties: first mentioned first).
function rank(text: string, candidates: { id: string; names: string[] }[]): Suggestion[] {
  const lower = text.toLowerCase();
  const found = candidates
    .map(({ id, names }) => {
      const unique = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2))];
      return { id, ...mentions(text, lower, unique) };
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

// A sentence listing who supported, hosted or attended ("didukung oleh A; B; dan C"): its names
// are partners, never what the article is about.
const SUPPORT =
  /\b(?:didukung|dukungan|disponsori|melibatkan|dihadiri|diikuti|turut hadir|bekerja sama dengan|supported by|sponsored by|attended by)\b/i;

/** The text without the sentences that list supporters or guests. */
export function withoutSupportLists(text: string): string {
  return text
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => !(SUPPORT.test(sentence) && /[;,].*[;,]|;/.test(sentence)))
    .join(' ');
}

/**
 * The institution an article is about: the Indonesian one its text (lists of supporters aside)
 * names most. `sure` only when it is named at least twice and more often than any other.
 */
export function mainInstitution(
  text: string,
  data: ArchiveData,
): { suggestion?: Suggestion | undefined; sure: boolean; others: Suggestion[] } {
  const indonesian = new Set(
    data.institutions.filter((i) => i.country === 'indonesia').map((i) => i.id),
  );
  const ranked = suggestInstitutions(withoutSupportLists(text), data).filter((s) =>
    indonesian.has(s.id),
  );
  const [first, second] = ranked;
  if (!first) return { sure: false, others: [] };
  const sure = first.count >= 2 && (!second || first.count > second.count);
  return { suggestion: first, sure, others: ranked.slice(1) };
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
