// The search island: reads the state from the URL, queries the static index, renders results.
import { ui } from '../i18n/id';
import { PhraseMatcher } from '../lib/search/aliases';
import { chips, hasFilters, statusLine } from '../lib/search/present';
import { QueryResolver } from '../lib/search/query';
import { search, type Hit, type SearchOutcome } from '../lib/search/search';
import { matchSpans, segments, snippet, type Segment } from '../lib/search/snippet';
import { FACETS, type SearchIndexData } from '../lib/search/types';
import { readState, safeParams, writeState, type SearchState } from '../lib/search/url-state';

const PAGE = 20;
const t = ui.search;

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
  const input = form.querySelector<HTMLInputElement>('[data-search-input]')!;
  const sort = form.querySelector<HTMLSelectElement>('[data-search-sort]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const list = form.querySelector<HTMLOListElement>('[data-search-results]')!;
  const none = form.querySelector<HTMLElement>('[data-search-none]')!;
  const more = form.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const chipBox = form.querySelector<HTMLElement>('[data-search-chips]')!;
  const chipList = form.querySelector<HTMLUListElement>('[data-search-chip-list]')!;
  const clear = form.querySelector<HTMLAnchorElement>('[data-search-clear]')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const { indexUrl = '', textUrl = '', articleUrl = '' } = form.dataset;
  const pageUrl = form.action;
  const baseTitle = document.title;
  form.querySelector<HTMLElement>('[data-search-apply]')!.hidden = true;

  let index: SearchIndexData;
  let resolver: QueryResolver;
  let matcher: PhraseMatcher;
  let state: SearchState;
  let outcome: SearchOutcome;
  let shown = PAGE;
  let typingEntry = false;
  const shards = new Map<number, Promise<string[]>>();

  const shard = (n: number) => {
    if (!shards.has(n)) {
      shards.set(
        n,
        fetch(`${textUrl}${n}.json`).then((r) => (r.ok ? (r.json() as Promise<string[]>) : [])),
      );
    }
    return shards.get(n)!;
  };

  const resultItem = (hit: Hit): HTMLLIElement => {
    const li = el('li');
    const article = el('article', 'result');
    const heading = el('h2', 'result__title');
    const link = el('a');
    link.href = `${articleUrl}${hit.doc.slug}/`;
    fill(link, segments(hit.doc.title, matchSpans(hit.doc.title, outcome.matched, matcher)));
    heading.append(link);
    const meta = el('p', 'result__meta', `${hit.doc.dateText} · ${hit.doc.institution}`);
    const text = el('p', 'result__snippet');
    article.append(heading, meta, text);
    li.append(article);
    const matched = outcome.matched;
    void shard(Math.floor(hit.index / index.shards.size)).then((texts) => {
      const body = texts[hit.index % index.shards.size];
      if (body !== undefined && text.isConnected) fill(text, snippet(body, matched, matcher));
    });
    return li;
  };

  let renders = 0;
  const render = () => {
    // A counter benchmarks and tests can wait on: results for the current state are in the DOM.
    list.dataset['renderCount'] = String(++renders);
    list.replaceChildren(...outcome.hits.slice(0, shown).map(resultItem));
    more.hidden = outcome.hits.length <= shown;
    const q = state.q.trim();
    none.hidden = outcome.hits.length > 0;
    none.textContent = q ? `${t.noneFound(q)} ${t.noneHint}` : t.noneHint;
    status.textContent = statusLine(state, outcome, t);
    document.title = q ? `${t.titleWithQuery(q)} · ${ui.siteName}` : baseTitle;
    for (const box of boxes) {
      const facet = box.name as (typeof FACETS)[number];
      box.checked = state.filters[facet].includes(box.value);
      const count = box.parentElement?.querySelector('[data-count]');
      if (count) count.textContent = `(${outcome.counts[facet].get(box.value) ?? 0})`;
    }
    const active = chips(state, index);
    chipBox.hidden = !hasFilters(state.filters);
    chipList.replaceChildren(
      ...active.map((chip) => {
        const li = el('li');
        const a = el('a', 'chip');
        a.href = `${pageUrl}${chip.query ? `?${chip.query}` : ''}`;
        a.setAttribute('aria-label', t.removeFilter(`${t.facets[chip.facet]}: ${chip.label}`));
        a.append(el('span', undefined, chip.label), el('span', 'chip__x', '×'));
        a.lastElementChild!.setAttribute('aria-hidden', 'true');
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

  const run = (typing = false) => {
    outcome = search(index, resolver, state.q, state.filters, state.sort, typing);
    shown = PAGE;
    render();
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
    state = readState(safeParams(location.search), index);
    input.value = state.q;
    sort.value = state.sort;
    typingEntry = false;
    run();
  };

  input.addEventListener('input', () => {
    state = { ...state, q: input.value.slice(0, 200) };
    run(true);
    // The first keystroke makes a history entry; the rest of the word replaces it.
    commit(typingEntry);
    typingEntry = true;
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = { ...state, q: input.value.slice(0, 200) };
    typingEntry = false;
    run();
    commit(true);
  });
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    if (target === sort)
      state = { ...state, sort: readState(new URLSearchParams({ urut: sort.value }), index).sort };
    else if (target instanceof HTMLInputElement && target.type === 'checkbox') {
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
    if (!link) return;
    event.preventDefault();
    history.pushState(null, '', link.href);
    fromLocation();
    input.focus();
  });
  more.addEventListener('click', () => {
    const first = list.children.length;
    shown += PAGE;
    render();
    list.children[first]?.querySelector('a')?.focus();
  });
  window.addEventListener('popstate', fromLocation);

  status.textContent = t.loading;
  fetch(indexUrl)
    .then((response) => {
      if (!response.ok) throw new Error(String(response.status));
      return response.json() as Promise<SearchIndexData>;
    })
    .then((data) => {
      index = data;
      resolver = new QueryResolver(index);
      matcher = new PhraseMatcher(index.aliases);
      fromLocation();
    })
    .catch(() => {
      status.textContent = t.loadFailed;
    });
}
