import { describe, expect, inject, it } from 'vitest';
import { devSetEn, devSetSlugs, searcher } from '../helpers/search.ts';
import { sourceArticles } from '../helpers/site.ts';

const dist = inject('siteDist');
const slugs = devSetSlugs(devSetEn);
const { run } = searcher(dist);
const named = (keys: string[]) => keys.map((k) => slugs[k]!);

// The same index serves /cari/ and /en/cari/: English queries run exactly as Indonesian ones.
describe('cross-language dev query set (English queries), against the built index', () => {
  it.each(devSetEn.queries)('q=$q', async ({ q, must, mustNot }) => {
    const found = await run(q);
    expect(found).toEqual(expect.arrayContaining(named(must)));
    for (const slug of named(mustNot ?? [])) expect(found).not.toContain(slug);
    if (must.length === 0) expect(found).toEqual([]);
  });
});

// Names misspelt as a reader would: each reads as the name itself, through the lexicon walk.
describe('misspelt names of institutions, against the built index', () => {
  it.each([
    ['Ministry of Personel Managment', 'Ministry of Personnel Management'],
    ['Korea Civil Servce Comission', 'Korea Civil Service Commission'],
    ['Minstry of the Interor and Safety', 'Ministry of the Interior and Safety'],
    ['bureacratic reform', 'bureaucratic reform'],
    ['civil servnts', 'civil servants'],
  ])('%s finds what %s finds', async (misspelt, name) => {
    const expected = await run(name);
    expect(expected.length).toBeGreaterThan(0);
    // The name's articles come first, in any order (a typo-matched word ranks below an exact
    // one); after them may come articles that hold the name's words only through the thesaurus.
    const found = await run(misspelt);
    expect(found.slice(0, expected.length).sort()).toEqual([...expected].sort());
  });

  it('finds a Korean institution by its Hangul name: the articles that name it', async () => {
    const expected = sourceArticles()
      .filter((a) =>
        [a.data['institution'], ...((a.data['partnerInstitutions'] as string[]) ?? [])].includes(
          'mpm-korea',
        ),
      )
      .map((a) => a.slug);
    expect(expected.length).toBeGreaterThan(0);
    expect(await run('인사혁신처')).toEqual(expect.arrayContaining(expected));
  });
});
