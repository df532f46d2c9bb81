import { EARLIEST_DATE, todayIso } from '../dates.ts';
import { cleanText, splitClosingCredit } from './clean.ts';
import { findAgency } from './credits.ts';
import { findDates, fittingYears, resolveYear, weekdayOf, type YearlessDate } from './dates.ts';
import { ImportError } from './errors.ts';
import { findPeople } from './people.ts';
import { siteNameTest } from './site-name.ts';
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
const PRIORITY = { weekday: 0, range: 1, day: 2, stamp: 3, given: 4 };

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

/** What the archivist settled on the command line. */
export interface ImportOptions {
  /** `--tanggal YYYY-MM-DD` with `--jenis terbit|acara`: the date, whatever the text says. */
  date?: { iso: string; kind: 'terbit' | 'acara' } | undefined;
  url?: string | undefined;
  retrieved?: string | undefined;
  /** Today in Jakarta, YYYY-MM-DD (for the future-date check). */
  today?: string | undefined;
}

const FIX_DATE = 'atau beri tanggalnya: --tanggal YYYY-MM-DD (dan --jenis terbit atau acara)';

function ambiguous(date: YearlessDate, text: string, lastYear: number): string {
  const years = fittingYears(date, text, lastYear);
  const fit = date.weekday
    ? `${date.day}/${date.month} jatuh pada hari ${date.weekday} pada tahun ${years.join(', ') || '(tidak ada)'}`
    : 'teks tidak menyebut tahun yang pasti';
  const example = `${date.weekday ? `${date.weekday} ` : ''}(${date.day}/${date.month}/${years.at(-1) ?? 'YYYY'})`;
  return (
    `tanggal tanpa tahun "${date.evidence}" ambigu: ${fit} — tulis tahunnya di teks sumber, ` +
    `mis. "${example}", ${FIX_DATE}`
  );
}

/** Reads a copied news text: its headline, paragraphs, date, credits, provenance and suggestions. */
export function analyseText(raw: string, data: ArchiveData, options: ImportOptions = {}): Analysis {
  const today = options.today ?? todayIso();
  const reasons: string[] = [];
  const cleaned = cleanText(raw, siteNameTest(data));
  const { paragraphs, initials } = splitClosingCredit(cleaned.lines);
  if (paragraphs.length === 0) {
    reasons.push(
      'tidak ada teks artikel setelah dibersihkan — salin juga isi beritanya, bukan hanya judul dan menu laman',
    );
  }
  const title = cleaned.headline.title;
  const fullText = [title ?? '', ...paragraphs].join('\n');

  // The page's own stamp: the first under its headline (a ticker above it has dates of its own).
  const below = cleaned.stamps.filter((s) => s.line > (cleaned.headline.index ?? -1));
  const published =
    below.find((s) => !s.updated) ?? cleaned.stamps.find((s) => !s.updated) ?? cleaned.stamps[0];
  const scans = paragraphs.map(findDates);
  const inText = scans.flatMap((s) => s.found);
  const unsettled = new Set<string>();
  for (const yearless of scans.flatMap((s) => s.yearless)) {
    const resolved = resolveYear(yearless, cleaned.photoFiles, fullText, published?.date.start);
    if (resolved) inText.push(resolved);
    else if (!published && !options.date && !unsettled.has(yearless.evidence)) {
      unsettled.add(yearless.evidence);
      reasons.push(ambiguous(yearless, fullText, Number(today.slice(0, 4))));
    }
  }
  const given: FoundDate | undefined = options.date && {
    start: options.date.iso,
    kind: options.date.kind,
    form: 'given',
    certainty: 'pasti',
    evidence: `--tanggal ${options.date.iso}`,
    reason: `tanggal ${options.date.kind} diberikan arsiparis (--tanggal ${options.date.iso})`,
  };
  const chosen = given
    ? { date: given, others: [...(published ? [published.date] : []), ...inText] }
    : published
      ? { date: published.date, others: inText }
      : chooseDate(inText);
  if (!chosen && reasons.every((r) => !r.startsWith('tanggal tanpa tahun'))) {
    reasons.push(
      'tidak ada tanggal yang dikenali — diharapkan mis. "30 Aug 2021 - 04:35", ' +
        `"Senin (29/7/2019)" atau "3-5 Agustus 2022" di teks, ${FIX_DATE}`,
    );
  }
  if (chosen && chosen.date.start < EARLIEST_DATE) {
    reasons.push(
      `tanggal ${chosen.date.start} ("${chosen.date.evidence}") sebelum 1945 — kemungkinan salah ketik; ` +
        `perbaiki di teks sumber, ${FIX_DATE}`,
    );
  } else if (chosen && chosen.date.start > today) {
    reasons.push(
      `tanggal ${chosen.date.start} ("${chosen.date.evidence}") setelah hari ini (${today}, WIB) — ` +
        `periksa teks sumber, ${FIX_DATE}`,
    );
  }
  if (reasons.length > 0 || !chosen) throw new ImportError(reasons, paragraphs);
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
  const named = [fullText, ...credits.map((c) => c.name)].join('\n');
  const main = mainInstitution(named, data);
  const partners = suggestInstitutions(named, data).filter((s) => s.id !== main.suggestion?.id);
  const analysis: Analysis = {
    title,
    titleDoubt: cleaned.headline.doubt,
    paragraphs,
    date,
    otherDates: others,
    ignoredDates: scans.flatMap((s) => s.quoted),
    caption: cleaned.caption,
    credits,
    publisher: cleaned.copyright?.holder ?? findAgency(fullText) ?? cleaned.site,
    republishedFrom: republished?.republishedFrom,
    originalTitle: republished?.originalTitle,
    copyright: cleaned.copyright?.copyright,
    institution: main.suggestion,
    institutionSure: main.sure,
    url: options.url,
    retrieved: options.retrieved,
    partnerInstitutions: partners,
    topics: suggestTopics(fullText, data),
    countries: withPartnerCountries(suggestCountries(fullText, data), partners, data),
    people: findPeople(paragraphs, data),
    removed: [
      ...cleaned.removed,
      ...cleaned.stamps.map((s) => ({ line: s.date.evidence, reason: 'tanggal laman (→ date)' })),
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
    'titleEn: tulis judul dalam bahasa Inggris',
  ];
  if (a.titleDoubt) todo.unshift(`title: periksa judul — ${a.titleDoubt}`);
  else if (!a.title) {
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
  else if (!a.institutionSure) {
    todo.push(
      `institution: periksa saran "${a.institution.id}" (disebut ${a.institution.count} kali) — tulis slug dari content/institutions.yaml`,
    );
  }
  if (a.countries.length === 0)
    todo.push('partnerCountries: isi negara mitra (content/countries.yaml)');
  if (a.topics.length === 0) todo.push('topics: isi topik (content/topics.yaml)');
  return todo;
}
