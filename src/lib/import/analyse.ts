import { cleanText, splitArticle } from './clean.ts';
import { findAgency } from './credits.ts';
import { findDates, parsePublicationStamp, resolveYear, weekdayOf } from './dates.ts';
import { ImportError } from './errors.ts';
import { findPeople } from './people.ts';
import {
  mainInstitution,
  suggestCountries,
  suggestInstitutions,
  suggestTopics,
  withPartnerCountries,
} from './suggestions.ts';
import type { Analysis, ArchiveData, FoundDate } from './types.ts';

const within = (date: FoundDate, span: FoundDate) =>
  date.start >= span.start && (date.end ?? date.start) <= (span.end ?? span.start);

// News convention: "Senin (29/7/2019)" is the day of what is reported; a range is an event's span;
// a bare date in running text may be any date. A day inside a range gives way to the range.
const PRIORITY = { weekday: 0, range: 1, day: 2, stamp: 3 };

function chooseDate(found: FoundDate[]): { date: FoundDate; others: FoundDate[] } | null {
  if (found.length === 0) return null;
  const ordered = [...found].sort((a, b) => PRIORITY[a.form] - PRIORITY[b.form]);
  let date = ordered[0]!;
  const span = found.find((d) => d.end && within(date, d));
  if (span && !date.end) date = span;
  const others = found.filter((d) => d !== date);
  if (others.some((d) => !within(d, date) && !within(date, d))) {
    date = {
      ...date,
      certainty: 'ragu',
      reason: `${date.reason}; teks juga menyebut tanggal lain`,
    };
  }
  return { date, others };
}

/** Reads a copied news text: its headline, paragraphs, date, credits, provenance and suggestions. */
export function analyseText(raw: string, data: ArchiveData): Analysis {
  const cleaned = cleanText(raw);
  const { title, paragraphs, initials } = splitArticle(cleaned.lines);
  if (paragraphs.length === 0) throw new ImportError('tidak ada teks artikel setelah dibersihkan');
  const fullText = [title ?? '', ...paragraphs].join('\n');

  const scans = paragraphs.map(findDates);
  const inText = scans.flatMap((s) => s.found);
  for (const yearless of scans.flatMap((s) => s.yearless)) {
    const resolved = resolveYear(yearless, cleaned.photoFiles, fullText);
    if (!resolved) {
      throw new ImportError(
        `tanggal tanpa tahun "${yearless.evidence}" dan tahunnya tidak ditemukan di teks — ` +
          'tambahkan tahun di teks sumber, mis. "Senin (27/11/2017)"',
      );
    }
    inText.push(resolved);
  }
  const stamp = cleaned.stamps.map(parsePublicationStamp).find((d) => d !== null);
  const chosen = stamp ? { date: stamp, others: inText } : chooseDate(inText);
  if (!chosen) {
    throw new ImportError(
      'tidak ada tanggal yang dikenali — diharapkan mis. "30 Aug 2021 - 04:35", ' +
        '"Senin (29/7/2019)" atau "3-5 Agustus 2022" di teks',
    );
  }
  const { date, others } = chosen;
  const weekdays = scans.flatMap((s) => s.weekdays);
  if (date.end && weekdays.length > 0) {
    const day = weekdays[0]!;
    const match = [date.start, date.end].find((iso) => weekdayOf(iso) === day);
    date.reason += match
      ? `; "${day}" di teks jatuh pada ${match}`
      : `; "${day}" di teks tidak jatuh pada hari pertama atau terakhir rentang`;
  }

  const republished = cleaned.republication;
  const credits = [...cleaned.credits, ...(initials ? [initials] : [])];
  const institutions = suggestInstitutions(
    [fullText, ...credits.map((c) => c.name)].join('\n'),
    data,
  );
  const institution = mainInstitution(institutions, data);
  const partners = institutions.filter((s) => s !== institution);
  const analysis: Analysis = {
    title,
    paragraphs,
    date,
    otherDates: others,
    ignoredDates: scans.flatMap((s) => s.quoted),
    caption: cleaned.caption,
    credits,
    publisher: cleaned.copyright?.holder ?? findAgency(fullText) ?? undefined,
    republishedFrom: republished?.republishedFrom,
    originalTitle: republished?.originalTitle,
    copyright: cleaned.copyright?.copyright,
    institution,
    partnerInstitutions: partners,
    topics: suggestTopics(fullText, data),
    countries: withPartnerCountries(suggestCountries(fullText, data), partners, data),
    people: findPeople(paragraphs, data),
    removed: [
      ...cleaned.removed,
      ...cleaned.stamps.map((line) => ({ line, reason: 'tanggal terbit laman (→ date)' })),
      ...cleaned.photoFiles.map((line) => ({ line, reason: 'nama berkas foto' })),
    ],
    undecided: [],
  };
  analysis.undecided = undecided(analysis);
  return analysis;
}

function undecided(a: Analysis): string[] {
  const todo = [
    'summary: tulis ringkasan dalam bahasa Indonesia',
    'summaryEn: tulis ringkasan dalam bahasa Inggris',
  ];
  if (!a.title) {
    todo.unshift(
      `title: sumber tidak memuat judul — tulis judul redaksi${a.originalTitle ? ` (judul asli: "${a.originalTitle}")` : ''}`,
    );
  }
  if (a.date.certainty !== 'pasti') {
    todo.push(
      `date: periksa tanggal (${a.date.certainty}) — ${a.date.reason}; lalu tulis source.note`,
    );
  }
  if (a.caption?.guessed) todo.push(`photoCaption: periksa keterangan foto "${a.caption.text}"`);
  if (!a.institution) todo.push('institution: pilih slug dari content/institutions.yaml');
  if (a.countries.length === 0)
    todo.push('partnerCountries: isi negara mitra (content/countries.yaml)');
  if (a.topics.length === 0) todo.push('topics: isi topik (content/topics.yaml)');
  return todo;
}
