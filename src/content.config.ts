// The content collections: Astro's loaders over the content folder, each with its schema
// from src/lib/schemas.ts and the YAML read by src/lib/data-files.ts.
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { dataFilePath, parseForLoader, type CollectionFile } from './lib/data-files.ts';
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

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.md', base: `${contentDir}/articles` }),
    schema: articleSchema(reference),
  }),
  institutions: defineCollection({ loader: dataFile('institutions'), schema: institutionSchema }),
  topics: defineCollection({ loader: dataFile('topics'), schema: topicSchema }),
  countries: defineCollection({ loader: dataFile('countries'), schema: countrySchema }),
  glossary: defineCollection({ loader: dataFile('glossary'), schema: glossarySchema }),
};
