// The content collections: Astro's loaders over the content folder, each with its schema
// from src/lib/schemas.ts and the YAML read by src/lib/data-files.ts.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentEntryType } from 'astro';
import { defineCollection, reference } from 'astro:content';
import { file, glob, type Loader, type LoaderContext } from 'astro/loaders';
import { dataFilePath, parseForLoader, type CollectionFile } from './lib/data-files.ts';
import { writtenDates } from './lib/frontmatter.ts';
import {
  articleSchema,
  countrySchema,
  glossarySchema,
  institutionSchema,
  topicSchema,
} from './lib/schemas.ts';
import { siteConfigFromEnv } from './lib/site-config.ts';

const { contentDir } = siteConfigFromEnv(process.env);

const dataFile = (kind: CollectionFile) => {
  const path = dataFilePath(contentDir, kind);
  return file(path, { parser: (text) => parseForLoader(kind, text, path) });
};

// Markdown entries whose dates reach the schema as written (2021-02-30 stays 2021-02-30, for the
// schema to refuse), from the frontmatter text the entry type has already split off: no file is
// read twice. The glob loader takes its entry types from its context, which Astro does not type.
function withWrittenDates(type: ContentEntryType): ContentEntryType {
  return {
    ...type,
    async getEntryInfo(params) {
      const info = await type.getEntryInfo(params);
      const path = relative(process.cwd(), fileURLToPath(params.fileUrl)).split('\\').join('/');
      const dates = writtenDates(info.rawData ?? '', info.data, path);
      return { ...info, data: { ...info.data, ...dates } };
    },
  };
}

const articleLoader = (base: string): Loader => {
  // The raw Markdown is not kept beside the rendered page and its text (`bodyText`): the build
  // loads the whole data store as one module, and a third copy of every body costs seconds.
  const inner = glob({ pattern: '**/*.md', base, retainBody: false });
  return {
    name: 'article-loader',
    load: (context) => {
      const { entryTypes } = context as LoaderContext & {
        entryTypes?: Map<string, ContentEntryType>;
      };
      if (!entryTypes) throw new Error('article-loader: Astro no longer hands loaders entryTypes');
      const wrapped = new Map(
        [...entryTypes].map(([ext, t]) => [ext, ext === '.md' ? withWrittenDates(t) : t]),
      );
      return inner.load({ ...context, entryTypes: wrapped } as LoaderContext);
    },
  };
};

export const collections = {
  articles: defineCollection({
    loader: articleLoader(`${contentDir}/articles`),
    schema: articleSchema(reference),
  }),
  institutions: defineCollection({ loader: dataFile('institutions'), schema: institutionSchema }),
  topics: defineCollection({ loader: dataFile('topics'), schema: topicSchema }),
  countries: defineCollection({ loader: dataFile('countries'), schema: countrySchema }),
  glossary: defineCollection({ loader: dataFile('glossary'), schema: glossarySchema }),
};
