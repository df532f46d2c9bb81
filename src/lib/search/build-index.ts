import { stemmer } from '@orama/stemmers/indonesian';
import type { Article, GlossaryEntry, Taxonomies, ThesaurusEntry } from '../types.ts';
import { buildAliasGroups, PhraseMatcher } from './aliases.ts';
import { isSearchable, tokenize } from './normalize.ts';
import {
  packSlug,
  shardRanges,
  type DocFile,
  type DocList,
  type FacetName,
  type Postings,
  type SearchCore,
} from './types.ts';

/** How much a match in each field counts: title and summary above the body. */
export const FIELD_WEIGHTS = { title: 8, summary: 4, meta: 2, body: 1 } as const;
type Field = keyof typeof FIELD_WEIGHTS;
const FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];

/** Target size of a postings shard (raw JSON bytes): a query loads only the shards of its terms. */
export const SHARD_BYTES = 32_000;
/** Most postings shards (files) an index is split into. */
export const MAX_SHARDS = 1024;

/** One article's searchable text, field by field (bodies already plain text). */
export interface SearchSource {
  article: Article;
  body: string;
}

function fieldTexts({ article, body }: SearchSource): Record<Field, string> {
  const institutions = [article.institution, ...article.partnerInstitutions];
  return {
    title: [article.title, article.titleEn, article.source.originalTitle ?? ''].join('\n'),
    summary: [article.summary, article.summaryEn].join('\n'),
    meta: [
      ...institutions.flatMap((i) => [
        i.acronym ?? '',
        i.name,
        i.fullName,
        i.nameEn ?? '',
        i.fullNameEn ?? '',
        i.nameKo ?? '',
        ...(i.aliases ?? []),
      ]),
      ...article.topics.flatMap((t) => [t.name, t.nameEn]),
      ...article.partnerCountries.flatMap((c) => [c.name, c.nameEn, ...(c.aliases ?? [])]),
      ...article.people.flatMap((p) => [p.name, p.role ?? '']),
      article.photoCaption?.text ?? '',
      article.source.publisher ?? '',
      ...article.source.credits.map((c) => c.name),
    ].join('\n'),
    body,
  };
}

/** How often a term starts lowercase in the bodies, and how often it occurs there at all. */
interface CaseCount {
  lower: number;
  total: number;
}

/** Whether the character at `index` is unchanged by lowercasing (ASCII answered without it). */
function startsLowercase(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code < 65 || code > 90;
  const first = text[index]!;
  return first === first.toLowerCase();
}

// Terms written mostly with a capital (names, acronyms) are not stemmed: "ASEAN" is not "ase".
function stemGroups(vocabulary: Set<string>, cases: Map<string, CaseCount>): string[][] {
  const byStem = new Map<string, string[]>();
  for (const term of vocabulary) {
    if (term.length < 5 || /\d/.test(term)) continue;
    const count = cases.get(term);
    if (!count || count.lower * 2 < count.total) continue;
    const stem = stemmer(term);
    if (stem.length < 4) continue;
    byStem.set(stem, [...(byStem.get(stem) ?? []), term]);
  }
  return [...byStem.values()].filter((g) => g.length > 1).map((g) => g.sort());
}

/** The facet values of an article, as ids, each once (its own institution first). */
export function facetsOf(article: Article): Record<FacetName, string[]> {
  return {
    tahun: [String(article.year)],
    instansi: [
      ...new Set([article.institution.id, ...article.partnerInstitutions.map((p) => p.id)]),
    ],
    topik: [...new Set(article.topics.map((t) => t.id))],
  };
}

/** The static search index: its core, postings shards, the result list's table, one file a doc. */
export interface SearchIndex {
  core: SearchCore;
  shards: Postings[];
  list: DocList;
  docs: DocFile[];
}

/** Builds the static search index from the articles. */
export function buildSearchIndex(
  sources: SearchSource[],
  data: Taxonomies & { glossary: GlossaryEntry[]; thesaurus?: ThesaurusEntry[] | undefined },
): SearchIndex {
  const aliases = buildAliasGroups(data);
  const matcher = new PhraseMatcher(aliases);
  const cases = new Map<string, CaseCount>();
  const vocabulary = new Set<string>();
  // Each field is tokenised once: its terms, its word sequence, and (bodies) the case counts.
  const perDoc = sources.map((source) => {
    const texts = fieldTexts(source);
    return FIELDS.map((field) => {
      const text = texts[field];
      const terms: string[] = [];
      const sequence: string[] = [];
      for (const token of tokenize(text)) {
        if (field === 'body') {
          const lower = startsLowercase(text, token.start) ? 1 : 0;
          const count = cases.get(token.term);
          if (count) {
            count.total++;
            count.lower += lower;
          } else cases.set(token.term, { lower, total: 1 });
        }
        if (isSearchable(token.term)) {
          terms.push(token.term);
          sequence.push(token.term);
          vocabulary.add(token.term);
        }
        for (const part of token.parts)
          if (isSearchable(part)) {
            terms.push(part);
            vocabulary.add(part);
          }
      }
      return { field, terms, sequence };
    });
  });

  // Word pairs the archive also writes as one word ("kerja sama", "kerjasama"): each word of the
  // vocabulary split at every point where both halves are words too. Both words of a pair in a
  // text are in the vocabulary, so this finds exactly the pairs whose join is a word.
  const joins = new Map<string, Map<string, string>>();
  for (const word of vocabulary)
    for (let k = 1; k < word.length; k++) {
      const head = word.slice(0, k);
      const tail = word.slice(k);
      if (!vocabulary.has(head) || !vocabulary.has(tail)) continue;
      const tails = joins.get(head);
      if (tails) tails.set(tail, word);
      else joins.set(head, new Map([[tail, word]]));
    }

  // Each term's postings as they will be written: document and score, documents in order.
  const postings = new Map<string, number[]>();
  perDoc.forEach((fields, doc) => {
    // A document's score for each term, summed over its fields in their order.
    const scores = new Map<string, number>();
    for (const { field, terms, sequence } of fields) {
      const counts = new Map<string, number>();
      const count = (term: string) => counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const term of terms) count(term);
      // "kerja sama" also counts as "kerjasama" where the archive writes that too.
      for (let i = 0; i + 1 < sequence.length; i++) {
        const joined = joins.get(sequence[i]!)?.get(sequence[i + 1]!);
        if (joined !== undefined) count(joined);
      }
      // Nested phrases count too: "Kementerian … Reformasi Birokrasi" is also about RB.
      for (const id of new Set(matcher.matchAll(sequence).map((m) => m.id))) count(id);
      const weight = FIELD_WEIGHTS[field];
      for (const [term, tf] of counts)
        scores.set(term, (scores.get(term) ?? 0) + weight * (1 + Math.log(tf)));
    }
    for (const [term, score] of scores) {
      const list = postings.get(term);
      if (list) list.push(doc, Math.round(score * 10));
      else postings.set(term, [doc, Math.round(score * 10)]);
    }
  });

  const used = (facet: FacetName) =>
    new Set(sources.flatMap(({ article }) => facetsOf(article)[facet]));
  const usedInstitutions = used('instansi');
  const usedTopics = used('topik');
  const facets: Record<FacetName, string[]> = {
    tahun: [...used('tahun')].sort().reverse(),
    // Indonesian institutions first, then partners, each by the name the listings use.
    instansi: data.institutions
      .filter((i) => usedInstitutions.has(i.id))
      .sort(
        (a, b) =>
          Number(b.country === 'indonesia') - Number(a.country === 'indonesia') ||
          a.fullName.localeCompare(b.fullName, 'id'),
      )
      .map((i) => i.id),
    topik: data.topics.filter((t) => usedTopics.has(t.id)).map((t) => t.id),
  };
  const position = (facet: FacetName) => new Map(facets[facet].map((id, i) => [id, i]));
  const positions = {
    tahun: position('tahun'),
    instansi: position('instansi'),
    topik: position('topik'),
  };

  const flat: [string, number[]][] = [...postings.entries()].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const starts = shardRanges(
    flat.map(([term, list]) => term.length + 6 + list.join(',').length),
    SHARD_BYTES,
    MAX_SHARDS,
  );
  // Each shard is a slice of the sorted terms; the core keeps the first term of each.
  const shards: Postings[] = starts.map((from, k) =>
    Object.fromEntries(flat.slice(from, starts[k + 1])),
  );
  const shardStarts = starts.map((i) => flat[i]?.[0] ?? '');

  // The words of alias and thesaurus phrases are words of the index too, found in none of the
  // texts perhaps, so that a typo of one is read as it ("civil servnts" → "civil servants").
  const phraseWords = aliases.flatMap((g) => g.phrases.flatMap((p) => p.split(' ')));
  const core: SearchCore = {
    version: 4,
    vocabulary: [
      ...new Set([...flat.map(([term]) => term).filter((t) => !t.startsWith('~')), ...phraseWords]),
    ].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    stems: stemGroups(vocabulary, cases),
    aliases,
    facets,
    docs: {
      dates: sources.map(({ article }) => article.date),
      facets: {
        tahun: sources.map(({ article }) =>
          facetsOf(article).tahun.map((v) => positions.tahun.get(v)!),
        ),
        instansi: sources.map(({ article }) =>
          facetsOf(article).instansi.map((v) => positions.instansi.get(v)!),
        ),
        topik: sources.map(({ article }) =>
          facetsOf(article).topik.map((v) => positions.topik.get(v)!),
        ),
      },
    },
    shardStarts,
  };
  const list: DocList = {
    slugs: sources.map(({ article }) => packSlug(article.slug, article.date)),
    titles: sources.map(({ article }) => article.title),
    titlesEn: sources.map(({ article }) => article.titleEn),
    ends: Object.fromEntries(
      sources.flatMap(({ article }, i) =>
        article.dateEnd && article.dateEnd !== article.date ? [[String(i), article.dateEnd]] : [],
      ),
    ),
  };
  const docs: DocFile[] = sources.map(({ article, body }) => ({
    text: body,
    summary: article.summary,
    summaryEn: article.summaryEn,
  }));
  return { core, shards, list, docs };
}
