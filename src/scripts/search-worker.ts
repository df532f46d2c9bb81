// The search worker: keeps the index and does the searching, so typing never blocks the page.
// It answers each query with the result list first, then with the results' snippets.
import type { IndexUrls, SearchRequest } from '../lib/search/messages.ts';
import { SearchService } from '../lib/search/protocol.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage: (message: unknown) => void;
};

const fetchJson = <T>(url: string, signal?: AbortSignal): Promise<T> =>
  fetch(url, signal ? { signal } : {}).then((response) => {
    if (!response.ok) throw new Error(`${response.status} ${url}`);
    return response.json() as Promise<T>;
  });

// A macrotask: lets a newer query's message in between two snippets.
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const pause = () =>
  new Promise<void>((resume) => {
    waiting.push(resume);
    channel.port2.postMessage(null);
  });

/** How long a typed query's snippets wait for the next keystroke before they are fetched (ms). */
const SNIPPET_WAIT = 60;

let service: Promise<SearchService> | undefined;

scope.onmessage = (event: MessageEvent) => {
  const message = event.data as
    { type: 'open'; urls: IndexUrls } | { type: 'search'; request: SearchRequest };
  if (message.type === 'open') {
    service = SearchService.open(message.urls, fetchJson, pause);
    service.then(
      (s) => scope.postMessage({ type: 'ready', facets: s.facets }),
      () => scope.postMessage({ type: 'failed' }),
    );
    return;
  }
  const { id } = message.request;
  const failed = () => scope.postMessage({ type: 'failed', id });
  void service
    ?.then(async (s) => {
      const answer = await s.answer(message.request);
      if (!answer) return;
      scope.postMessage({ type: 'answer', answer });
      // While the reader types, the next key usually comes first: its answer goes before these.
      if (message.request.typing) await new Promise((resume) => setTimeout(resume, SNIPPET_WAIT));
      const snippets = await s.snippets(id);
      if (snippets) scope.postMessage({ type: 'snippets', snippets });
    })
    .catch(failed);
};
