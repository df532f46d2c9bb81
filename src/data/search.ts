// Builds the search index once per build from the resolved archive.
import { readThesaurusFile } from '../lib/data-files.ts';
import { buildSearchIndex } from '../lib/search/build-index.ts';
import { exampleSearches } from '../lib/search/examples.ts';
import { QueryResolver } from '../lib/search/query.ts';
import { noFilters, search } from '../lib/search/search.ts';
import { siteConfigFromEnv } from '../lib/site-config.ts';
import { resolveThesaurus } from '../lib/thesaurus.ts';
import { getArchive } from './archive.ts';

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
