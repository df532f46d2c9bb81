import { describe, expect, inject, it } from 'vitest';
import { devSet, devSetSlugs, searcher } from '../helpers/search.ts';

const dist = inject('siteDist');
const slugs = devSetSlugs();
const { run, runParams } = searcher(dist);
const named = (keys: string[]) => keys.map((k) => slugs[k]!);

describe('dev query set, against the built index', () => {
  it.each(devSet.queries)('q=$q', async ({ q, must, mustNot }) => {
    const found = await run(q);
    expect(found).toEqual(expect.arrayContaining(named(must)));
    for (const slug of named(mustNot)) expect(found).not.toContain(slug);
  });

  it.each(devSet.filters)('filters $params', async ({ params, must, mustNot }) => {
    const found = await runParams(params);
    expect(found).toEqual(expect.arrayContaining(named(must)));
    for (const slug of named(mustNot)) expect(found).not.toContain(slug);
  });
});
