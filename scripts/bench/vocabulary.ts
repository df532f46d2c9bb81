// The benchmark archive's vocabulary, and typos drawn from it: what the typo lookup is measured
// and tested on at 10,000 articles.
import { parse as parseYaml } from 'yaml';
import { terms } from '../../src/lib/search/normalize.ts';
import { typoBudget } from '../../src/lib/search/lexicon.ts';
import { sourceArticles } from '../../tests/helpers/site.ts';
import { syntheticArticles } from './content.ts';
import { seededRandom } from './corpus.ts';

/**
 * Every searchable term of a benchmark archive of `size` articles (titles, summaries, people,
 * bodies), sorted by code unit as the index sorts its vocabulary.
 */
export function benchmarkVocabulary(size: number): string[] {
  const texts = sourceArticles().map((a) => `${JSON.stringify(a.data)}\n${a.body}`);
  for (const file of syntheticArticles(size)) {
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(file.text) ?? [];
    const data = parseYaml(front) as Record<string, unknown>;
    const people = (data['people'] as { name: string }[]).map((p) => p.name);
    texts.push([data['title'], data['summary'], data['summaryEn'], ...people, body].join('\n'));
  }
  const vocabulary = new Set<string>();
  for (const text of texts) for (const term of terms(text)) vocabulary.add(term);
  return [...vocabulary].sort((a, b) => (a < b ? -1 : 1));
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Typos a reader makes, seeded: a letter wrong, missing or added, twice in some long words. */
export function typosOf(vocabulary: string[], count: number): string[] {
  const random = seededRandom(14);
  const words = vocabulary.filter((w) => w.length >= 5 && /^[a-z]+$/.test(w));
  const out = new Set<string>();
  while (out.size < count) {
    let word = words[Math.floor(random() * words.length)]!;
    const edits = word.length >= 10 && random() < 0.5 ? 2 : 1;
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(random() * word.length);
      const letter = LETTERS[Math.floor(random() * LETTERS.length)]!;
      const kind = Math.floor(random() * 3);
      word = word.slice(0, at) + (kind === 1 ? '' : letter) + word.slice(kind === 2 ? at : at + 1);
    }
    if (typoBudget(word.length) >= edits) out.add(word);
  }
  return [...out];
}
