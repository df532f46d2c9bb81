// The search worker: keeps the index and does the searching, so typing never blocks the page.
import { SearchService, type IndexUrls, type SearchRequest } from '../lib/search/protocol.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage: (message: unknown) => void;
};

const fetchJson = <T>(url: string): Promise<T> =>
  fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${response.status} ${url}`);
    return response.json() as Promise<T>;
  });

let service: Promise<SearchService> | undefined;

scope.onmessage = (event: MessageEvent) => {
  const message = event.data as
    { type: 'open'; urls: IndexUrls } | { type: 'search'; request: SearchRequest };
  if (message.type === 'open') {
    service = SearchService.open(message.urls, fetchJson);
    service.then(
      (s) => scope.postMessage({ type: 'ready', facets: s.facets }),
      () => scope.postMessage({ type: 'failed' }),
    );
    return;
  }
  void service
    ?.then((s) => s.answer(message.request))
    .then(
      (answer) => answer && scope.postMessage({ type: 'answer', answer }),
      () => scope.postMessage({ type: 'failed', id: message.request.id }),
    );
};
