import { Document, isSeq } from 'yaml';
import { bodyMarkdown } from './markdown.ts';
import { articleSlug } from './names.ts';
import type { Analysis } from './types.ts';

export { articleSlug } from './names.ts';

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

// The words the file name is made from: the headline, the title it first ran under, or the lead;
// a neutral word when the importer is unsure which line is the headline.
function nameSource(a: Analysis): string {
  if (a.titleDoubt) return 'artikel';
  return a.title ?? a.originalTitle ?? a.paragraphs[0]!.split(/\s+/).slice(0, 10).join(' ');
}

/** The slug of the draft's file name (before the date and any "-2"). */
export function draftSlug(a: Analysis): string {
  return articleSlug(nameSource(a));
}

/** The draft's file name, `YYYY-MM-DD-slug.md`. */
export function draftFileName(a: Analysis): string {
  return `${a.date.start}-${draftSlug(a)}.md`;
}

function sourceNote(a: Analysis): string {
  const { date } = a;
  if (date.certainty !== 'pasti') return `${TODO.note} — ${date.reason}.`;
  if (date.kind === 'terbit' || date.form === 'given')
    return `${date.reason[0]!.toUpperCase()}${date.reason.slice(1)}.`;
  return `Teks sumber tidak mencantumkan tanggal terbit; tanggal di sini dari ${date.reason}.`;
}

// A suggestion the importer is unsure of stays a TODO that names it: the build refuses it until
// a person has looked.
function institutionField(a: Analysis): string {
  if (!a.institution) return TODO.institution;
  if (a.institutionSure) return a.institution.id;
  return `TODO: periksa saran "${a.institution.id}" (disebut ${a.institution.count} kali) — tulis slug dari content/institutions.yaml`;
}

/** The frontmatter of a draft, in the order the archive's articles use. */
export function draftData(a: Analysis): Record<string, unknown> {
  const source: Record<string, unknown> = {
    publisher: a.publisher,
    url: a.url,
    retrieved: a.retrieved,
    originalTitle: a.originalTitle,
    republishedFrom: a.republishedFrom,
    credits: a.credits,
    copyright: a.copyright,
    note: sourceNote(a),
  };
  return {
    title: a.title ?? (a.titleDoubt ? `TODO: periksa judul — ${a.titleDoubt}` : TODO.title),
    titleEn: TODO.titleEn,
    editorialTitle: a.title || a.titleDoubt ? undefined : true,
    date: a.date.start,
    dateEnd: a.date.end,
    dateKind: a.date.kind,
    institution: institutionField(a),
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
  // YAML 1.1's quoting: a headline such as "2022-03-12", "yes", "~" or "12" stays text for any reader.
  const doc = new Document(data, { version: '1.1' });
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
