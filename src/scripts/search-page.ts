// The search island: reads the state from the URL, queries the static index, renders results.
import { searchUi as t, siteName } from '../i18n/id';
import { PhraseMatcher } from '../lib/search/aliases';
import { chips, hasFilters, statusLine } from '../lib/search/present';
import { SearchEngine } from '../lib/search/engine';
import type { SearchOutcome } from '../lib/search/search';
import { matchSpans, segments, snippet, type Segment } from '../lib/search/snippet';
import { FACETS, type DocFile, type Postings, type SearchCore } from '../lib/search/types';
import { readState, safeParams, writeState, type SearchState } from '../lib/search/url-state';

const PAGE = 20;

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
  const { indexUrl = '', shardUrl = '', docUrl = '', articleUrl = '' } = form.dataset;
  const pageUrl = form.action;
  const baseTitle = document.title;
  form.querySelector<HTMLElement>('[data-search-apply]')!.hidden = true;

  let engine: SearchEngine;
  let index: SearchCore;
  let matcher: PhraseMatcher;
  let state: SearchState;
  let outcome: SearchOutcome;
  let shown = PAGE;
  let typingEntry = false;
  let sequence = 0;
  const docs = new Map<number, Promise<DocFile>>();
  const json = <T>(url: string) =>
    fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${r.status} ${url}`);
      return r.json() as Promise<T>;
    });
  const doc = (n: number) => {
    if (!docs.has(n)) docs.set(n, json<DocFile>(`${docUrl}${n}.json`));
    return docs.get(n)!;
  };

  const resultItem = (file: DocFile): HTMLLIElement => {
    const li = el('li');
    const article = el('article', 'result');
    const heading = el('h2', 'result__title');
    const link = el('a');
    link.href = `${articleUrl}${file.slug}/`;
    fill(link, segments(file.title, matchSpans(file.title, outcome.matched, matcher)));
    heading.append(link);
    const meta = el('p', 'result__meta', `${file.dateText} · ${file.institution}`);
    const text = el('p', 'result__snippet');
    fill(text, snippet(file.text, outcome.matched, matcher));
    article.append(heading, meta, text);
    li.append(article);
    return li;
  };

  let renders = 0;
  const render = (files: DocFile[]) => {
    list.replaceChildren(...files.map(resultItem));
    // A counter benchmarks and tests can wait on: results for the current state are in the DOM.
    list.dataset['renderCount'] = String(++renders);
    more.hidden = outcome.hits.length <= shown;
    const q = state.q.trim();
    none.hidden = outcome.hits.length > 0;
    none.textContent = q ? `${t.noneFound(q)} ${t.noneHint}` : t.noneHint;
    status.textContent = statusLine(state, outcome, t);
    document.title = q ? `${t.titleWithQuery(q)} · ${siteName}` : baseTitle;
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

  // Searches and renders; an answer that arrives after a newer query began is dropped.
  const show = async (fresh: SearchOutcome | null, current: number) => {
    if (fresh) outcome = fresh;
    const files = await Promise.all(outcome.hits.slice(0, shown).map((h) => doc(h.index)));
    if (current === sequence) render(files);
  };
  const run = (typing = false) => {
    const current = ++sequence;
    shown = PAGE;
    engine
      .run(state.q, state.filters, state.sort, typing)
      .then((fresh) => (current === sequence ? show(fresh, current) : undefined))
      .catch(() => {
        if (current === sequence) status.textContent = t.loadFailed;
      });
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
    void show(null, sequence).then(() => list.children[first]?.querySelector('a')?.focus());
  });
  window.addEventListener('popstate', fromLocation);

  status.textContent = t.loading;
  json<SearchCore>(indexUrl)
    .then((core) => {
      index = core;
      engine = new SearchEngine(core, (shard) => json<Postings>(`${shardUrl}${shard}.json`));
      matcher = new PhraseMatcher(core.aliases);
      fromLocation();
    })
    .catch(() => {
      status.textContent = t.loadFailed;
    });
}
