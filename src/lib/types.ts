/** An institution: an Indonesian ministry or agency, or a partner. */
export interface Institution {
  id: string;
  name: string;
  acronym?: string | undefined;
  fullName: string;
  country?: string | undefined;
  kind: string;
  aliases?: string[] | undefined;
}

/** A topic in the controlled vocabulary. */
export interface Topic {
  id: string;
  name: string;
  nameEn: string;
  description?: string | undefined;
}

/** A partner country. */
export interface Country {
  id: string;
  name: string;
  nameEn: string;
  aliases?: string[] | undefined;
}

/** A glossary entry: an acronym and what it stands for. */
export interface GlossaryEntry {
  id: string;
  term: string;
  expansion: string;
  lang: 'id' | 'en';
  description: string;
  aliases?: string[] | undefined;
}

/** A person named in an article, with the title the article gives them. */
export interface Person {
  name: string;
  role?: string | undefined;
}

/** Where an article comes from: only what the source text itself says. */
export interface Source {
  publisher?: string | undefined;
  url?: string | undefined;
  retrieved?: string | undefined;
  originalTitle?: string | undefined;
  republishedFrom?: string | undefined;
  credits: { role: string; name: string }[];
  copyright?: string | undefined;
  note?: string | undefined;
}

/** Whether the article's date is its publication date or the date of the event it reports. */
export type DateKind = 'terbit' | 'acara';

/** An article's frontmatter as validated by the schema; references are still bare ids. */
export interface ArticleData {
  title: string;
  titleEn: string;
  editorialTitle: boolean;
  date: string;
  dateEnd?: string | undefined;
  dateKind: DateKind;
  institution: string;
  partnerCountries: string[];
  partnerInstitutions: string[];
  topics: string[];
  people: Person[];
  summary: string;
  summaryEn: string;
  photoCaption?: { text: string; credit?: string | undefined } | undefined;
  source: Source;
}

/** An article with its references resolved: what pages and the search index use. */
export interface Article extends Omit<
  ArticleData,
  'institution' | 'partnerCountries' | 'partnerInstitutions' | 'topics'
> {
  slug: string;
  filePath: string;
  year: number;
  /** The body as written: Markdown, the source's own words. */
  body: string;
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
