// Writes a benchmark content folder: the real YAML data, the five real articles, and synthetic
// articles up to the size asked for.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { todayIso } from '../../src/lib/dates.ts';
import { ROOT } from '../../tests/helpers/build.ts';
import { devSet } from '../../tests/helpers/search.ts';
import { sourceArticles } from '../../tests/helpers/site.ts';
import { generateCorpus, tokenWords, type CorpusFile } from './corpus.ts';

const CONTENT = join(ROOT, 'content');

/**
 * Words synthetic text must never hold: every word of the phrases that identify the dev-set
 * articles, and of each dev-set query that expects a strict subset of them. Broad queries
 * ("birokrasi", "kerja sama") keep their words: synthetic hits cannot break their lists,
 * which only name real articles, and they give the search realistic result sizes.
 */
export function bannedWords(): Set<string> {
  const phrases = [
    ...Object.values(devSet.articles),
    ...devSet.queries.filter((q) => q.mustNot.length > 0).map((q) => q.q),
  ];
  return new Set(phrases.flatMap((p) => p.split(/\s+/).flatMap(tokenWords)));
}

function ids(file: string): string[] {
  return Object.keys(parseYaml(readFileSync(join(CONTENT, file), 'utf8')) as object);
}

/** The synthetic part of a benchmark archive of `size` articles (the five real ones aside). */
export function syntheticArticles(size: number, seed = 20_251_001): CorpusFile[] {
  const real = sourceArticles();
  if (size < real.length) throw new Error(`--sizes: ${size} is below the ${real.length} real`);
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return generateCorpus({
    count: size - real.length,
    seed,
    today: todayIso(),
    ids: {
      institutions: ids('institutions.yaml'),
      topics: ids('topics.yaml'),
      countries: ids('countries.yaml'),
    },
    texts: {
      id: real.flatMap((a) => [a.body, text(a.data['summary'])]),
      en: real.map((a) => text(a.data['summaryEn'])),
    },
    banned: bannedWords(),
  });
}

/** Creates `dir` holding an archive of `size` articles (the five real ones included). */
export function writeContent(dir: string, size: number, seed = 20_251_001): string[] {
  const real = sourceArticles();
  const files = syntheticArticles(size, seed);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  for (const file of readdirSync(CONTENT).filter((f) => f.endsWith('.yaml'))) {
    copyFileSync(join(CONTENT, file), join(dir, file));
  }
  for (const article of real) {
    copyFileSync(
      join(CONTENT, 'articles', `${article.slug}.md`),
      join(dir, 'articles', `${article.slug}.md`),
    );
  }
  for (const file of files) writeFileSync(join(dir, 'articles', file.name), file.text);
  return [...real.map((a) => a.slug), ...files.map((f) => f.name.replace(/\.md$/, ''))];
}
