// The search page: keeps its state in the URL, asks the search worker, renders the answers.
// The list renders as soon as the worker answers; snippets follow. While a word is still being
// typed, an answer with no result leaves the last results up, and what the search read the
// query as ("Menampilkan hasil untuk …") or that it found nothing shows once the reader pauses.
import { searchUi as t, siteName } from '../i18n/id.ts';
import { chips, filterCount, hasFilters, queryString, statusLine } from '../lib/search/present.ts';
import type { SearchAnswer, SearchRequest, SnippetAnswer } from '../lib/search/protocol.ts';
import { FACETS, type FacetName } from '../lib/search/types.ts';
import { cleanQuery, readState, safeParams, type SearchState } from '../lib/search/url-state.ts';
import { dateFormat, el, fill, fillSnippets, renderResults, updateFilters } from './search-view.ts';

const PAGE = 10;
/** How long the reader pauses before the query being typed counts as settled. */
const SETTLE_MS = 700;

type FromWorker =
  | { type: 'ready'; facets: Record<FacetName, string[]> }
  | { type: 'answer'; answer: SearchAnswer }
  | { type: 'snippets'; snippets: SnippetAnswer }
  | { type: 'failed'; id?: number };

/** Wires up /cari/: call once on the search page. */
export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  if (!form) return;
  const $ = <T extends Element>(selector: string) => form.querySelector<T>(selector)!;
  const input = $<HTMLInputElement>('[data-search-input]');
  const sort = $<HTMLSelectElement>('[data-search-sort]');
  const status = $<HTMLElement>('[data-search-status]');
  const list = $<HTMLOListElement>('[data-search-results]');
  const none = $<HTMLElement>('[data-search-none]');
  const more = $<HTMLButtonElement>('[data-search-more]');
  const chipBox = $<HTMLElement>('[data-search-chips]');
  const corrected = $<HTMLElement>('[data-search-corrected]');
  const filters = $<HTMLElement>('[data-search-filters]');
  const toggle = $<HTMLButtonElement>('[data-filter-toggle]');
  const header = document.querySelector<HTMLInputElement>('[data-site-search]');
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map(
    (box) => ({
      box,
      count: box.parentElement?.querySelector<HTMLElement>('[data-count]') ?? null,
    }),
  );
  const labels = new Map(
    boxes.map(({ box }) => [
      `${box.name}:${box.value}`,
      box.parentElement?.querySelector('[data-label]')?.textContent ?? box.value,
    ]),
  );
  const labelOf = (facet: FacetName, id: string) => labels.get(`${facet}:${id}`) ?? id;
  const { indexUrl = '', listUrl = '', shardUrl = '', docUrl = '', articleUrl = '' } = form.dataset;
  const locale = document.documentElement.lang || 'id';
  const context = {
    articleUrl,
    institutionName: (id: string) => labelOf('instansi', id),
    formatDate: dateFormat(locale),
  };
  const pageUrl = form.action;
  const baseTitle = document.title;
  $<HTMLElement>('[data-search-apply]').hidden = true;

  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  let facets: { facets: Record<FacetName, string[]> } | undefined;
  let state: SearchState;
  let shown = PAGE;
  let typingEntry = false;
  let sequence = 0;
  let rendered = 0;
  let settledId = 0;
  let snippetsIn = 0;
  let renders = 0;
  let expanded = false;
  let focusAfter: number | undefined;
  let settle: ReturnType<typeof setTimeout> | undefined;
  const asked = new Map<number, number>();

  // Signals for the reader's assistive technology and for tests and benchmarks: the list is
  // busy until the current state is shown settled with its snippets; `data-render-count`
  // counts the answers the page has handled.
  const busy = (on: boolean) => list.setAttribute('aria-busy', String(on));
  const idle = () =>
    settledId === sequence && (snippetsIn === sequence || list.children.length === 0);
  const handled = () => (list.dataset['renderCount'] = String(++renders));
  const wide = matchMedia('(min-width: 60rem)');
  const layout = filters.parentElement!;

  // On a phone the filters sit under their toggle, above the results; on a wide screen beside.
  const placeFilters = (empty: boolean) => {
    const home = wide.matches ? layout : $<HTMLElement>('[data-filter-slot]');
    if (filters.parentElement !== home) home.append(filters);
    toggle.hidden = empty;
    filters.hidden = empty || (!wide.matches && !expanded);
  };

  const render = (answer: SearchAnswer, settled: boolean) => {
    const started = performance.now();
    if (rendered !== answer.id) {
      rendered = answer.id;
      const focusIndex = [...list.children].findIndex((li) => li.contains(document.activeElement));
      renderResults(list, answer.results, context);
      const focus = focusAfter ?? (focusIndex >= 0 ? focusIndex : undefined);
      if (focus !== undefined) list.children[focus]?.querySelector('a')?.focus();
      focusAfter = undefined;
    }
    if (settled) settledId = answer.id;
    const q = state.q.trim();
    const empty = answer.total === 0;
    more.hidden = answer.total <= answer.results.length;
    none.hidden = !empty;
    $<HTMLElement>('[data-search-sort-box]').hidden = empty;
    placeFilters(empty);
    if (empty) {
      $<HTMLElement>('[data-search-none-title]').textContent = q
        ? t.noneFound(q)
        : t.noneFoundFiltered;
      $<HTMLElement>('[data-search-none-words]').hidden = q === '';
      $<HTMLElement>('[data-search-none-filters]').hidden = !hasFilters(state.filters);
    }
    const correction = settled ? answer.correction : null;
    const reading = correction?.map((p) => p.text).join('');
    corrected.hidden = !correction;
    if (correction) {
      fill($<HTMLElement>('[data-search-reading]'), correction);
      const exact = $<HTMLAnchorElement>('[data-search-exact]');
      exact.textContent = t.searchExact(q);
      exact.href = `${pageUrl}${queryString({ ...state, exact: true })}`;
    }
    const line = statusLine(state, answer.total, t, reading);
    if (status.textContent !== line) status.textContent = line;
    document.title = q ? `${t.titleWithQuery(q)} · ${siteName}` : baseTitle;
    if (header && document.activeElement !== header) header.value = state.q;
    updateFilters(
      boxes,
      Object.fromEntries(FACETS.map((f) => [f, new Map(answer.counts[f])])) as Record<
        FacetName,
        Map<string, number>
      >,
      state.filters,
    );
    toggle.textContent = t.filterToggle(filterCount(state.filters));
    chipBox.hidden = !hasFilters(state.filters);
    $<HTMLElement>('[data-search-chip-list]').replaceChildren(
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
    $<HTMLAnchorElement>('[data-search-clear]').href = clear;
    $<HTMLAnchorElement>('[data-search-none-clear]').href = clear;
    handled();
    if (idle()) busy(false);
    performance.measure('search-list', {
      start: asked.get(answer.id) ?? started,
      detail: { ...answer.timing, render: performance.now() - started },
    });
  };

  const ask = (typing = false) => {
    clearTimeout(settle);
    const request: SearchRequest = { ...state, id: ++sequence, typing, limit: shown, locale };
    asked.set(request.id, performance.now());
    busy(true);
    worker.postMessage({ type: 'search', request });
  };
  const run = (typing = false) => {
    shown = PAGE;
    ask(typing);
  };

  worker.onmessage = (event: MessageEvent) => {
    const message = event.data as FromWorker;
    if (message.type === 'ready') {
      facets = { facets: message.facets };
      fromLocation();
    } else if (message.type === 'answer') {
      const { answer } = message;
      // Answers to queries the reader has already typed past are dropped.
      if (answer.id !== sequence) return;
      clearTimeout(settle);
      if (!answer.open) return render(answer, true);
      // A word still being typed: nothing found yet leaves the last results up.
      if (answer.total === 0 && renders > 0) handled();
      else render(answer, false);
      settle = setTimeout(() => answer.id === sequence && render(answer, true), SETTLE_MS);
    } else if (message.type === 'snippets') {
      const { snippets } = message;
      if (snippets.id !== sequence || snippets.id !== rendered) return;
      fillSnippets(list, snippets.snippets);
      snippetsIn = snippets.id;
      if (idle()) busy(false);
      performance.measure('search-snippets', {
        start: asked.get(snippets.id) ?? 0,
        detail: snippets.timing,
      });
    } else if (message.id === undefined || message.id === sequence) {
      status.textContent = t.loadFailed;
      handled();
      busy(false);
    }
  };

  const url = () => `${location.pathname}${queryString(state)}`;
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

  const typed = (value: string) => {
    if (!facets) return;
    state = { ...state, q: cleanQuery(value), exact: false };
    run(true);
    // The first keystroke makes a history entry; the rest of the word replaces it.
    commit(typingEntry);
    typingEntry = true;
  };
  const submitted = (event: Event) => {
    event.preventDefault();
    if (!facets) return;
    state = { ...state, q: cleanQuery(input.value) };
    typingEntry = false;
    run();
    commit(true);
  };
  input.addEventListener('input', () => typed(input.value));
  form.addEventListener('submit', submitted);
  // The header's box on this page is the same search: it mirrors the page's box.
  header?.addEventListener('input', () => {
    input.value = header.value;
    typed(header.value);
  });
  header?.form?.addEventListener('submit', (event) => {
    input.value = header.value;
    submitted(event);
  });
  form.addEventListener('change', (event) => {
    if (!facets) return;
    const target = event.target as HTMLElement;
    if (target === sort) {
      state = { ...state, sort: readState(new URLSearchParams({ urut: sort.value }), facets).sort };
    } else if (target instanceof HTMLInputElement && target.type === 'checkbox') {
      const chosen = Object.fromEntries(
        FACETS.map((facet) => [
          facet,
          boxes.filter(({ box }) => box.name === facet && box.checked).map(({ box }) => box.value),
        ]),
      ) as SearchState['filters'];
      state = { ...state, filters: chosen };
    } else return;
    typingEntry = false;
    run();
    commit();
  });
  // Links to this page (chips, "clear all", examples, the exact word) change the state in place.
  form.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest('a');
    if (!link || !facets || link.hash || link.pathname !== location.pathname) return;
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
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
  toggle.addEventListener('click', () => {
    expanded = !expanded;
    toggle.setAttribute('aria-expanded', String(expanded));
    placeFilters(false);
  });
  wide.addEventListener('change', () => placeFilters(!none.hidden));
  window.addEventListener('popstate', () => facets && fromLocation());

  placeFilters(false);
  status.textContent = t.loading;
  busy(true);
  worker.postMessage({
    type: 'open',
    urls: { index: indexUrl, list: listUrl, shard: shardUrl, doc: docUrl },
  });
}
