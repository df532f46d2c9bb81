// Listings split into pages once an archive outgrows one: a year with 56 articles, 50 a page,
// in an archive of its own (the real data files, no timeline, whatever articles content/ holds).
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TEST_TIMEOUT, buildSite, ROOT } from '../helpers/build.ts';
import { listedSlugs, page } from '../helpers/site.ts';

const SOURCE = '2021-12-31-sumber';
let dist: string;

// An article of the archive as another day's: its date, headline and no end date of its own.
const redate = (text: string, day: string, title: string) =>
  text
    .replace(/^date: .*$/m, `date: ${day}`)
    .replace(/^dateEnd: .*\n/m, '')
    .replace(/^title: .*$/m, `title: ${title}`);

beforeAll(async () => {
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  const content = mkdtempSync(join(ROOT, 'tmp', 'content-'));
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  // The timeline links real articles, which this archive does not hold.
  rmSync(join(content, 'timeline.yaml'), { force: true });
  const articles = join(content, 'articles');
  const [first] = readdirSync(articles)
    .filter((f) => f.endsWith('.md'))
    .sort();
  const text = readFileSync(join(articles, first!), 'utf8');
  rmSync(articles, { recursive: true });
  mkdirSync(articles);
  writeFileSync(join(articles, `${SOURCE}.md`), redate(text, '2021-12-31', 'Sumber'));
  // 55 more articles in 2021, one a day from 1 January.
  for (let n = 0; n < 55; n++) {
    const day = new Date(Date.UTC(2021, 0, 1 + n)).toISOString().slice(0, 10);
    const slug = `${day}-salinan-${String(n).padStart(2, '0')}`;
    writeFileSync(join(articles, `${slug}.md`), redate(text, day, `Salinan ${n}`));
  }
  const result = await buildSite({ ARCHIVE_CONTENT_DIR: content });
  if (result.code !== 0) throw new Error(result.output);
  dist = result.outDir;
}, BUILD_TEST_TIMEOUT);

describe('pagination', () => {
  it('shows 50 articles on the first page of a year, newest first, and links to the next', () => {
    const $ = page(dist, 'tahun/2021/');
    const slugs = listedSlugs($);
    expect(slugs).toHaveLength(50);
    expect(slugs[0]).toBe(SOURCE);
    expect($('[data-listing-count]').text()).toBe('Artikel 1–50 dari 56');
    expect($('nav.pagination a[rel="next"]').attr('href')).toBe('/tahun/2021/2/');
    expect($('nav.pagination a[rel="prev"]').length).toBe(0);
    expect($('nav.pagination [aria-current="page"]').text()).toBe('Halaman 1 dari 2');
  });

  it('puts the rest on page 2, with a way back and the page in the title', () => {
    const $ = page(dist, 'tahun/2021/2/');
    expect(listedSlugs($)).toEqual([
      '2021-01-06-salinan-05',
      '2021-01-05-salinan-04',
      '2021-01-04-salinan-03',
      '2021-01-03-salinan-02',
      '2021-01-02-salinan-01',
      '2021-01-01-salinan-00',
    ]);
    expect($('nav.pagination a[rel="prev"]').attr('href')).toBe('/tahun/2021/');
    expect($('title').text()).toContain('Halaman 2 dari 2');
  });

  it('keeps a listing that fits on one page without page links', () => {
    const $ = page(dist, 'arsip/');
    expect(listedSlugs($)).toHaveLength(56);
    expect($('nav.pagination').length).toBe(0);
  });
});
