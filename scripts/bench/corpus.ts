// A synthetic archive for the benchmark: articles in the real schema, with text drawn from a
// word chain over the real articles, so builds and the search index see Indonesian-like text.
import { stringify } from 'yaml';
import { fold } from '../../src/lib/search/normalize.ts';

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;
const between = (random: Random, min: number, max: number) =>
  min + Math.floor(random() * (max - min + 1));

/** The folded words of a raw token: "(e-Government)," → ["egovernment", "e", "government"]. */
export function tokenWords(token: string): string[] {
  const folded = fold(token).replace(/[^\p{L}\p{N}-]+/gu, '');
  const parts = folded.split('-').filter(Boolean);
  return [parts.join(''), ...(parts.length > 1 ? parts : [])].filter(Boolean);
}

const SENTENCE_END = /[.!?]["”’)]*$/;

/** A first-order word chain over whitespace tokens; banned words never come out of it. */
export class WordChain {
  private readonly next = new Map<string, string[]>();
  private readonly starts: string[] = [];

  constructor(texts: string[], banned: ReadonlySet<string>) {
    const allowed = (t: string) => !tokenWords(t).some((w) => banned.has(w));
    for (const text of texts) {
      const tokens = text.split(/\s+/).filter(Boolean);
      tokens.forEach((token, i) => {
        if (!allowed(token)) return;
        const previous = tokens[i - 1];
        if (previous === undefined || SENTENCE_END.test(previous)) {
          if (/^["“]?\p{Lu}/u.test(token)) this.starts.push(token);
        }
        const following = tokens[i + 1];
        if (following !== undefined && allowed(following)) {
          const list = this.next.get(token) ?? [];
          list.push(following);
          this.next.set(token, list);
        }
      });
    }
    if (this.starts.length === 0) throw new Error('WordChain: no sentence starts in the texts');
  }

  /** A sentence of about `min`–`max` words, ending with a full stop. */
  sentence(random: Random, min = 6, max = 28): string {
    const words = [pick(random, this.starts)];
    while (words.length < max) {
      const options = this.next.get(words.at(-1)!);
      if (!options || (words.length >= min && SENTENCE_END.test(words.at(-1)!))) break;
      words.push(pick(random, options));
    }
    const text = words.join(' ').replace(/[,;:(“"]+$/u, '');
    return SENTENCE_END.test(text) ? text : `${text.replace(/[.!?]+$/, '')}.`;
  }
}

/** The archive's ids a synthetic article may reference. */
export interface CorpusIds {
  institutions: string[];
  topics: string[];
  countries: string[];
}

/** One synthetic article file. */
export interface CorpusFile {
  name: string;
  text: string;
}

export interface CorpusOptions {
  count: number;
  seed: number;
  /** Latest allowed date (YYYY-MM-DD): no article is dated in the future. */
  today: string;
  ids: CorpusIds;
  /** Indonesian texts (bodies, titles, summaries) and English ones (summaryEn) to draw from. */
  texts: { id: string[]; en: string[] };
  /** Folded words that must never appear in synthetic text. */
  banned: ReadonlySet<string>;
}

const FIRST = 2000;
// Names of people and places the real articles do not have: a news archive's vocabulary keeps
// growing with its size, and the search index (and its typo lookup) must be measured so.
const SYLLABLES = (
  'ba bu da di ga ja ka ki ko la lu ma mi na ni pa po ra ri sa si su ta ti to wa wi ya yu ha ' +
  'ban kar lan man san tan dar gun jar pur'
).split(' ');
const NAME_SPACE = 400_000;

/** The `n`-th invented name: "Sutoraba". */
export function inventedName(n: number): string {
  let word = '';
  let rest = n;
  do {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0 || word.length < 4);
  return word[0]!.toUpperCase() + word.slice(1);
}

// Log-uniform over the name space: a few names recur everywhere, most are rare (Zipf-like).
function rareName(random: Random, banned: ReadonlySet<string>): string {
  let n = Math.floor(Math.exp(random() * Math.log(NAME_SPACE)));
  while (tokenWords(inventedName(n)).some((w) => banned.has(w))) n++;
  return inventedName(n);
}

function isoDay(random: Random, today: string): string {
  const from = Date.UTC(FIRST, 0, 1);
  const to = Date.parse(`${today}T00:00:00Z`);
  const day = from + Math.floor(random() * ((to - from) / 86_400_000 + 1)) * 86_400_000;
  return new Date(day).toISOString().slice(0, 10);
}

function someOf(random: Random, items: string[], min: number, max: number, first?: string) {
  const chosen = new Set(first ? [first] : []);
  const want = between(random, min, max);
  while (chosen.size < Math.min(want, items.length)) chosen.add(pick(random, items));
  return [...chosen];
}

const PLACES = ['di', 'bersama', 'dari', 'menurut', 'kepada'];

// A sentence, sometimes naming an invented person or place before its full stop.
function sentenceWithNames(chain: WordChain, random: Random, banned: ReadonlySet<string>) {
  const sentence = chain.sentence(random);
  if (random() > 0.4) return sentence;
  const name = `${rareName(random, banned)}${random() < 0.5 ? ` ${rareName(random, banned)}` : ''}`;
  return sentence.replace(/([.!?]["”’)]*)$/, ` ${pick(random, PLACES)} ${name}$1`);
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}.`;
}

/** Generates `count` synthetic articles: every id used round-robin first, then at random. */
export function generateCorpus(options: CorpusOptions): CorpusFile[] {
  const random = seededRandom(options.seed);
  const id = new WordChain(options.texts.id, options.banned);
  const en = new WordChain(options.texts.en, options.banned);
  const { institutions, topics, countries } = options.ids;
  const files: CorpusFile[] = [];
  for (let i = 0; i < options.count; i++) {
    const date = isoDay(random, options.today);
    // Lengths vary a lot, as news items do: from a short notice to a long feature.
    const paragraphs = Math.max(1, Math.round(Math.exp(1 + random() * 1.9)));
    const body = Array.from({ length: paragraphs }, () =>
      Array.from({ length: between(random, 1, 5) }, () =>
        sentenceWithNames(id, random, options.banned),
      ).join(' '),
    ).join('\n\n');
    const data = {
      title: clip(id.sentence(random, 6, 14).replace(/[.!?]+$/, ''), 200),
      titleEn: clip(en.sentence(random, 6, 14).replace(/[.!?]+$/, ''), 200),
      date,
      dateKind: random() < 0.7 ? 'terbit' : 'acara',
      institution: institutions[i] ?? pick(random, institutions),
      partnerCountries: someOf(random, countries, 1, 3, countries[i]),
      partnerInstitutions: someOf(random, institutions, 0, 2),
      topics: someOf(random, topics, 1, 3, topics[i]),
      people: Array.from({ length: between(random, 0, 3) }, () => ({
        name: `${rareName(random, options.banned)} ${rareName(random, options.banned)}`,
      })),
      summary: clip(`${id.sentence(random)} ${id.sentence(random)}`, 400),
      summaryEn: clip(`${en.sentence(random)} ${en.sentence(random)}`, 400),
      source: { publisher: 'Korpus sintetis (benchmark)' },
    };
    const name = `${date}-sintetis-${String(i + 1).padStart(5, '0')}.md`;
    files.push({ name, text: `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n` });
  }
  return files;
}
