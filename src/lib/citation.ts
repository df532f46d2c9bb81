// Citations of an archive page in APA 7 (Indonesian conventions), BibTeX and RIS.
// Only what the frontmatter states: no personal authors, no invented dates or URLs.
import { format } from 'date-fns/format';
import { id as localeId } from 'date-fns/locale/id';
import { ui } from '../i18n/id.ts';
import { formatDateRangeId, parseIsoDate } from './dates.ts';
import { paths } from './paths.ts';
import { categoriesOf, publicationDate, sourceTitle } from './provenance.ts';
import { absoluteUrl, type SiteLocation } from './site-url.ts';
import type { Article } from './types.ts';

/** The archive that holds the cited copy. */
export interface CitationSite extends SiteLocation {
  siteName: string;
}

/** A run of citation text; `italic` where APA sets it in italics. */
export interface Segment {
  text: string;
  italic?: boolean;
}

/** What every format shares: who, what, when, where, and notes on what the source lacks. */
export interface CitationFacts {
  key: string;
  /** The stated publisher as group author; undefined when the source names none. */
  author: string | undefined;
  /** The source's own title, or the editorial title in square brackets (APA for untitled works). */
  title: string;
  titleIsDescription: boolean;
  /** Publication date, only when the source gives it. */
  published: string | undefined;
  url: string;
  siteName: string;
  notes: string[];
}

/** Site-relative path of an article's downloadable RIS file. */
export function risPath(slug: string): string {
  return `${paths.article(slug)}kutipan.ris`;
}

/** Gathers the facts a citation of this article may state. */
export function citationFacts(article: Article, site: CitationSite): CitationFacts {
  const own = sourceTitle(article);
  const published = publicationDate(article);
  const notes: string[] = [];
  if (!published)
    notes.push(ui.citation.eventDate(formatDateRangeId(article.date, article.dateEnd)));
  if (!own) notes.push(ui.article.editorialTitle);
  if (article.source.republishedFrom)
    notes.push(ui.citation.firstPublished(article.source.republishedFrom));
  return {
    key: article.slug,
    author: article.source.publisher,
    title: own ?? `[${article.title}]`,
    titleIsDescription: own === undefined,
    published,
    url: absoluteUrl(site, paths.article(article.slug)),
    siteName: site.siteName,
    notes,
  };
}

const withPeriod = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

function apaDate(iso: string | undefined): string {
  const parts = iso ? parseIsoDate(iso) : null;
  if (!parts) return ui.citation.noDate;
  const day = format(new Date(parts.year, parts.month - 1, parts.day), 'd MMMM', {
    locale: localeId,
  });
  return `${parts.year}, ${day}`;
}

/**
 * APA 7 reference for a web page: Author. (Date). *Title*. Site. URL. Without an author the
 * title moves first; a bracketed description is not italic; no date is "t.t.".
 */
export function apaCitation(facts: CitationFacts): Segment[] {
  const title: Segment = { text: withPeriod(facts.title), italic: !facts.titleIsDescription };
  const date: Segment = { text: `(${apaDate(facts.published)}).` };
  const lead = facts.author ? [{ text: withPeriod(facts.author) }, date, title] : [title, date];
  const segments: Segment[] = [...lead, { text: withPeriod(facts.siteName) }, { text: facts.url }];
  // One space between runs; italics stay their own runs.
  return segments.flatMap((s, i) => (i === 0 ? [s] : [{ text: ' ' }, s]));
}

/** The APA reference as plain text, for the clipboard. */
export function apaText(facts: CitationFacts): string {
  return apaCitation(facts)
    .map((s) => s.text)
    .join('');
}

// TeX's special characters, so a title or note cannot break the entry.
function bibEscape(text: string): string {
  return text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}%&$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

/** A BibTeX @misc entry keyed by the article's slug (stable), readable by BibTeX and biblatex. */
export function bibtexCitation(facts: CitationFacts): string {
  const fields: [string, string][] = [];
  // Double braces keep a group author whole and a title's capitals as written.
  if (facts.author) fields.push(['author', `{${bibEscape(facts.author)}}`]);
  fields.push(['title', `{${bibEscape(facts.title)}}`]);
  if (facts.published) {
    fields.push(['year', facts.published.slice(0, 4)]);
    fields.push(['month', String(Number(facts.published.slice(5, 7)))]);
    fields.push(['date', facts.published]);
  }
  fields.push(['howpublished', bibEscape(facts.siteName)]);
  fields.push(['url', facts.url]);
  fields.push(['langid', 'indonesian']);
  if (facts.notes.length > 0) fields.push(['note', bibEscape(facts.notes.join(' '))]);
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}},`).join('\n');
  return `@misc{${facts.key},\n${body}\n}\n`;
}

/** An RIS record (type NEWS), CRLF line endings as the format asks. */
export function risCitation(facts: CitationFacts, article: Article): string {
  const lines: [string, string][] = [['TY', 'NEWS']];
  lines.push(['TI', facts.title]);
  if (facts.author) lines.push(['AU', facts.author], ['PB', facts.author]);
  if (facts.published) {
    lines.push(['PY', facts.published.slice(0, 4)]);
    lines.push(['DA', `${facts.published.replace(/-/g, '/')}/`]);
  }
  lines.push(['DB', facts.siteName], ['UR', facts.url], ['LA', 'id'], ['AB', article.summary]);
  for (const keyword of categoriesOf(article)) lines.push(['KW', keyword]);
  for (const note of facts.notes) lines.push(['N1', note]);
  lines.push(['ER', '']);
  // A tag line is "XX  - value"; values never span lines.
  return lines
    .map(([tag, value]) => `${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, ' ')}`)
    .join('\r\n')
    .concat('\r\n');
}
