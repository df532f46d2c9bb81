// The search page: keeps its state in the URL, asks the search worker, renders the answers.
// The list renders as soon as the worker answers; snippets follow. While a word is still being
// typed, an answer with no result leaves the last results up, and what the search read the
// query as ("Menampilkan hasil untuk …") or that it found nothing shows once the reader pauses.
import { searchStringsFor } from '../i18n/search.ts';
import type { SearchAnswer, SearchRequest, SnippetAnswer } from '../lib/search/messages.ts';
import { queryString } from '../lib/search/present.ts';
import { FACETS, type FacetName } from '../lib/search/types.ts';
import { cleanQuery, readState, safeParams, type SearchState } from '../lib/search/url-state.ts';
import {
  dateFormat,
  fillSnippets,
  findParts,
  renderResults,
  showState,
  type Context,
} from './search-view.ts';
import workerUrl from './search-worker.ts?worker&url';
import { trustedScriptUrl } from './trusted-types.ts';

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
  const input = form.querySelector<HTMLInputElement>('[data-search-input]')!;
  const sort = form.querySelector<HTMLSelectElement>('[data-search-sort]')!;
  const list = form.querySelector<HTMLOListElement>('[data-search-results]')!;
  const filters = form.querySelector<HTMLElement>('[data-search-filters]')!;
  const slot = form.querySelector<HTMLElement>('[data-filter-slot]')!;
  const header = document.querySelector<HTMLInputElement>('[data-site-search]');
  const parts = findParts(form);
  const labels = new Map(
    parts.boxes.map(({ box }) => [
      `${box.name}:${box.value}`,
      box.parentElement?.querySelector('[data-label]')?.textContent ?? box.value,
    ]),
  );
  const { indexUrl = '', listUrl = '', shardUrl = '', docUrl = '', articleUrl = '' } = form.dataset;
  // The page's language: the worker and index serve every edition, the page words and dates.
  const locale = document.documentElement.lang || 'id';
  const { t, siteName } = searchStringsFor(locale);
  const context: Context = {
    text: t,
    pageUrl: form.action,
    articleUrl,
    labelOf: (facet, id) => labels.get(`${facet}:${id}`) ?? id,
    formatDate: dateFormat(locale),
  };
  const baseTitle = document.title;
  form.querySelector<HTMLElement>('[data-search-apply]')!.hidden = true;

  const worker = new Worker(trustedScriptUrl(workerUrl), { type: 'module' });
  let facets: { facets: Record<FacetName, string[]> } | undefined;
  let state: SearchState;
  let shown = PAGE;
  let typingEntry = false;
  let urlPending = false;
  let sequence = 0;
  let rendered = 0;
  let settledId = 0;
  let snippetsIn = 0;
  let renders = 0;
  let expanded = false;
  let focusAfter: number | undefined;
  let settle: ReturnType<typeof setTimeout> | undefined;
  const asked = new Map<number, number>();

  // Signals for assistive technology, tests and benchmarks: the list is busy until the current
  // state is shown settled with its snippets; `data-render-count` counts the answers handled.
  const busy = (on: boolean) => list.setAttribute('aria-busy', String(on));
  const idle = () =>
    settledId === sequence && (snippetsIn === sequence || list.children.length === 0);
  const handled = () => (list.dataset['renderCount'] = String(++renders));

  // On a phone the filters sit under their toggle, above the results; on a wide screen beside.
  const wide = matchMedia('(min-width: 60rem)');
  const layout = filters.parentElement!;
  const placeFilters = (empty: boolean) => {
    const home = wide.matches ? layout : slot;
    if (filters.parentElement !== home) home.append(filters);
    if (parts.toggle.hidden !== empty) parts.toggle.hidden = empty;
    const hidden = empty || (!wide.matches && !expanded);
    if (filters.hidden !== hidden) filters.hidden = hidden;
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
    if (settled) {
      settledId = answer.id;
      // The URL follows the reader's typing once it settles: history calls cost the main
      // thread dearly on every keystroke. The first settled word makes an entry; the rest
      // of the same typing replaces it.
      if (urlPending) {
        urlPending = false;
        commit(typingEntry);
        typingEntry = true;
      }
    }
    showState(parts, answer, state, settled, context);
    placeFilters(answer.total === 0);
    const q = state.q.trim();
    const title = q ? `${t.titleWithQuery(q)} · ${siteName}` : baseTitle;
    if (document.title !== title) document.title = title;
    if (header && document.activeElement !== header && header.value !== state.q) {
      header.value = state.q;
    }
    handled();
    if (idle()) busy(false);
    performance.measure('search-render', { start: started });
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
      const start = asked.get(answer.id)!;
      const { at, total } = answer.timing;
      // How long the request waited for the worker, and the answer for the page.
      const there = at - (performance.timeOrigin + start);
      const back = performance.timeOrigin + performance.now() - (at + total);
      performance.measure('search-answer', { start, detail: { ...answer.timing, there, back } });
      clearTimeout(settle);
      if (!answer.open) return render(answer, true);
      // A word still being typed: nothing found yet leaves the last results up.
      if (answer.total === 0 && renders > 0) handled();
      else render(answer, false);
      settle = setTimeout(() => answer.id === sequence && render(answer, true), SETTLE_MS);
    } else if (message.type === 'snippets') {
      const { snippets } = message;
      if (snippets.id !== sequence || snippets.id !== rendered) return;
      fillSnippets(list, snippets.snippets, snippets.languages);
      snippetsIn = snippets.id;
      if (idle()) busy(false);
      performance.measure('search-snippets', {
        start: asked.get(snippets.id) ?? 0,
        detail: snippets.timing,
      });
    } else if (message.id === undefined || message.id === sequence) {
      parts.status.textContent = t.loadFailed;
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
    urlPending = false;
    run();
  };

  const typed = (value: string) => {
    if (!facets) return;
    state = { ...state, q: cleanQuery(value), exact: false };
    urlPending = true;
    run(true);
  };
  const submitted = (event: Event, value: string) => {
    event.preventDefault();
    if (!facets) return;
    state = { ...state, q: cleanQuery(value) };
    // Typing not yet in the URL makes its entry now; otherwise the entry is replaced.
    commit(!urlPending || typingEntry);
    typingEntry = false;
    urlPending = false;
    run();
  };
  input.addEventListener('input', () => typed(input.value));
  form.addEventListener('submit', (event) => submitted(event, input.value));
  // The header's box on this page is the same search: the two mirror each other.
  header?.addEventListener('input', () => {
    input.value = header.value;
    typed(header.value);
  });
  header?.form?.addEventListener('submit', (event) => {
    input.value = header.value;
    submitted(event, header.value);
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
          parts.boxes
            .filter(({ box }) => box.name === facet && box.checked)
            .map(({ box }) => box.value),
        ]),
      ) as SearchState['filters'];
      state = { ...state, filters: chosen };
    } else return;
    typingEntry = false;
    urlPending = false;
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
  parts.more.addEventListener('click', () => {
    // Focus moves to the first newly shown result once it is there.
    focusAfter = list.children.length;
    shown += PAGE;
    ask();
  });
  parts.toggle.addEventListener('click', () => {
    expanded = !expanded;
    parts.toggle.setAttribute('aria-expanded', String(expanded));
    placeFilters(false);
  });
  wide.addEventListener('change', () => placeFilters(!parts.none.hidden));
  window.addEventListener('popstate', () => facets && fromLocation());

  placeFilters(false);
  parts.status.textContent = t.loading;
  busy(true);
  worker.postMessage({
    type: 'open',
    urls: { index: indexUrl, list: listUrl, shard: shardUrl, doc: docUrl },
  });
}
