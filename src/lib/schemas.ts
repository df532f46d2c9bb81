// The single definition of every kind of content: an article's frontmatter and each data file's
// entries. Pure (no astro:content), so tests and the command-line scripts use the same rules;
// src/content.config.ts wires them into Astro's collections.
import { z } from 'astro/zod';
import { parseIsoDate, toIsoDateString } from './dates.ts';

// Drafts from `npm run import` / `npm run new` say "TODO" where a person must still write.
const isTodo = (value: string) => value.trim().startsWith('TODO');
const filled = (what: string, fill: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `${what} tidak ada — ${fill}` : `${what}: harus berupa teks`,
    })
    .refine((value) => !isTodo(value), { error: `${what} masih berisi TODO — ${fill}` });

// A calendar date written YYYY-MM-DD (YAML may hand it over as a Date at UTC midnight).
const isoDate = z.preprocess(
  toIsoDateString,
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'tanggal tidak ada — tulis tanggal dari sumber sebagai YYYY-MM-DD, misalnya 2021-08-30'
          : `"${String(issue.input)}" bukan tanggal — tulis sebagai YYYY-MM-DD, misalnya 2021-08-30`,
    })
    .refine((value) => !isTodo(value), {
      error: 'tanggal masih berisi TODO — tulis tanggal dari sumber sebagai YYYY-MM-DD',
      abort: true,
    })
    .refine((value) => parseIsoDate(value) !== null, {
      error: (issue) =>
        `"${String(issue.input)}" bukan tanggal yang ada — tulis tanggal yang benar sebagai YYYY-MM-DD`,
    }),
);

const text = (what: string, max: number, fill = `tulis ${what}`) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `${what} tidak ada — ${fill}`
          : `${what}: harus berupa teks — ${fill}`,
    })
    .trim()
    .min(1, { error: `${what} kosong — ${fill}` })
    .max(max, {
      error: (issue) => {
        const value = String(issue.input);
        return `${what} "${value.slice(0, 40)}…" panjangnya ${value.length} karakter — paling banyak ${max}; persingkat`;
      },
    })
    .refine((value) => !isTodo(value), { error: `${what} masih berisi TODO — ${fill}` });

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
        'judul',
        200,
        'tulis judul dari sumber, atau judul redaksi dengan editorialTitle: true',
      ),
      /** The headline in English: always ours, a translation (or our own headline where the source has none). */
      titleEn: text('judul Inggris', 200, 'tulis judul dalam bahasa Inggris (terjemahan kita)'),
      /** True when the source has no headline and the title is ours. */
      editorialTitle: z.boolean().default(false),
      date: isoDate,
      /** Last day of an event spanning several days. */
      dateEnd: isoDate.optional(),
      /** `terbit`: the publication date; `acara`: the source gives only the event's date. */
      dateKind: z.enum(['terbit', 'acara'], {
        error: (issue) =>
          `${issue.input === undefined ? 'tidak ada' : `"${String(issue.input)}" tidak dikenal`} — tulis terbit (tanggal terbit) atau acara (tanggal acara)`,
      }),
      institution: filled('instansi', 'tulis slug-nya dari content/institutions.yaml').pipe(
        ref('institutions'),
      ),
      partnerCountries: z.array(ref('countries')).min(1, {
        error: 'daftar kosong — tulis paling sedikit satu negara mitra dari content/countries.yaml',
      }),
      partnerInstitutions: z.array(ref('institutions')).default([]),
      topics: z.array(ref('topics')).min(1, {
        error: 'daftar kosong — tulis paling sedikit satu topik dari content/topics.yaml',
      }),
      people: z
        .array(
          z
            .object({
              name: text('nama', 120),
              role: filled('jabatan', 'tulis jabatannya seperti dalam teks').optional(),
            })
            .strict(),
        )
        .default([]),
      summary: text('ringkasan', 400, 'tulis ringkasan dalam bahasa Indonesia'),
      summaryEn: text('ringkasan Inggris', 400, 'tulis ringkasan dalam bahasa Inggris'),
      photoCaption: z
        .object({
          text: text('keterangan foto', 400, 'tulis keterangan fotonya atau hapus photoCaption'),
          credit: filled('kredit foto', 'tulis atau hapus kolom ini').optional(),
        })
        .strict()
        .optional(),
      source: z
        .object({
          publisher: filled('penerbit', 'tulis atau hapus kolom ini').optional(),
          /** The original page's address, where it is known. */
          url: z
            .url({
              protocol: /^https?$/,
              error: (issue) =>
                `"${String(issue.input)}" bukan alamat web — tulis alamat lengkap yang diawali http:// atau https://`,
            })
            .optional(),
          /** The day the original page was read, where it is known. */
          retrieved: isoDate.optional(),
          originalTitle: filled('judul asli', 'tulis atau hapus kolom ini').optional(),
          republishedFrom: filled('republishedFrom', 'tulis atau hapus kolom ini').optional(),
          credits: z
            .array(
              z
                .object({
                  role: filled('peran', 'tulis perannya (penulis, pewarta, editor, …)'),
                  name: filled('nama', 'tulis namanya'),
                })
                .strict(),
            )
            .default([]),
          copyright: filled('hak cipta', 'tulis atau hapus kolom ini').optional(),
          note: filled(
            'catatan sumber',
            'tulis catatannya (dari mana tanggalnya) atau hapus kolom ini',
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
    order: z.number({ error: 'harus berupa bilangan bulat' }).int().optional(),
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
    .string({
      error: "harus berupa tanggal dalam tanda kutip: 'YYYY', 'YYYY-MM' atau 'YYYY-MM-DD'",
    })
    .refine(isPartialDate, {
      error: (issue) =>
        `"${String(issue.input)}" bukan tanggal — tulis 'YYYY', 'YYYY-MM' atau 'YYYY-MM-DD'`,
    }),
);

/** A milestone of content/timeline.yaml. */
export const timelineEntrySchema = z
  .object({
    date: partialDate,
    dateEnd: z
      .string()
      .refine((v) => parseIsoDate(v) !== null, {
        error: 'tulis hari terakhirnya sebagai YYYY-MM-DD',
      })
      .optional(),
    title: z.string().trim().min(1, { error: 'judul kosong — tulis judulnya' }),
    /** The title in English (ours, like the Indonesian one). */
    titleEn: translation,
    quote: z
      .string()
      .trim()
      .min(1, { error: 'kutipan kosong — salin kata-kata artikelnya persis' }),
    articles: z
      .array(z.string())
      .min(1, { error: 'daftar kosong — tulis paling sedikit satu slug artikel' }),
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
