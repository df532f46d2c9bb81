// What the search page draws: results, snippets, filter counts, chips, the status and the
// zero-results state, built as DOM nodes. Each write is skipped when nothing changed, so a
// keystroke that keeps the results costs the page almost nothing.
import type { SearchStrings } from '../i18n/id.ts';
import { formatDateRange } from '../lib/dates.ts';
import { toLocale } from '../lib/locales.ts';
import { chips, filterCount, hasFilters, queryString, statusLine } from '../lib/search/present.ts';
import type { SearchAnswer, ShownResult } from '../lib/search/messages.ts';
import type { Segment } from '../lib/search/snippet.ts';
import { FACETS, type FacetName } from '../lib/search/types.ts';
import type { SearchState } from '../lib/search/url-state.ts';

/** The search page's words, in the page's language. */
export type SearchText = SearchStrings;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const setText = (node: Node, text: string) => {
  if (node.textContent !== text) node.textContent = text;
};
const setHidden = (node: HTMLElement, hidden: boolean) => {
  if (node.hidden !== hidden) node.hidden = hidden;
};

/** Fills an element with text and <mark>s: never HTML from the index or the query. */
export function fill(parent: HTMLElement, parts: Segment[]): void {
  parent.replaceChildren(
    ...parts.map((part) =>
      part.mark ? el('mark', undefined, part.text) : document.createTextNode(part.text),
    ),
  );
}

/** Formats a date or a date range for the page's language. */
export type DateFormat = (start: string, end?: string) => string;

/**
 * The date format of a page's language, the site's own (date-fns with the language's locale).
 * Each date is formatted once: the same results come back keystroke after keystroke.
 */
export function dateFormat(lang: string): DateFormat {
  const locale = toLocale(lang);
  const format: DateFormat = (start, end) => formatDateRange(start, end, locale);
  const done = new Map<string, string>();
  return (start, end) => {
    const key = `${start}/${end ?? ''}`;
    let text = done.get(key);
    if (text === undefined) done.set(key, (text = format(start, end)));
    return text;
  };
}

/** What the page knows that the answers do not: its links, names and words. */
export interface Context {
  text: SearchText;
  pageUrl: string;
  articleUrl: string;
  labelOf: (facet: FacetName, id: string) => string;
  formatDate: DateFormat;
}

const drawn = new WeakMap<Element, string>();

/**
 * Draws the result list, unless it already shows the same results. A result already on screen
 * keeps its snippet until the new one comes, so typing more of a word blanks no text.
 */
export function renderResults(list: HTMLElement, results: ShownResult[], context: Context): void {
  const key = JSON.stringify(results);
  if (drawn.get(list) === key) return;
  drawn.set(list, key);
  const previous = new Map(
    [...list.children].map((li) => [
      (li as HTMLElement).dataset['slug'],
      li.querySelector('.result__snippet')!,
    ]),
  );
  list.replaceChildren(
    ...results.map((result) => {
      const li = el('li');
      li.dataset['slug'] = result.slug;
      const article = el('article', 'result');
      const heading = el('h2', 'result__title');
      const link = el('a');
      link.href = `${context.articleUrl}${result.slug}/`;
      fill(link, result.title);
      heading.append(link);
      const date = context.formatDate(result.date, result.dateEnd);
      const where = context.labelOf('instansi', result.institution);
      const meta = el('p', 'result__meta', `${date} · ${where}`);
      article.append(heading);
      if (result.original) {
        // Our translation above, the source's own headline beneath it, marked as Indonesian.
        const original = el('p', 'result__original', `${context.text.originalTitle}: `);
        const quote = el('q');
        quote.lang = 'id';
        fill(quote, result.original);
        original.append(quote);
        article.append(original);
      }
      article.append(meta, previous.get(result.slug) ?? el('p', 'result__snippet'));
      li.append(article);
      return li;
    }),
  );
}

/** Puts the snippets in, in the order of the results, each marked with its text's language. */
export function fillSnippets(list: HTMLElement, snippets: Segment[][], languages: string[]): void {
  [...list.children].forEach((li, i) => {
    const text = li.querySelector<HTMLElement>('.result__snippet');
    if (!text || !snippets[i]) return;
    fill(text, snippets[i]);
    const lang = languages[i] ?? '';
    if (text.lang !== lang) text.lang = lang;
  });
}

/** The parts of the page around the list, found once. */
export type Parts = ReturnType<typeof findParts>;

/** Finds the parts of the search form that show the state. */
export function findParts(form: HTMLFormElement) {
  const $ = <T extends Element = HTMLElement>(selector: string) => form.querySelector<T>(selector)!;
  return {
    status: $('[data-search-status]'),
    sortBox: $('[data-search-sort-box]'),
    more: $('[data-search-more]'),
    none: $('[data-search-none]'),
    noneTitle: $('[data-search-none-title]'),
    noneWords: $('[data-search-none-words]'),
    noneFilters: $('[data-search-none-filters]'),
    noneClear: $<HTMLAnchorElement>('[data-search-none-clear]'),
    corrected: $('[data-search-corrected]'),
    reading: $('[data-search-reading]'),
    exact: $<HTMLAnchorElement>('[data-search-exact]'),
    chipBox: $('[data-search-chips]'),
    chipList: $('[data-search-chip-list]'),
    clear: $<HTMLAnchorElement>('[data-search-clear]'),
    toggle: $<HTMLButtonElement>('[data-filter-toggle]'),
    boxes: [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((box) => ({
      box,
      count: box.parentElement?.querySelector<HTMLElement>('[data-count]') ?? null,
    })),
  };
}

/**
 * Shows everything about an answer but the list: the status, what the query was read as (once
 * the query has settled), the zero-results state, counts, disabled filter values and chips.
 */
export function showState(
  parts: Parts,
  answer: SearchAnswer,
  state: SearchState,
  settled: boolean,
  { text: t, pageUrl, labelOf }: Context,
): void {
  const q = state.q.trim();
  const empty = answer.total === 0;
  setHidden(parts.more, answer.total <= answer.results.length);
  setHidden(parts.none, !empty);
  setHidden(parts.sortBox, empty);
  if (empty) {
    setText(parts.noneTitle, q ? t.noneFound(q) : t.noneFoundFiltered);
    setHidden(parts.noneWords, q === '');
    setHidden(parts.noneFilters, !hasFilters(state.filters));
  }
  const correction = settled ? answer.correction : null;
  setHidden(parts.corrected, !correction);
  if (correction) {
    fill(parts.reading, correction);
    setText(parts.exact, t.searchExact(q));
    parts.exact.href = `${pageUrl}${queryString({ ...state, exact: true })}`;
  }
  const reading = correction?.map((p) => p.text).join('');
  setText(parts.status, statusLine(state, answer.total, t, reading));

  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map(answer.counts[f])]));
  for (const { box, count } of parts.boxes) {
    const facet = box.name as FacetName;
    const n = counts[facet]?.get(box.value) ?? 0;
    const checked = state.filters[facet].includes(box.value);
    if (box.checked !== checked) box.checked = checked;
    // A value that would find nothing is off; a ticked one stays free to untick.
    if (box.disabled !== (n === 0 && !checked)) box.disabled = n === 0 && !checked;
    if (count) setText(count, `(${n})`);
  }
  setText(parts.toggle, t.filterToggle(filterCount(state.filters)));

  const links = queryString(state);
  if (drawn.get(parts.chipList) === links) return;
  drawn.set(parts.chipList, links);
  setHidden(parts.chipBox, !hasFilters(state.filters));
  parts.chipList.replaceChildren(
    ...chips(state, labelOf).map((chip) => {
      const a = el('a', 'chip');
      a.href = `${pageUrl}${chip.query}`;
      a.setAttribute('aria-label', t.removeFilter(`${t.facets[chip.facet]}: ${chip.label}`));
      const x = el('span', 'chip__x', '×');
      x.setAttribute('aria-hidden', 'true');
      a.append(el('span', undefined, chip.label), x);
      const li = el('li');
      li.append(a);
      return li;
    }),
  );
  const clear = `${pageUrl}${queryString({ ...state, filters: { tahun: [], instansi: [], topik: [] } })}`;
  parts.clear.href = clear;
  parts.noneClear.href = clear;
}
