// Builds the search index once per build from the resolved archive.
import { buildSearchIndex } from '../lib/search/build-index.ts';
import { getArchive } from './archive.ts';

let cached: ReturnType<typeof load> | undefined;

async function load() {
  const archive = await getArchive();
  return buildSearchIndex(
    archive.articles.map((article) => ({ article, body: article.bodyText })),
    archive,
  );
}

/** The search index and its body shards. */
export function getSearchIndex(): ReturnType<typeof load> {
  cached ??= load();
  return cached;
}
