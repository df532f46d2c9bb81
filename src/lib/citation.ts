// Citations of an archive page in APA 7 (in the page's language's conventions), BibTeX and RIS.
// Only what the frontmatter states: no personal authors, no invented dates or URLs.
import { stringsFor } from '../i18n/index.ts';
import { formatDateRange, formatIso, parseIsoDate } from './dates.ts';
import { articleSummary, articleTitle } from './localize.ts';
import { DEFAULT_LOCALE, localizedPath, SOURCE_LOCALE, type Locale } from './locales.ts';
import { paths, withBase } from './paths.ts';
import { categoriesOf, publicationDate, sourceTitle } from './provenance.ts';
import { absoluteUrl, type SiteLocation } from './site-url.ts';
import type { Article } from './types.ts';

/** The archive that holds the cited copy. */
export interface CitationSite extends SiteLocation {
  siteName: string;
}

/** A run of citation text; `italic` where APA sets it in italics; `url` for the page's address. */
export interface Segment {
  text: string;
  italic?: boolean;
  url?: boolean;
}

/** What every format shares: who, what, when, where, and notes on what the source lacks. */
export interface CitationFacts {
  key: string;
  /** The language the citation is written in. */
  locale: Locale;
  /** The stated publisher as group author; undefined when the source names none. */
  author: string | undefined;
  /** The source's own title, or the editorial title in square brackets (APA for untitled works). */
  title: string;
  titleIsDescription: boolean;
  /** The source's title in the citation's language (ours), where that is not the source's. */
  translatedTitle: string | undefined;
  /** Publication date, only when the source gives it. */
  published: string | undefined;
  /** The page's absolute URL; the path from the site's root when the public address is not known. */
  url: string;
  /** False when `url` is only the path (the build knew no public address). */
  urlIsAbsolute: boolean;
  siteName: string;
  notes: string[];
  /** The summary in the citation's language (RIS abstract). */
  summary: string;
  /** Topics and institution in the citation's language (RIS keywords). */
  keywords: string[];
}

/** Site-relative path of an article's downloadable RIS file. */
export function risPath(slug: string): string {
  return `${paths.article(slug)}kutipan.ris`;
}

/** Gathers the facts a citation of this article may state, in a language (Indonesian by default). */
export function citationFacts(
  article: Article,
  site: CitationSite,
  locale: Locale = DEFAULT_LOCALE,
): CitationFacts {
  const t = stringsFor(locale);
  const own = sourceTitle(article);
  const published = publicationDate(article);
  const notes: string[] = [];
  if (!published)
    notes.push(t.citation.eventDate(formatDateRange(article.date, article.dateEnd, locale)));
  if (!own) notes.push(t.article.editorialTitle);
  if (article.source.republishedFrom)
    notes.push(t.citation.firstPublished(article.source.republishedFrom));
  const page = localizedPath(paths.article(article.slug), locale);
  const url = absoluteUrl(site, page);
  const title = articleTitle(article, locale);
  return {
    key: article.slug,
    locale,
    author: article.source.publisher,
    title: own ?? `[${title}]`,
    titleIsDescription: own === undefined,
    // Our English headline translates the source's own only where that is the archive's title.
    translatedTitle:
      locale !== SOURCE_LOCALE && own === article.title && title !== own ? title : undefined,
    published,
    url: url ?? withBase(site.base, page),
    urlIsAbsolute: url !== undefined,
    siteName: site.siteName,
    notes,
    summary: articleSummary(article, locale),
    keywords: categoriesOf(article, locale),
  };
}

const withPeriod = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

function apaDate(iso: string | undefined, locale: Locale): string {
  const t = stringsFor(locale).citation;
  if (!iso || !parseIsoDate(iso)) return t.noDate;
  return `${iso.slice(0, 4)}, ${formatIso(iso, t.apaDay, locale)}`;
}

/**
 * APA 7 reference for a web page: Author. (Date). *Title* [Translation]. Site. URL. Without an
 * author the title moves first; a bracketed description or translation is not italic; no date is
 * "t.t." ("n.d." in English).
 */
export function apaCitation(facts: CitationFacts): Segment[] {
  const title: Segment[] = facts.translatedTitle
    ? [
        { text: facts.title, italic: !facts.titleIsDescription },
        { text: withPeriod(`[${facts.translatedTitle}]`) },
      ]
    : [{ text: withPeriod(facts.title), italic: !facts.titleIsDescription }];
  const date: Segment = { text: `(${apaDate(facts.published, facts.locale)}).` };
  const lead = facts.author
    ? [{ text: withPeriod(facts.author) }, date, ...title]
    : [...title, date];
  const segments: Segment[] = [
    ...lead,
    { text: withPeriod(facts.siteName) },
    { text: facts.url, url: true },
  ];
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

/**
 * A BibTeX @misc entry keyed by the article's slug (stable), readable by BibTeX and biblatex,
 * as runs of text with the page's address marked (`url`).
 */
export function bibtexSegments(facts: CitationFacts): Segment[] {
  const fields: [string, string][] = [];
  // Double braces keep a group author whole and a title's capitals as written.
  if (facts.author) fields.push(['author', `{${bibEscape(facts.author)}}`]);
  fields.push(['title', `{${bibEscape(facts.title)}}`]);
  if (facts.translatedTitle) fields.push(['titleaddon', `[${bibEscape(facts.translatedTitle)}]`]);
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
  const segments: Segment[] = [{ text: `@misc{${facts.key},\n` }];
  for (const [name, value] of fields) {
    const start = `  ${name.padEnd(width)} = {`;
    if (name === 'url')
      segments.push({ text: start }, { text: value, url: true }, { text: '},\n' });
    else segments.push({ text: `${start}${value}},\n` });
  }
  segments.push({ text: '}\n' });
  return segments;
}

/** A BibTeX @misc entry keyed by the article's slug (stable), readable by BibTeX and biblatex. */
export function bibtexCitation(facts: CitationFacts): string {
  return bibtexSegments(facts)
    .map((s) => s.text)
    .join('');
}

/**
 * An RIS record (type NEWS), CRLF line endings as the format asks. Without the site's public
 * address it has no UR line (a reference manager needs the whole address, never a guessed one).
 * The facts carry summary and keywords: the article argument is only kept for older callers.
 */
export function risCitation(facts: CitationFacts, _article?: Article): string {
  const lines: [string, string][] = [['TY', 'NEWS']];
  lines.push(['TI', facts.title]);
  if (facts.translatedTitle) lines.push(['TT', facts.translatedTitle]);
  if (facts.author) lines.push(['AU', facts.author], ['PB', facts.author]);
  if (facts.published) {
    lines.push(['PY', facts.published.slice(0, 4)]);
    lines.push(['DA', `${facts.published.replace(/-/g, '/')}/`]);
  }
  lines.push(['DB', facts.siteName]);
  if (facts.urlIsAbsolute) lines.push(['UR', facts.url]);
  lines.push(['LA', 'id'], ['AB', facts.summary]);
  for (const keyword of facts.keywords) lines.push(['KW', keyword]);
  for (const note of facts.notes) lines.push(['N1', note]);
  lines.push(['ER', '']);
  // A tag line is "XX  - value"; values never span lines.
  return lines
    .map(([tag, value]) => `${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, ' ')}`)
    .join('\r\n')
    .concat('\r\n');
}
