// Builds the search index once per build from the resolved archive.
import { readThesaurusFile } from '../lib/data-files.ts';
import { buildSearchIndex } from '../lib/search/build-index.ts';
import { exampleSearches } from '../lib/search/examples.ts';
import { QueryResolver } from '../lib/search/query.ts';
import { noFilters, search } from '../lib/search/search.ts';
import { siteConfigFromEnv } from '../lib/site-config.ts';
import { resolveThesaurus } from '../lib/thesaurus.ts';
import { getArchive } from './archive.ts';
import type { RouteFile } from './build-files.ts';

let cached: ReturnType<typeof load> | undefined;

async function load() {
  const archive = await getArchive();
  const file = readThesaurusFile(siteConfigFromEnv(process.env).contentDir);
  const thesaurus = file ? resolveThesaurus(file.data, file.file) : [];
  return buildSearchIndex(
    archive.articles.map((article) => ({ article, body: article.bodyText })),
    { ...archive, thesaurus },
  );
}

/** The search index: core, postings shards, the result list's table, one file a document. */
export function getSearchIndex(): ReturnType<typeof load> {
  cached ??= load();
  return cached;
}

/** One file a document (`cari/dok/<n>.json`): a result's text and our summaries, for its snippet. */
export async function searchDocFiles(): Promise<RouteFile[]> {
  const { docs } = await getSearchIndex();
  return docs.map((doc, index) => ({
    params: { doc: String(index) },
    path: `cari/dok/${index}.json`,
    body: JSON.stringify(doc),
  }));
}

/** One file a postings shard (`cari/indeks-<n>.json`). */
export async function searchShardFiles(): Promise<RouteFile[]> {
  const { shards } = await getSearchIndex();
  return shards.map((postings, shard) => ({
    params: { shard: String(shard) },
    path: `cari/indeks-${shard}.json`,
    body: JSON.stringify(postings),
  }));
}

/** Searches to suggest when nothing was found: names from the archive that find something. */
export async function getExampleSearches(): Promise<string[]> {
  const [{ core, shards }, { articles }] = await Promise.all([getSearchIndex(), getArchive()]);
  const resolver = new QueryResolver(core);
  const postings = new Map(shards.flatMap((shard) => Object.entries(shard)));
  return exampleSearches(
    articles,
    (q) =>
      search(core, (t) => postings.get(t), resolver.parse(q), noFilters(), { limit: 0 }).total > 0,
  );
}
