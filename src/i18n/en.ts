// The English interface, for the Korean partners and other international readers. The
// articles themselves stay in Indonesian; what is ours (headlines, summaries) is in English.
import type { SearchStrings, UiStrings } from './id.ts';

/** The site's name in English. */
export const siteName = 'Indonesia–Korea Cooperation Archive';

/** The search page's strings in English. */
export const searchUi = {
  label: 'Search the archive',
  placeholder: 'Search articles…',
  submit: 'Search',
  pageTitle: 'Search the archive',
  titleWithQuery: (q: string) => `“${q}” – Search`,
  intro:
    'Search by keyword, acronym or another spelling (for example “KASN”, “KemenPAN-RB”, “e-government” or “merit system”); small typos are forgiven. The articles are in Indonesian. Narrow the results by year, institution and topic.',
  queryLabel: 'Keywords',
  skipToResults: 'Skip to results',
  filtersTitle: 'Filter results',
  applyFilters: 'Apply filters',
  facets: { tahun: 'Year', instansi: 'Institution', topik: 'Topic' },
  clearAll: 'Clear all filters',
  activeFilters: 'Active filters',
  removeFilter: (label: string) => `Remove filter ${label}`,
  sortLabel: 'Sort by',
  sort: { relevansi: 'Most relevant', terbaru: 'Newest first', terlama: 'Oldest first' },
  resultsTitle: 'Results',
  loading: 'Loading the search index…',
  loadFailed: 'The search index could not be loaded. Reload the page to try again.',
  found: (n: number, q: string) => `${n} ${n === 1 ? 'article' : 'articles'} found for “${q}”`,
  foundFiltered: (n: number) =>
    `${n} ${n === 1 ? 'article matches' : 'articles match'} the filters`,
  browseAll: (n: number) => `${n} ${n === 1 ? 'article' : 'articles'} in the archive`,
  noneFound: (q: string) => `No article matches “${q}”.`,
  noneHint: 'Try another word, check the spelling, or remove some of the filters.',
  more: 'Show more results',
  needsJs:
    'Searching by keyword needs JavaScript. Without it, browse the archive by year, institution or topic:',
} satisfies SearchStrings;

const articles = (n: number) => `${n} ${n === 1 ? 'article' : 'articles'}`;

/** Every string the interface shows, in English. */
export const ui = {
  siteName,
  siteTagline:
    'Bureaucratic reform, civil-service management and e-government in the news, 2017–2023',
  siteDescription:
    'An archive of Indonesian news articles on cooperation between Indonesia and South Korea in bureaucratic reform, management of the civil service (ASN) and electronic government (SPBE), with English headlines and summaries.',
  skipToContent: 'Skip to content',
  nav: {
    label: 'Main navigation',
    home: 'Home',
    archive: 'Archive',
    institutions: 'Institutions',
    topics: 'Topics',
    countries: 'Partner countries',
    timeline: 'Timeline',
    glossary: 'Glossary',
    search: 'Search',
  },
  language: { label: 'Language' },
  search: searchUi,

  home: {
    latest: 'Latest articles',
    waysIn: 'Explore the archive',
    byYear: 'By year',
    byInstitution: 'By institution',
    byTopic: 'By topic',
    byCountry: 'By partner country',
    allArticles: 'All articles in the archive',
  },
  article: {
    breadcrumb: 'Breadcrumb',
    metadata: 'About this article',
    institution: 'Institution',
    partnerInstitutions: 'Partner institutions',
    date: 'Date',
    datePublished: 'publication date',
    dateEvent: 'date of the event; the source gives no publication date',
    countries: 'Partner countries',
    topics: 'Topics',
    people: 'People',
    readingTime: (minutes: number) => `${minutes} min read (Indonesian text)`,
    words: (count: number) => `${count} ${count === 1 ? 'word' : 'words'}`,
    editorialTitle: 'The source text has no headline: this headline is the archive’s own.',
    translatedTitle: 'Headline translated by the archive’s editors.',
    sourceTitle: 'The source’s headline',
    editorialTitleOriginal: 'The archive’s headline in Indonesian',
    originalLanguage: 'The original text below is in Indonesian, as the source published it.',
    summary: 'Summary',
    summaryNote: 'Summary written by the archive’s editors.',
    summaryEn: 'Summary in English',
    summaryEnNote: 'Summary written by the archive’s editors.',
    photoCaption: 'Photo caption (the photo is not archived)',
    photoCredit: 'Photo',
    source: 'Source',
    publisher: 'Publisher',
    publisherUnknown: 'Not named in the source text',
    originalTitle: 'Original headline',
    republishedFrom: 'First published by',
    copyright: 'Copyright',
    sourceNote: 'Note',
    body: 'Article text (Indonesian)',
    previous: 'Previous article',
    next: 'Next article',
    older: 'Older',
    newer: 'Newer',
    related: 'Related articles',
  },
  listing: {
    count: articles,
    pagination: 'Pages',
    pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
    previousPage: 'Previous page',
    nextPage: 'Next page',
    shown: (from: number, to: number, total: number) => `Articles ${from}–${to} of ${total}`,
    empty: 'No articles yet.',
    year: (year: number | string) => `Articles from ${year}`,
    archiveTitle: 'The complete archive',
    archiveIntro: 'Every article, grouped by year.',
    institutionsTitle: 'Institutions',
    institutionsIntro: 'The Indonesian government bodies and the partner institutions in the news.',
    topicsTitle: 'Topics',
    topicsIntro: 'The archive’s topics.',
    countriesTitle: 'Partner countries',
    countriesIntro: 'The partner countries the articles name.',
    institutionIntro: 'Articles about or from this institution.',
    koreanName: 'Korean name',
  },
  notFound: {
    title: 'Page not found',
    body: 'The address you opened is not in this archive. The link may be mistyped, or the page may have moved.',
    back: 'Back to the home page',
    search: 'or search the archive',
  },
  feeds: {
    subscribe: 'Subscribe',
    rss: 'RSS',
    jsonFeed: 'JSON Feed',
    rssTitle: 'RSS feed of the Indonesia–Korea Cooperation Archive (English)',
    jsonFeedTitle: 'JSON Feed of the Indonesia–Korea Cooperation Archive (English)',
    understand: 'Understand the cooperation',
  },
  citation: {
    title: 'Cite this article',
    intro:
      'The citation points to this page of the archive. No personal author is given; where the source names no publisher, the title takes the author’s place, and where the source gives only the date of the event, the date is n.d. (no date). The source’s own headline is followed by our English translation in square brackets.',
    apa: 'APA (7th edition)',
    bibtex: 'BibTeX',
    ris: 'Download an RIS file',
    risHint: 'for Zotero, Mendeley or EndNote',
    copy: 'Copy',
    copyApa: 'Copy the APA citation',
    copyBibtex: 'Copy the BibTeX entry',
    copied: 'Citation copied.',
    copyFailed: 'Could not copy: select the text and copy it yourself.',
    noDate: 'n.d.',
    apaDay: 'MMMM d',
    eventDate: (range: string) =>
      `Date of the event: ${range}; the source gives no publication date.`,
    firstPublished: (where: string) => `First published by ${where}.`,
  },
  timeline: {
    title: 'Timeline of the cooperation',
    intro:
      'Milestones of cooperation between Indonesia and South Korea in public administration, as the archive’s articles state them. Each date is as precise as its source: a year, a month or a day. The quotations are the articles’ own words, in Indonesian; each links to its article.',
    planned: 'Planned, according to the article',
    quote: 'In the article’s words',
    readArticle: 'Read the article',
    empty: 'No events on the timeline yet.',
  },
  glossary: {
    title: 'Glossary',
    intro:
      'The acronyms used in the archive’s articles, with what they stand for, what they are and the articles that use them. In an article, the first occurrence of each acronym links here.',
    index: 'Acronyms',
    inIndonesian: 'In Indonesian',
    aliases: 'Also written',
    usedIn: (n: number) => `Used in ${articles(n)}`,
    unused: 'Does not appear in the text of any article.',
    searchAll: (n: number) => `Search all ${articles(n)}`,
  },
  footer: {
    about:
      'The archive keeps each news text as its source published it, spelling included; the texts are in Indonesian. Editorial headlines, summaries and every English headline and summary are written by the archive’s editors and marked as such.',
  },
} satisfies UiStrings;
