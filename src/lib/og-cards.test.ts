import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CARD_SIZE, siteCardText } from './og-card.ts';
import { makeCards, makeCardsInWorker, placeCards, pruneCards, type CardJob } from './og-cards.ts';
import { missingGlyphs } from './og-draw.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { cardJobs } from './og-sources.ts';

const work = mkdtempSync(join(tmpdir(), 'og-cards-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const brand: [string, string] = ['Arsip', 'Archive'];
const job = (file: string, heading: string): CardJob => ({
  file,
  card: { brand, heading, subheading: undefined, footer: '30 Agustus 2021 · KASN' },
});
// The JPEG's width and height from its start-of-frame marker.
const jpegSize = (bytes: Buffer) => {
  for (let at = 2; at < bytes.length; at += 2 + bytes.readUInt16BE(at + 2))
    if (bytes[at + 1]! >= 0xc0 && bytes[at + 1]! <= 0xc3)
      return { width: bytes.readUInt16BE(at + 7), height: bytes.readUInt16BE(at + 5) };
  return undefined;
};

describe('making cards', () => {
  const cache = join(work, 'cache');
  const jobs = [job('og/a.jpg', 'Judul A'), job('og/b.jpg', 'Judul B'), job('og/c.jpg', 'Judul A')];

  it('draws each distinct card once, as a 1200×630 JPEG, and reuses it on the next build', () => {
    const first = makeCards(jobs, cache);
    expect([first.made, first.reused, first.files.size]).toEqual([2, 0, 3]);
    expect(first.files.get('og/a.jpg')).toBe(first.files.get('og/c.jpg'));
    expect(jpegSize(readFileSync(first.files.get('og/b.jpg')!))).toEqual(CARD_SIZE);
    const again = makeCards(jobs, cache);
    expect([again.made, again.reused]).toEqual([0, 2]);
    // One changed headline: one card drawn.
    const changed = makeCards([...jobs.slice(0, 2), job('og/c.jpg', 'Judul C')], cache);
    expect([changed.made, changed.reused]).toEqual([1, 2]);
    expect(readdirSync(cache).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('places the cards into the site and forgets the ones no page uses', async () => {
    const set = makeCards(jobs, cache);
    const out = join(work, 'dist');
    await placeCards(set, out);
    expect(readdirSync(join(out, 'og')).sort()).toEqual(['a.jpg', 'b.jpg', 'c.jpg']);
    expect(readFileSync(join(out, 'og/c.jpg'))).toEqual(readFileSync(join(out, 'og/a.jpg')));
    expect(await pruneCards(set, cache)).toBe(1);
    expect(readdirSync(cache)).toHaveLength(2);
  });

  it('replaces the last build’s cards in place: new bytes where a headline changed, every card this build’s', async () => {
    const out = join(work, 'dist-again');
    const first = makeCards(jobs, cache);
    // Cards drawn by an earlier build, an hour ago; the output folder is new.
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const cached of first.files.values()) utimesSync(cached, hourAgo, hourAgo);
    const before = Date.now();
    await placeCards(first, out);
    for (const name of ['a.jpg', 'b.jpg', 'c.jpg'])
      expect(statSync(join(out, 'og', name)).mtimeMs).toBeGreaterThanOrEqual(before - 50);
    // The next build: c's headline changed, a and b are as they were.
    const next = makeCards([...jobs.slice(0, 2), job('og/c.jpg', 'Judul C baru')], cache);
    await placeCards(next, out);
    expect(readFileSync(join(out, 'og/c.jpg'))).toEqual(readFileSync(next.files.get('og/c.jpg')!));
    expect(readFileSync(join(out, 'og/c.jpg'))).not.toEqual(readFileSync(join(out, 'og/a.jpg')));
    for (const name of ['a.jpg', 'b.jpg', 'c.jpg'])
      expect(statSync(join(out, 'og', name)).mtimeMs).toBeGreaterThanOrEqual(before - 50);
  });

  it('makes a content folder’s cards in a worker thread: one per article and the site’s', async () => {
    const content = join(import.meta.dirname, '../../content');
    const expected = cardJobs(content, missingGlyphs).jobs;
    const report = await makeCardsInWorker(content, join(work, 'worker-cache'));
    expect([...report.files.keys()].sort()).toEqual(expected.map((j) => j.file).sort());
    expect(report.files.has('og/arsip.jpg')).toBe(true);
    // A warning for each headline in a script the card's Latin fonts lack (Hangul, say), none else.
    const otherScript = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
    const foreign = readdirSync(join(content, 'articles'))
      .filter((file) => file.endsWith('.md'))
      .filter((file) => {
        const data = parseFrontmatter(readFileSync(join(content, 'articles', file), 'utf8'))?.data;
        return otherScript.test(`${String(data?.['title'])} ${String(data?.['titleEn'])}`);
      });
    expect(
      report.warnings.map((w) =>
        w
          .slice(0, w.indexOf('.md:') + 3)
          .split('/')
          .at(-1),
      ),
    ).toEqual(foreign.sort());
    for (const path of report.files.values()) expect(existsSync(path), path).toBe(true);
  });
});

describe('a headline the card’s fonts cannot draw', () => {
  it('is named, with its characters, so that the article can get the site’s card', () => {
    expect(
      missingGlyphs({ ...siteCardText(brand, 'Tagline'), heading: '인사혁신처 dan KASN' }),
    ).toEqual(['인', '사', '혁', '신', '처']);
    expect(missingGlyphs(siteCardText(brand, 'Reformasi birokrasi – “SPBE”, Việt Nam'))).toEqual(
      [],
    );
  });
});

describe('the cards of a content folder', () => {
  it('give an article whose headline the fonts cannot draw the site’s card, and say so', () => {
    const content = join(work, 'content');
    mkdirSync(join(content, 'articles'), { recursive: true });
    copyFileSync(
      join(import.meta.dirname, '../../content/institutions.yaml'),
      join(content, 'institutions.yaml'),
    );
    const article = (title: string) =>
      `---\ntitle: "${title}"\ntitleEn: "Headline"\ndate: 2021-08-30\ninstitution: kasn\n---\n\nTeks.\n`;
    writeFileSync(join(content, 'articles/2021-08-30-hangul.md'), article('KASN dan 인사혁신처'));
    writeFileSync(join(content, 'articles/2021-08-30-latin.md'), article('KASN dan MPM'));
    const { jobs, warnings } = cardJobs(content, missingGlyphs);
    const site = jobs.find((j) => j.file === 'og/arsip.jpg')!.card;
    expect(jobs.find((j) => j.file === 'og/2021-08-30-hangul.jpg')!.card).toEqual(site);
    expect(jobs.find((j) => j.file === 'og/2021-08-30-latin.jpg')!.card.heading).toBe(
      'KASN dan MPM',
    );
    expect(warnings).toEqual([
      expect.stringMatching(
        /2021-08-30-hangul\.md: the card's fonts cannot draw "인" "사" "혁" "신" "처": its links show the site's card/,
      ),
    ]);
  });
});
