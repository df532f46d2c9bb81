// The search page: keeps its state in the URL, asks the search worker, renders the answers.
import { searchStringsFor } from '../i18n/search.ts';
import { chips, hasFilters, statusLine } from '../lib/search/present.ts';
import type { SearchAnswer, SearchRequest, ShownResult } from '../lib/search/protocol.ts';
import type { Segment } from '../lib/search/snippet.ts';
import { FACETS, type FacetName, type FacetValue } from '../lib/search/types.ts';
import { readState, safeParams, writeState, type SearchState } from '../lib/search/url-state.ts';
import workerUrl from './search-worker.ts?worker&url';
import { trustedScriptUrl } from './trusted-types.ts';

const PAGE = 10;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// Text goes in as text nodes, matches as <mark>: never HTML from the index or the query.
function fill(parent: HTMLElement, parts: Segment[]) {
  parent.replaceChildren(
    ...parts.map((part) =>
      part.mark ? el('mark', undefined, part.text) : document.createTextNode(part.text),
    ),
  );
}

/** Wires up /cari/: call once on the search page. */
export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  if (!form) return;
  const { t, siteName } = searchStringsFor(document.documentElement.lang);
  const $ = <T extends Element>(selector: string) => form.querySelector<T>(selector)!;
  const input = $<HTMLInputElement>('[data-search-input]');
  const sort = $<HTMLSelectElement>('[data-search-sort]');
  const status = $<HTMLElement>('[data-search-status]');
  const list = $<HTMLOListElement>('[data-search-results]');
  const none = $<HTMLElement>('[data-search-none]');
  const more = $<HTMLButtonElement>('[data-search-more]');
  const chipBox = $<HTMLElement>('[data-search-chips]');
  const chipList = $<HTMLUListElement>('[data-search-chip-list]');
  const clear = $<HTMLAnchorElement>('[data-search-clear]');
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const { indexUrl = '', shardUrl = '', docUrl = '', articleUrl = '' } = form.dataset;
  const pageUrl = form.action;
  const baseTitle = document.title;
  $<HTMLElement>('[data-search-apply]').hidden = true;

  const worker = new Worker(trustedScriptUrl(workerUrl), { type: 'module' });
  let facets: { facets: Record<FacetName, FacetValue[]> } | undefined;
  let state: SearchState;
  let shown = PAGE;
  let typingEntry = false;
  let sequence = 0;
  let renders = 0;
  let focusAfter: number | undefined;

  const resultItem = (result: ShownResult): HTMLLIElement => {
    const li = el('li');
    const article = el('article', 'result');
    const heading = el('h2', 'result__title');
    const link = el('a');
    link.href = `${articleUrl}${result.slug}/`;
    fill(link, result.title);
    heading.append(link);
    const meta = el('p', 'result__meta', `${result.dateText} · ${result.institution}`);
    const text = el('p', 'result__snippet');
    fill(text, result.snippet);
    article.append(heading, meta, text);
    li.append(article);
    return li;
  };

  const render = (answer: SearchAnswer) => {
    const focusIndex = [...list.children].findIndex((li) => li.contains(document.activeElement));
    list.replaceChildren(...answer.results.map(resultItem));
    // A counter benchmarks and tests can wait on: results for the current state are in the DOM.
    list.dataset['renderCount'] = String(++renders);
    const focus = focusAfter ?? (focusIndex >= 0 ? focusIndex : undefined);
    if (focus !== undefined) list.children[focus]?.querySelector('a')?.focus();
    focusAfter = undefined;
    more.hidden = answer.total <= answer.results.length;
    const q = state.q.trim();
    none.hidden = answer.total > 0;
    none.textContent = q ? `${t.noneFound(q)} ${t.noneHint}` : t.noneHint;
    status.textContent = statusLine(state, answer.total, t);
    document.title = q ? `${t.titleWithQuery(q)} · ${siteName}` : baseTitle;
    const counts = Object.fromEntries(
      FACETS.map((facet) => [facet, new Map(answer.counts[facet])]),
    ) as Record<FacetName, Map<string, number>>;
    for (const box of boxes) {
      const facet = box.name as FacetName;
      box.checked = state.filters[facet].includes(box.value);
      const count = box.parentElement?.querySelector('[data-count]');
      if (count) count.textContent = `(${counts[facet].get(box.value) ?? 0})`;
    }
    chipBox.hidden = !hasFilters(state.filters);
    chipList.replaceChildren(
      ...chips(state, facets!).map((chip) => {
        const li = el('li');
        const a = el('a', 'chip');
        a.href = `${pageUrl}${chip.query ? `?${chip.query}` : ''}`;
        a.setAttribute('aria-label', t.removeFilter(`${t.facets[chip.facet]}: ${chip.label}`));
        const x = el('span', 'chip__x', '×');
        x.setAttribute('aria-hidden', 'true');
        a.append(el('span', undefined, chip.label), x);
        li.append(a);
        return li;
      }),
    );
    const withoutFilters = writeState({
      ...state,
      filters: { tahun: [], instansi: [], topik: [] },
    });
    clear.href = `${pageUrl}${withoutFilters.size ? `?${withoutFilters}` : ''}`;
  };

  const ask = (typing = false) => {
    const request: SearchRequest = {
      id: ++sequence,
      q: state.q,
      filters: state.filters,
      sort: state.sort,
      typing,
      limit: shown,
    };
    worker.postMessage({ type: 'search', request });
  };
  const run = (typing = false) => {
    shown = PAGE;
    ask(typing);
  };

  worker.onmessage = (event: MessageEvent) => {
    const message = event.data as
      | { type: 'ready'; facets: Record<FacetName, FacetValue[]> }
      | { type: 'answer'; answer: SearchAnswer }
      | { type: 'failed'; id?: number };
    if (message.type === 'ready') {
      facets = { facets: message.facets };
      fromLocation();
    } else if (message.type === 'answer') {
      // Answers to queries the reader has already typed past are dropped.
      if (message.answer.id === sequence) render(message.answer);
    } else if (message.id === undefined || message.id === sequence) {
      status.textContent = t.loadFailed;
    }
  };

  const url = () => {
    const params = writeState(state).toString();
    return `${location.pathname}${params ? `?${params}` : ''}`;
  };
  const commit = (replace = false) => {
    if (replace) history.replaceState(null, '', url());
    else history.pushState(null, '', url());
  };

  const fromLocation = () => {
    if (!facets) return;
    state = readState(safeParams(location.search), facets);
    input.value = state.q;
    sort.value = state.sort;
    typingEntry = false;
    run();
  };

  input.addEventListener('input', () => {
    if (!facets) return;
    state = { ...state, q: input.value.slice(0, 200) };
    run(true);
    // The first keystroke makes a history entry; the rest of the word replaces it.
    commit(typingEntry);
    typingEntry = true;
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!facets) return;
    state = { ...state, q: input.value.slice(0, 200) };
    typingEntry = false;
    run();
    commit(true);
  });
  form.addEventListener('change', (event) => {
    if (!facets) return;
    const target = event.target as HTMLElement;
    if (target === sort) {
      state = { ...state, sort: readState(new URLSearchParams({ urut: sort.value }), facets).sort };
    } else if (target instanceof HTMLInputElement && target.type === 'checkbox') {
      const filters = Object.fromEntries(
        FACETS.map((facet) => [
          facet,
          boxes.filter((b) => b.name === facet && b.checked).map((b) => b.value),
        ]),
      ) as SearchState['filters'];
      state = { ...state, filters };
    } else return;
    typingEntry = false;
    run();
    commit();
  });
  // Chips and "clear all" change the state in place rather than reloading.
  chipBox.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest('a');
    if (!link || !facets) return;
    event.preventDefault();
    history.pushState(null, '', link.href);
    fromLocation();
    input.focus();
  });
  more.addEventListener('click', () => {
    // Focus moves to the first newly shown result once it is there.
    focusAfter = list.children.length;
    shown += PAGE;
    ask();
  });
  window.addEventListener('popstate', () => facets && fromLocation());

  status.textContent = t.loading;
  worker.postMessage({
    type: 'open',
    urls: { index: indexUrl, shard: shardUrl, doc: docUrl },
  });
}
