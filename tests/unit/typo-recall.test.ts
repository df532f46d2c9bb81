// The typo lookup against a brute-force scan of the benchmark's 10,000-article vocabulary:
// every term within the allowed edit distance is offered, and nothing else.
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { syntheticArticles } from '../../scripts/bench/content.ts';
import { seededRandom } from '../../scripts/bench/corpus.ts';
import { QueryResolver, typoBudget } from '../../src/lib/search/query.ts';
import { terms } from '../../src/lib/search/normalize.ts';
import { sourceArticles } from '../helpers/site.ts';

function benchmarkVocabulary(size: number): string[] {
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

// Typos a reader makes: a letter wrong, missing or added, twice in some long words.
function typosOf(vocabulary: string[], count: number): string[] {
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

describe('typo lookup at 10,000 articles', () => {
  it('offers every vocabulary term within the allowed edit distance, and only those', () => {
    const vocabulary = benchmarkVocabulary(10_000);
    expect(vocabulary.length).toBeGreaterThan(40_000);
    const resolver = new QueryResolver({ vocabulary, aliases: [], stems: [] });
    let expected = 0;
    for (const typo of typosOf(vocabulary, 1_000)) {
      const budget = typoBudget(typo.length);
      // Every term is scanned; a length further than the budget cannot be within it.
      const scan = vocabulary.filter(
        (t) => Math.abs(t.length - typo.length) <= budget && distance(t, typo) <= budget,
      );
      expected += scan.length;
      expect([...resolver.typos(typo)].sort(), typo).toEqual(scan);
    }
    expect(expected).toBeGreaterThan(1_000);
  }, 120_000);
});
