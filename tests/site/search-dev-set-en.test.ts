import { describe, expect, inject, it } from 'vitest';
import { devSetEn, devSetSlugs, searcher } from '../helpers/search.ts';

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
