// What the search page draws: results, snippets, filter counts and chips, built as DOM nodes.
import { formatDateRangeId } from '../lib/dates.ts';
import type { ShownResult } from '../lib/search/protocol.ts';
import type { Segment } from '../lib/search/snippet.ts';
import type { FacetName } from '../lib/search/types.ts';

/** Creates an element with a class and text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Fills an element with text and <mark>s: never HTML from the index or the query. */
export function fill(parent: HTMLElement, parts: Segment[]): void {
  parent.replaceChildren(
    ...parts.map((part) =>
      part.mark ? el('mark', undefined, part.text) : document.createTextNode(part.text),
    ),
  );
}

/** Formats a date or a date range for the page's language, as the site's own pages do. */
export type DateFormat = (start: string, end?: string) => string;

const ISO_DAY = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The date format of a language: the site's own for Indonesian, the browser's for others. */
export function dateFormat(locale: string): DateFormat {
  if (locale === 'id') return formatDateRangeId;
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  return (start, end) =>
    end && end !== start
      ? format.formatRange(ISO_DAY(start), ISO_DAY(end))
      : format.format(ISO_DAY(start));
}

/** How a result list is drawn: links, institution names, dates. */
export interface ResultContext {
  articleUrl: string;
  institutionName: (id: string) => string;
  formatDate: DateFormat;
}

/**
 * Draws the result list. A result already on screen keeps its snippet until the new one
 * comes, so typing more of a word does not blank the texts under the titles.
 */
export function renderResults(
  list: HTMLOListElement,
  results: ShownResult[],
  context: ResultContext,
): void {
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
      const meta = el(
        'p',
        'result__meta',
        `${context.formatDate(result.date, result.dateEnd)} · ${context.institutionName(result.institution)}`,
      );
      const text = previous.get(result.slug) ?? el('p', 'result__snippet');
      article.append(heading, meta, text);
      li.append(article);
      return li;
    }),
  );
}

/** Puts the snippets in, in the order of the results. */
export function fillSnippets(list: HTMLOListElement, snippets: Segment[][]): void {
  [...list.children].forEach((li, i) => {
    const text = li.querySelector<HTMLElement>('.result__snippet');
    if (text && snippets[i]) fill(text, snippets[i]);
  });
}

/** A filter checkbox and where its count is shown. */
export interface FilterBox {
  box: HTMLInputElement;
  count: HTMLElement | null;
}

/**
 * Shows each filter value's count for the current results, ticks the chosen ones and
 * disables the values that would find nothing (a ticked one stays free to untick).
 */
export function updateFilters(
  boxes: FilterBox[],
  counts: Record<FacetName, Map<string, number>>,
  chosen: Record<FacetName, string[]>,
): void {
  for (const { box, count } of boxes) {
    const facet = box.name as FacetName;
    const n = counts[facet].get(box.value) ?? 0;
    const checked = chosen[facet].includes(box.value);
    box.checked = checked;
    box.disabled = n === 0 && !checked;
    const text = `(${n})`;
    if (count && count.textContent !== text) count.textContent = text;
  }
}
