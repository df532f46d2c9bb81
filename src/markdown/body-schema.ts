// What an article body may hold after rehype-sanitize: the markup of news text and nothing that
// runs, loads, submits, redirects or styles. An element not listed is unwrapped (its text stays);
// a `stripped` one goes with its contents, because they are code or a fallback, never prose.
import type { Options as SanitizeSchema } from 'rehype-sanitize';

/** Elements removed together with everything inside them. */
export const STRIPPED_ELEMENTS = [
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'applet',
  'svg',
  'math',
  'textarea',
  'select',
  'title',
  'video',
  'audio',
  'canvas',
] as const;

const text = ['p', 'br', 'hr', 'blockquote', 'div', 'span', 'figure', 'figcaption'];
const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const phrasing = [
  ...['a', 'abbr', 'b', 'strong', 'i', 'em', 'u', 's', 'del', 'ins', 'mark', 'small'],
  ...['sub', 'sup', 'q', 'cite', 'dfn', 'time', 'code', 'kbd', 'samp', 'var', 'wbr'],
];
const lists = ['ul', 'ol', 'li', 'dl', 'dt', 'dd'];
const tables = ['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'];

/** The allowlist: hast-util-sanitize's schema, written out whole rather than GitHub's default. */
export const bodySchema: SanitizeSchema = {
  tagNames: [...text, ...headings, ...phrasing, 'pre', ...lists, ...tables, 'section'],
  strip: [...STRIPPED_ELEMENTS],
  // Table parts outside a table would be moved about by the browser's parser.
  ancestors: Object.fromEntries(tables.slice(1).map((name) => [name, ['table']])),
  attributes: {
    '*': ['title', 'lang', 'dir'],
    // `term`: the glossary links of remark-abbr; the data and class names: GFM footnotes.
    a: [
      'href',
      ['className', 'term', 'data-footnote-backref'],
      'dataFootnoteRef',
      'dataFootnoteBackref',
      'ariaDescribedBy',
      'ariaLabel',
      ['id', /^user-content-fnref-/],
    ],
    abbr: ['title'],
    blockquote: ['cite'],
    q: ['cite'],
    del: ['cite', 'dateTime'],
    ins: ['cite', 'dateTime'],
    time: ['dateTime'],
    code: [['className', /^language-[\w-]+$/]],
    ol: ['start', 'reversed'],
    li: [['id', /^user-content-fn-/]],
    // No `align`: HTML deprecates it (html-validate refuses the page) and the CSP forbids the
    // inline style that would replace it, so a GFM table's column alignment is not kept.
    th: ['colSpan', 'rowSpan', 'scope'],
    td: ['colSpan', 'rowSpan'],
    section: ['dataFootnotes', ['className', 'footnotes']],
    h2: [
      ['className', 'sr-only'],
      ['id', 'footnote-label'],
    ],
  },
  // Ids come only from remark-rehype's own (already prefixed) footnotes, so none is clobbered.
  clobber: [],
  protocols: {
    href: ['http', 'https', 'mailto'],
    cite: ['http', 'https'],
  },
  allowComments: false,
  allowDoctypes: false,
};
