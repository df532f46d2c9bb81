// The single definition of every kind of content: an article's frontmatter and each data file's
// entries. Pure (no astro:content), so tests and the command-line scripts use the same rules;
// src/content.config.ts wires them into Astro's collections.
import { z } from 'astro/zod';
import { parseIsoDate, toIsoDateString } from './dates.ts';

// Drafts from `npm run import` / `npm run new` say "TODO" where a person must still write.
const isTodo = (value: string) => value.trim().startsWith('TODO');
const filled = (what: string, fill: string) =>
  z
    .string({ error: `expected ${what} as text` })
    .refine((value) => !isTodo(value), { error: `${what} still says TODO — ${fill}` });

// A calendar date written YYYY-MM-DD (YAML may hand it over as a Date at UTC midnight).
const isoDate = z.preprocess(
  toIsoDateString,
  z
    .string({ error: 'expected a date as YYYY-MM-DD' })
    .refine((value) => !isTodo(value), {
      error: 'the date still says TODO — write the date the source gives, as YYYY-MM-DD',
      abort: true,
    })
    .refine((value) => parseIsoDate(value) !== null, {
      error: (issue) =>
        `"${String(issue.input)}" is not a date — expected a real date as YYYY-MM-DD`,
    }),
);

const text = (what: string, max: number, fill = `write ${what}`) =>
  z
    .string({ error: `expected ${what} as text` })
    .trim()
    .min(1, { error: `${what} is empty — expected text` })
    .max(max, {
      error: (issue) => {
        const value = String(issue.input);
        return `${what} "${value.slice(0, 40)}…" is ${value.length} characters long — expected at most ${max}`;
      },
    })
    .refine((value) => !isTodo(value), { error: `${what} still says TODO — ${fill}` });

/** The data collections an article refers to by id. */
export type ReferencedCollection = 'institutions' | 'topics' | 'countries';

/**
 * An article's frontmatter. `ref` checks a reference to a data collection: Astro's
 * `reference()` in the content layer, a plain id (`idReference`) everywhere else.
 */
export function articleSchema<R extends z.ZodType<unknown, string>>(
  ref: (collection: ReferencedCollection) => R,
) {
  return z
    .object({
      title: text(
        'the headline',
        200,
        "write the source's headline, or ours with editorialTitle: true",
      ),
      /** The headline in English: always ours, a translation (or our own headline where the source has none). */
      titleEn: text('the English headline', 200, 'write the headline in English (our translation)'),
      /** True when the source has no headline and the title is ours. */
      editorialTitle: z.boolean().default(false),
      date: isoDate,
      /** Last day of an event spanning several days. */
      dateEnd: isoDate.optional(),
      /** `terbit`: the publication date; `acara`: the source gives only the event's date. */
      dateKind: z.enum(['terbit', 'acara'], { error: 'expected "terbit" or "acara"' }),
      institution: filled('the institution', 'choose a slug from content/institutions.yaml').pipe(
        ref('institutions'),
      ),
      partnerCountries: z.array(ref('countries')).min(1, {
        error: 'expected at least one partner country',
      }),
      partnerInstitutions: z.array(ref('institutions')).default([]),
      topics: z.array(ref('topics')).min(1, { error: 'expected at least one topic' }),
      people: z
        .array(
          z
            .object({
              name: text('a name', 120),
              role: filled('the role', "write the person's title as the text gives it").optional(),
            })
            .strict(),
        )
        .default([]),
      summary: text('the summary', 400, 'write the summary in Indonesian'),
      summaryEn: text('the English summary', 400, 'write the summary in English'),
      photoCaption: z
        .object({
          text: text('the caption', 400, 'write the photo caption or remove photoCaption'),
          credit: filled('the photo credit', 'write it or remove it').optional(),
        })
        .strict()
        .optional(),
      source: z
        .object({
          publisher: filled('the publisher', 'write it or remove it').optional(),
          /** The original page's address, where it is known. */
          url: z
            .url({
              protocol: /^https?$/,
              error: (issue) =>
                `"${String(issue.input)}" is not a web address — expected an http:// or https:// URL`,
            })
            .optional(),
          /** The day the original page was read, where it is known. */
          retrieved: isoDate.optional(),
          originalTitle: filled('the original title', 'write it or remove it').optional(),
          republishedFrom: filled('republishedFrom', 'write it or remove it').optional(),
          credits: z
            .array(
              z
                .object({
                  role: filled('the credit role', 'write it'),
                  name: filled('the credited name', 'write it'),
                })
                .strict(),
            )
            .default([]),
          copyright: filled('the copyright line', 'write it or remove it').optional(),
          note: filled(
            'the source note',
            'write the note (where the date comes from) or remove it',
          ).optional(),
        })
        .strict(),
    })
    .strict();
}

/** A reference checked outside the content layer: the id as written (src/lib/archive.ts resolves it). */
export const idReference = () => z.string();

/** An article's frontmatter with its references as bare ids. */
export const articleDataSchema = articleSchema(idReference);

// A translation beside a field, in the language its suffix names: ours, optional.
const translation = z.string().trim().min(1).optional();

/** An institution of content/institutions.yaml: an Indonesian body or a partner. */
export const institutionSchema = z
  .object({
    name: z.string(),
    /** The name in English, where `name` is not already English. */
    nameEn: translation,
    /** The name in Korean (Hangul), for Korean institutions. */
    nameKo: translation,
    acronym: z.string().optional(),
    fullName: z.string(),
    fullNameEn: translation,
    country: z.string().optional(),
    kind: z.enum([
      'kementerian',
      'komisi',
      'badan',
      'lembaga',
      'organisasi',
      'universitas',
      'perwakilan',
    ]),
    aliases: z.array(z.string()).optional(),
  })
  .strict();

/** A topic of content/topics.yaml. */
export const topicSchema = z
  .object({
    name: z.string(),
    nameEn: z.string(),
    description: z.string().optional(),
    descriptionEn: translation,
  })
  .strict();

/** A partner country of content/countries.yaml. */
export const countrySchema = z
  .object({
    name: z.string(),
    nameEn: z.string(),
    aliases: z.array(z.string()).optional(),
    /** Where the country stands in an article's partner countries: lower first; none: after, as written. */
    order: z.number({ error: 'expected a whole number' }).int().optional(),
  })
  .strict();

/** An acronym of content/glossary.yaml. */
export const glossarySchema = z.object({
  term: z.string(),
  expansion: z.string(),
  /** The language of the expansion. */
  lang: z.enum(['id', 'en']),
  /** The expansion in English, where it is Indonesian. */
  expansionEn: translation,
  description: z.string(),
  descriptionEn: translation,
  aliases: z.array(z.string()).optional(),
});

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether a date written YYYY, YYYY-MM or YYYY-MM-DD is a real year, month or day. */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  if (match[3]) return parseIsoDate(value) !== null;
  return !match[2] || (Number(match[2]) >= 1 && Number(match[2]) <= 12);
}

const partialDate = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z
    .string({ error: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD in quotes' })
    .refine(isPartialDate, {
      error: (issue) =>
        `"${String(issue.input)}" is not a date — expected YYYY, YYYY-MM or YYYY-MM-DD`,
    }),
);

/** A milestone of content/timeline.yaml. */
export const timelineEntrySchema = z
  .object({
    date: partialDate,
    dateEnd: z
      .string()
      .refine((v) => parseIsoDate(v) !== null, { error: 'expected the last day as YYYY-MM-DD' })
      .optional(),
    title: z.string().trim().min(1, { error: 'the title is empty — expected text' }),
    /** The title in English (ours, like the Indonesian one). */
    titleEn: translation,
    quote: z.string().trim().min(1, { error: 'the quote is empty — expected the article’s words' }),
    articles: z.array(z.string()).min(1, { error: 'expected at least one article slug' }),
    planned: z.boolean().default(false),
  })
  .strict();

// A phrase of the thesaurus: words a reader would type, in one language.
const thesaurusPhrases = (language: string, example: string) =>
  z
    .array(
      z
        .string({ error: `diharapkan frasa bahasa ${language} sebagai teks` })
        .trim()
        .min(1, { error: `frasa kosong — tulis frasa bahasa ${language}` }),
      { error: `diharapkan daftar frasa bahasa ${language}, misalnya [${example}]` },
    )
    .min(1, { error: `daftar kosong — tulis sedikitnya satu frasa bahasa ${language}` });

/**
 * An entry of content/thesaurus.yaml: English phrases and the Indonesian phrases that mean the
 * same, so that a search in either language finds the articles written in the other.
 */
export const thesaurusEntrySchema = z
  .object({
    en: thesaurusPhrases('Inggris', 'merit system'),
    id: thesaurusPhrases('Indonesia', 'sistem merit'),
  })
  .strict();
