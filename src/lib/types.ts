// The content's types, derived from the schemas in ./schemas.ts (their single definition).
import type { z } from 'astro/zod';
import type {
  articleDataSchema,
  countrySchema,
  glossarySchema,
  institutionSchema,
  thesaurusEntrySchema,
  topicSchema,
} from './schemas.ts';

/** An institution: an Indonesian ministry or agency, or a partner. */
export type Institution = z.output<typeof institutionSchema> & { id: string };

/** A topic in the controlled vocabulary. */
export type Topic = z.output<typeof topicSchema> & { id: string };

/** A partner country. */
export type Country = z.output<typeof countrySchema> & { id: string };

/** A glossary entry: an acronym and what it stands for; `id` is its URL fragment. */
export type GlossaryEntry = z.output<typeof glossarySchema> & { id: string };

/** An entry of the bilingual thesaurus: English phrases and their Indonesian equivalents. */
export type ThesaurusEntry = z.output<typeof thesaurusEntrySchema>;

/** An article's frontmatter as validated by the schema; references are still bare ids. */
export type ArticleData = z.output<typeof articleDataSchema>;

/** A person named in an article, with the title the article gives them. */
export type Person = ArticleData['people'][number];

/** Where an article comes from: only what the source text itself says. */
export type Source = ArticleData['source'];

/** Whether the article's date is its publication date or the date of the event it reports. */
export type DateKind = ArticleData['dateKind'];

/** An article with its references resolved: what pages and the search index use. */
export interface Article extends Omit<
  ArticleData,
  'institution' | 'partnerCountries' | 'partnerInstitutions' | 'topics'
> {
  slug: string;
  filePath: string;
  year: number;
  /** The body's text as its page shows it, sanitised and without markup: for feeds and search. */
  bodyText: string;
  institution: Institution;
  partnerCountries: Country[];
  partnerInstitutions: Institution[];
  topics: Topic[];
}

/** The lookup tables the articles reference. */
export interface Taxonomies {
  institutions: Institution[];
  topics: Topic[];
  countries: Country[];
}
