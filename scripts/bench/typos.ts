// npm run bench:typos [-- --size 10000 --words 300]
// The typo lookup, three ways, over the benchmark archive's vocabulary: Fuse.js with an index
// prebuilt at build time (Fuse.createIndex, then Fuse.parseIndex where the search runs), over
// the whole vocabulary and over buckets of one word length; and the Levenshtein walk over the
// sorted vocabulary the search uses. Prints what each costs to ship, to load and per word, and
// how many of the terms within the allowed edit distance it offers (a scan of every term).
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { distance } from 'fastest-levenshtein';
import Fuse from 'fuse.js/basic';
import { Lexicon, typoBudget } from '../../src/lib/search/lexicon.ts';
import { spread } from './typing.ts';
import { benchmarkVocabulary, typosOf } from './vocabulary.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    words: { type: 'string', default: '300' },
  },
});
const vocabulary = benchmarkVocabulary(Number(values.size));
const typos = typosOf(vocabulary, Number(values.words));
const within = (word: string) =>
  vocabulary.filter(
    (t) =>
      Math.abs(t.length - word.length) <= typoBudget(word.length) &&
      distance(t, word) <= typoBudget(word.length),
  );
const expected = typos.map(within);

interface Way {
  name: string;
  /** What the browser downloads beyond the vocabulary, raw and gzipped. */
  shipped: [number, number];
  /** Time to make the structure where the search runs (parse, construct), in ms. */
  load: number;
  lookup: (word: string) => string[];
}

// Bitap's score is its errors over the word's length: 0.4 lets 2 in 9 letters and 1 in 5 through.
const FUSE = { includeScore: true, ignoreLocation: true, threshold: 0.4 };

function fuseWhole(): Way {
  const json = JSON.stringify(Fuse.createIndex([], vocabulary).toJSON());
  const started = performance.now();
  const fuse = new Fuse(vocabulary, FUSE, Fuse.parseIndex(JSON.parse(json) as never));
  const load = performance.now() - started;
  return {
    name: 'Fuse.js, prebuilt index of the vocabulary',
    shipped: [json.length, gzipSync(json).length],
    load,
    lookup: (word) =>
      fuse
        .search(word)
        .map((r) => r.item)
        .filter((t) => distance(t, word) <= typoBudget(word.length)),
  };
}

function fuseByLength(): Way {
  const lengths = new Map<number, string[]>();
  for (const t of vocabulary) lengths.set(t.length, [...(lengths.get(t.length) ?? []), t]);
  const jsons = new Map(
    [...lengths].map(([n, terms]) => [n, JSON.stringify(Fuse.createIndex([], terms).toJSON())]),
  );
  const started = performance.now();
  const fuses = new Map(
    [...jsons].map(([n, json]) => [
      n,
      new Fuse(lengths.get(n)!, FUSE, Fuse.parseIndex(JSON.parse(json) as never)),
    ]),
  );
  const load = performance.now() - started;
  const all = [...jsons.values()].join('');
  return {
    name: 'Fuse.js, prebuilt index per word length',
    shipped: [all.length, gzipSync(all).length],
    load,
    lookup: (word) => {
      const budget = typoBudget(word.length);
      const found: string[] = [];
      for (let n = word.length - budget; n <= word.length + budget; n++) {
        for (const { item } of fuses.get(n)?.search(word) ?? []) {
          if (distance(item, word) <= budget) found.push(item);
        }
      }
      return found;
    },
  };
}

function walk(): Way {
  const started = performance.now();
  const lexicon = new Lexicon(vocabulary);
  return {
    name: 'Levenshtein walk over the sorted vocabulary (ours)',
    shipped: [0, 0],
    load: performance.now() - started,
    lookup: (word) => lexicon.typos(word),
  };
}

const ms = (n: number) => `${n.toFixed(2)} ms`;
const rows: string[] = [];
for (const make of [fuseWhole, fuseByLength, walk]) {
  const way = make();
  const times: number[] = [];
  let found = 0;
  typos.forEach((word, i) => {
    const started = performance.now();
    const got = new Set(way.lookup(word));
    times.push(performance.now() - started);
    found += expected[i]!.filter((t) => got.has(t)).length;
  });
  const { p50, p95 } = spread(times);
  const total = expected.reduce((n, e) => n + e.length, 0);
  const [raw, gz] = way.shipped;
  rows.push(
    `| ${way.name} | ${(raw / 1024).toFixed(0)} kB (${(gz / 1024).toFixed(0)} kB gz) | ${ms(way.load)} | ${ms(p50)} / ${ms(p95)} | ${found}/${total} (${((100 * found) / total).toFixed(1)} %) |`,
  );
}
console.log(
  [
    `Typo lookup: ${vocabulary.length.toLocaleString('en')} terms (${values.size} articles), ${typos.length} typos, Node ${process.version}.`,
    '',
    '| lookup | shipped beyond the vocabulary | load | per word, p50 / p95 | terms within the budget offered |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n'),
);
