import { QueryResolver } from './query.ts';
import { search, type Filters, type SearchOutcome, type SortOrder } from './search.ts';
import { shardOf, type Postings, type SearchCore } from './types.ts';

/**
 * The search as the browser (and the tests) run it: reads a query, loads only the postings
 * shards its terms live in, then scores. Shards are fetched once and kept.
 */
export class SearchEngine {
  readonly resolver: QueryResolver;
  private readonly loaded = new Map<number, Promise<void>>();
  private readonly postings = new Map<string, number[]>();

  readonly core: SearchCore;
  private readonly loadShard: (shard: number) => Promise<Postings>;

  constructor(core: SearchCore, loadShard: (shard: number) => Promise<Postings>) {
    this.core = core;
    this.loadShard = loadShard;
    this.resolver = new QueryResolver(core);
  }

  private ensure(shard: number): Promise<void> {
    let done = this.loaded.get(shard);
    if (!done) {
      done = this.loadShard(shard).then((part) => {
        for (const [term, list] of Object.entries(part)) this.postings.set(term, list);
      });
      // A failed fetch may be retried by the next query.
      done.catch(() => this.loaded.delete(shard));
      this.loaded.set(shard, done);
    }
    return done;
  }

  /** Runs a query; `typing` completes the last word as a prefix. */
  async run(
    query: string,
    filters: Filters,
    sort: SortOrder = 'relevansi',
    typing = false,
  ): Promise<SearchOutcome> {
    const units = this.resolver.parse(query, typing);
    const shards = new Set(
      units.flatMap((u) => u.alternatives.map((a) => shardOf(a.term, this.core.shardStarts))),
    );
    await Promise.all([...shards].map((shard) => this.ensure(shard)));
    return search(
      this.core,
      (term) => this.postings.get(term),
      units,
      filters,
      sort,
      query.trim() === '',
    );
  }
}
