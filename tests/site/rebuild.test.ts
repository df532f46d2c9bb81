// A rebuild keeps the last build's output folder (unchanged pages stay where they are) and must
// still give exactly what a clean build gives: an article taken out of the archive takes its
// pages, card and citations with it, and nothing of the last build is left behind.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { syntheticArticles } from '../../scripts/bench/content.ts';
import { buildSite, ROOT } from '../helpers/build.ts';
import { contentWith } from '../helpers/content.ts';
import { filesOf, fingerprint, sourceArticles } from '../helpers/site.ts';

// The shared build: the archive as committed, built clean.
const clean = inject('siteDist');
let withExtra: Record<string, string>;
let rebuild: { output: string; outDir: string };
let extraSlug: string;

beforeAll(async () => {
  const content = contentWith(null, { withRealArticles: true });
  // One more article than the archive holds (a synthetic one in the archive's own shapes).
  const [extra] = syntheticArticles(sourceArticles().length + 1, 20_261_202);
  if (!extra) throw new Error('no synthetic article');
  const name = `${extra.name.replace(/\.md$/, '')}-rebuild-test.md`;
  extraSlug = name.replace(/\.md$/, '');
  writeFileSync(join(content, 'articles', name), extra.text);
  const work = mkdtempSync(join(ROOT, 'tmp', 'rebuild-'));
  const dirs = {
    ARCHIVE_CONTENT_DIR: content,
    ARCHIVE_OUT_DIR: join(work, 'dist'),
    ARCHIVE_CACHE_DIR: join(work, 'cache'),
  };
  const first = await buildSite(dirs);
  if (first.code !== 0) throw new Error(`The first build failed:\n${first.output}`);
  withExtra = fingerprint(first.outDir);
  // The archivist takes the article out again and builds with every cache kept.
  rmSync(join(content, 'articles', name));
  const second = await buildSite(dirs);
  if (second.code !== 0) throw new Error(`The rebuild failed:\n${second.output}`);
  rebuild = second;
});

describe('a rebuild after an article is taken out', () => {
  it('had the article in the first build: its pages in both languages, its card', () => {
    const files = Object.keys(withExtra).filter((file) => file.includes(extraSlug));
    expect(files.some((f) => f.startsWith('artikel/') && f.endsWith('index.html'))).toBe(true);
    expect(files.some((f) => f.startsWith('en/artikel/'))).toBe(true);
    expect(files.some((f) => f.startsWith('og/'))).toBe(true);
  });

  it('leaves unchanged pages in place instead of writing them again', () => {
    expect(rebuild.output).toMatch(/\(cached\)/);
  });

  it('removes what only the first build made, and says how many files', () => {
    const count = /removed (\d+) file\(s\) the last build made/.exec(rebuild.output)?.[1];
    expect(Number(count)).toBeGreaterThan(0);
    expect(filesOf(rebuild.outDir).filter((file) => file.includes(extraSlug))).toEqual([]);
    expect(existsSync(join(rebuild.outDir, 'artikel', extraSlug))).toBe(false);
  });

  it('gives byte for byte what a clean build of the same archive gives', () => {
    const a = fingerprint(clean);
    const b = fingerprint(rebuild.outDir);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    expect(Object.keys(a).filter((file) => a[file] !== b[file])).toEqual([]);
  });
});
