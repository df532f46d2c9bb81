import { describe, expect, it } from 'vitest';
import { built, sources } from '../../../tests/unit/search-fixture.ts';
import { SearchEngine } from './engine.ts';
import { shardOf } from './types.ts';
import { noFilters } from './search.ts';
import type { SearchRequest } from './messages.ts';
import { SearchService } from './protocol.ts';

const urls = { index: 'indeks.json', list: 'daftar.json', shard: 'indeks-', doc: 'dok/' };
const files: Record<string, unknown> = {
  'indeks.json': built.core,
  'daftar.json': built.list,
  ...Object.fromEntries(built.shards.map((s, n) => [`indeks-${n}.json`, s])),
  ...Object.fromEntries(built.docs.map((d, n) => [`dok/${n}.json`, d])),
};

async function open() {
  const fetched: string[] = [];
  const aborted: string[] = [];
  const service = await SearchService.open(urls, <T>(url: string, signal?: AbortSignal) => {
    fetched.push(url);
    return new Promise<T>((resolve, reject) => {
      signal?.addEventListener('abort', () => {
        aborted.push(url);
        reject(new Error('aborted'));
      });
      setTimeout(() => resolve(structuredClone(files[url]) as T), 1);
    });
  });
  return { service, fetched, aborted };
}

let id = 0;
const request = (q: string, more: Partial<SearchRequest> = {}): SearchRequest => ({
  id: ++id,
  q,
  filters: noFilters(),
  sort: 'relevansi',
  typing: false,
  exact: false,
  limit: 10,
  locale: 'id',
  ...more,
});
const text = (parts: { text: string; mark: boolean }[]) =>
  parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('the search service', () => {
  it('answers with the result list from the index alone, texts fetched only for snippets', async () => {
    const { service, fetched } = await open();
    const q = request('forum');
    const answer = (await service.answer(q))!;
    expect(answer.results).toEqual([
      {
        slug: '2020-01-01-egov',
        title: [
          { text: 'Forum', mark: true },
          { text: ' administrasi publik', mark: false },
        ],
        date: '2020-01-01',
        institution: 'bkn',
      },
    ]);
    expect(fetched.some((url) => url.startsWith('dok/'))).toBe(false);
    const snippets = (await service.snippets(q.id))!;
    expect(text(snippets.snippets[0]!)).toContain('[Forum] membahas');
    expect(fetched).toContain('dok/1.json');
  });

  it('shows our summary when browsing, in the page language, and where the body has no match', async () => {
    const { service } = await open();
    for (const locale of ['id', 'en']) {
      const browse = request('', { locale });
      const answer = (await service.answer(browse))!;
      const snippets = (await service.snippets(browse.id))!;
      answer.results.forEach((result, i) => {
        const { article } = sources.find((s) => s.article.slug === result.slug)!;
        expect(text(snippets.snippets[i]!)).toBe(
          locale === 'en' ? article.summaryEn : article.summary,
        );
      });
    }
    // "ASN" is only in a title: the body has no window to show, the summary stands in.
    const asn = request('asn');
    await service.answer(asn);
    const snippets = (await service.snippets(asn.id))!;
    expect(text(snippets.snippets[0]!)).toBe(sources[2]!.article.summary);
  });

  it('drops an answer and snippets that a newer request overtook, and stops their fetches', async () => {
    const { service, aborted } = await open();
    const first = request('reformasi');
    await service.answer(first);
    const pending = service.snippets(first.id);
    const second = request('korea');
    const answer = await service.answer(second);
    expect(await pending).toBeNull();
    expect(aborted.length).toBeGreaterThan(0);
    expect(answer?.id).toBe(second.id);
    expect(await service.snippets(first.id)).toBeNull();
    expect((await service.snippets(second.id))?.snippets).toHaveLength(answer!.results.length);
  });
});

describe('while a word is typed', () => {
  it('loads the shards of the terms the first letters may complete to, before any search', () => {
    const loaded = (word: string) => {
      const loads: number[] = [];
      const engine = new SearchEngine(built.core, (n) => {
        loads.push(n);
        return Promise.resolve(built.shards[n]!);
      });
      engine.prefetch(word);
      return loads;
    };
    const shard = shardOf('reformasi', built.core.shardStarts);
    expect(loaded('re')).toEqual([shard]);
    expect(loaded('zzzz')).toEqual([]);
  });
});
