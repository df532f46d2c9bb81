import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { parseIsoDate, toIsoDateString } from './lib/dates.ts';
import { glossaryId } from './lib/glossary.ts';
import { siteConfigFromEnv } from './lib/site-config.ts';

const { contentDir } = siteConfigFromEnv(process.env);

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

const articles = defineCollection({
  loader: glob({ pattern: '**/*.md', base: `${contentDir}/articles` }),
  schema: z
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
        reference('institutions'),
      ),
      partnerCountries: z.array(reference('countries')).min(1, {
        error: 'expected at least one partner country',
      }),
      partnerInstitutions: z.array(reference('institutions')).default([]),
      topics: z.array(reference('topics')).min(1, { error: 'expected at least one topic' }),
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
    .strict(),
});

const institutions = defineCollection({
  loader: file(`${contentDir}/institutions.yaml`),
  schema: z
    .object({
      name: z.string(),
      acronym: z.string().optional(),
      fullName: z.string(),
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
    .strict(),
});

const topics = defineCollection({
  loader: file(`${contentDir}/topics.yaml`),
  schema: z
    .object({ name: z.string(), nameEn: z.string(), description: z.string().optional() })
    .strict(),
});

const countries = defineCollection({
  loader: file(`${contentDir}/countries.yaml`),
  schema: z
    .object({ name: z.string(), nameEn: z.string(), aliases: z.array(z.string()).optional() })
    .strict(),
});

const glossary = defineCollection({
  loader: file(`${contentDir}/glossary.yaml`, {
    parser: (raw) =>
      (parseYaml(raw) as { term: string }[]).map((entry) => ({
        id: glossaryId(entry.term),
        ...entry,
      })),
  }),
  schema: z.object({
    term: z.string(),
    expansion: z.string(),
    lang: z.enum(['id', 'en']),
    description: z.string(),
    aliases: z.array(z.string()).optional(),
  }),
});

export const collections = { articles, institutions, topics, countries, glossary };
