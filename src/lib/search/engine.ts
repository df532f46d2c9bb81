import { QueryResolver } from './query.ts';
import { search, type Filters, type SearchOutcome, type SortOrder } from './search.ts';
import { shardOf, type Postings, type SearchCore } from './types.ts';

/** A query as the engine runs it. */
export interface RunOptions {
  sort?: SortOrder | undefined;
  /** The last word may still be incomplete: complete it as a prefix. */
  typing?: boolean | undefined;
  /** No typo correction. */
  exact?: boolean | undefined;
  /** How many hits to order and return (all by default). */
  limit?: number | undefined;
}

/** What each step of a run cost, in milliseconds. */
export interface RunTiming {
  /** Reading the query: words, typos, completions, aliases. */
  parse: number;
  /** Waiting for postings shards not yet loaded. */
  shards: number;
  /** Scoring, filtering, counting and ordering. */
  rank: number;
}

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

  /**
   * Starts loading the postings a word being typed will need — the shards of the terms that
   * start with it — when they are few (one or two): by its third letter they are in.
   */
  prefetch(word: string): void {
    const { lexicon } = this.resolver;
    const { vocabulary } = lexicon;
    const from = lexicon.position(word);
    const to = lexicon.position(`${word}\uffff`);
    if (from >= to) return;
    const a = shardOf(vocabulary[from]!, this.core.shardStarts);
    const b = shardOf(vocabulary[to - 1]!, this.core.shardStarts);
    if (b - a > 1) return;
    for (let shard = a; shard <= b; shard++) this.ensure(shard).catch(() => undefined);
  }

  /** How many documents hold a term (0 when unknown or its shard is not loaded). */
  documentsWith(term: string): number {
    return (this.postings.get(term)?.length ?? 0) / 2;
  }

  /** Runs a query. */
  async run(
    query: string,
    filters: Filters,
    options: RunOptions = {},
  ): Promise<SearchOutcome & { timing: RunTiming }> {
    const started = performance.now();
    const units = this.resolver.parse(query, options);
    const parsed = performance.now();
    const shards = new Set(
      units.flatMap((u) => u.alternatives.map((a) => shardOf(a.term, this.core.shardStarts))),
    );
    const missing = [...shards].filter((shard) => !this.loaded.has(shard));
    await Promise.all([...shards].map((shard) => this.ensure(shard)));
    const fetched = performance.now();
    const outcome = search(this.core, (term) => this.postings.get(term), units, filters, {
      sort: options.sort,
      emptyQuery: query.trim() === '',
      limit: options.limit,
    });
    return {
      ...outcome,
      timing: {
        parse: parsed - started,
        shards: missing.length > 0 ? fetched - parsed : 0,
        rank: performance.now() - fetched,
      },
    };
  }
}
