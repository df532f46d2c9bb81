import { slug as githubSlug } from 'github-slugger';
import { Document, isSeq } from 'yaml';
import { bodyMarkdown } from './clean.ts';
import type { Analysis } from './types.ts';

/** What a draft says where a person must still write: the schema refuses any field starting so. */
export const TODO = {
  title: 'TODO: tulis judul (judul sumber, atau judul redaksi dengan editorialTitle: true)',
  titleEn: 'TODO: write the headline in English (our translation of the headline)',
  summary:
    'TODO: tulis ringkasan dalam bahasa Indonesia (satu atau dua kalimat, maks. 400 karakter)',
  summaryEn: 'TODO: write the summary in English (one or two sentences, at most 400 characters)',
  institution: 'TODO: pilih slug dari content/institutions.yaml',
  date: 'TODO: tanggal sumber sebagai YYYY-MM-DD',
  dateKind: 'TODO: terbit atau acara',
  note: 'TODO: periksa tanggal',
} as const;

// Little words dropped from file names so they stay short: "kerja sama dengan …" → "kerja-sama-…".
const STOPWORDS = new Set('dan di ke dari yang dengan untuk pada the of'.split(' '));

/** A short ASCII slug for a file name, from a headline: at most `max` characters, whole words. */
export function articleSlug(headline: string, max = 60): string {
  const words = headline
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[\s–—/]+/)
    .filter((word) => !STOPWORDS.has(word.toLowerCase()))
    .map((word) =>
      githubSlug(word)
        .replace(/[^a-z0-9-]/g, '')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((word) => word !== '');
  let out = '';
  for (const word of words) {
    const next = out ? `${out}-${word}` : word;
    if (next.length > max) break;
    out = next;
  }
  return out || 'artikel';
}

// The words the file name is made from: the headline, the title it first ran under, or the lead.
function nameSource(a: Analysis): string {
  return a.title ?? a.originalTitle ?? a.paragraphs[0]!.split(/\s+/).slice(0, 10).join(' ');
}

/** The draft's file name, `YYYY-MM-DD-slug.md`. */
export function draftFileName(a: Analysis): string {
  return `${a.date.start}-${articleSlug(nameSource(a))}.md`;
}

function sourceNote(a: Analysis): string {
  const { date } = a;
  if (date.certainty !== 'pasti') return `${TODO.note} — ${date.reason}.`;
  if (date.kind === 'terbit') return `${date.reason[0]!.toUpperCase()}${date.reason.slice(1)}.`;
  return `Teks sumber tidak mencantumkan tanggal terbit; tanggal di sini dari ${date.reason}.`;
}

/** The frontmatter of a draft, in the order the archive's articles use. */
export function draftData(a: Analysis): Record<string, unknown> {
  const source: Record<string, unknown> = {
    publisher: a.publisher,
    originalTitle: a.originalTitle,
    republishedFrom: a.republishedFrom,
    credits: a.credits,
    copyright: a.copyright,
    note: sourceNote(a),
  };
  return {
    title: a.title ?? TODO.title,
    titleEn: TODO.titleEn,
    editorialTitle: a.title ? undefined : true,
    date: a.date.start,
    dateEnd: a.date.end,
    dateKind: a.date.kind,
    institution: a.institution?.id ?? TODO.institution,
    partnerCountries: a.countries.map((s) => s.id),
    partnerInstitutions: a.partnerInstitutions.map((s) => s.id),
    topics: a.topics.map((s) => s.id),
    people: a.people,
    summary: TODO.summary,
    summaryEn: TODO.summaryEn,
    photoCaption: a.caption ? { text: a.caption.text, credit: a.caption.credit } : undefined,
    source,
  };
}

/** Markdown with YAML frontmatter; lists of slugs on one line, as the archive writes them. */
export function toMarkdown(data: Record<string, unknown>, body: string, comment?: string): string {
  const doc = new Document(data);
  if (comment) doc.commentBefore = comment;
  for (const key of ['partnerCountries', 'partnerInstitutions', 'topics']) {
    const node = doc.get(key, true);
    if (isSeq(node)) node.flow = true;
  }
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return `---\n${yaml}---\n\n${body}`;
}

/** The draft article for an analysed text: frontmatter with suggestions and TODOs, then the body. */
export function renderDraft(a: Analysis): string {
  return toMarkdown(draftData(a), bodyMarkdown(a.paragraphs));
}

/** An empty article for `npm run new`: every field a person must write says TODO. */
export function scaffoldArticle(title: string): string {
  return toMarkdown(
    {
      title: title.trim() || TODO.title,
      titleEn: TODO.titleEn,
      date: TODO.date,
      dateKind: TODO.dateKind,
      institution: TODO.institution,
      partnerCountries: [],
      topics: [],
      people: [],
      summary: TODO.summary,
      summaryEn: TODO.summaryEn,
      source: {
        credits: [],
        note: 'TODO: dari mana teks ini (penerbit, kredit) — atau hapus baris ini',
      },
    },
    '',
    ' Tempel teks artikel di bawah "---": satu paragraf per baris, baris kosong di antaranya.',
  );
}
