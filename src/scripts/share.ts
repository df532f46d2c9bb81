// The article's share block: copy the page's address, open the browser's share sheet, and —
// where the build knew no public address — build the share links from the address the reader is on.
import { shareHref, type ShareService } from '../lib/share.ts';

const block = document.querySelector<HTMLElement>('[data-share]');
if (block) {
  const title = block.dataset['shareTitle'] ?? document.title;
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const url = canonical ?? `${location.origin}${location.pathname}`;
  const status = block.querySelector<HTMLElement>('[data-share-status]');
  const say = (message: string | undefined) => {
    if (status) status.textContent = message ?? '';
  };
  const show = (control: Element | null, enabled: boolean) => {
    const item = control?.closest<HTMLElement>('[data-share-js]');
    if (item) item.hidden = !enabled;
  };

  for (const link of block.querySelectorAll<HTMLAnchorElement>('a[data-share-service]')) {
    if (!link.getAttribute('href'))
      link.href = shareHref(link.dataset['shareService'] as ShareService, url, title);
    show(link, true);
  }

  const copy = block.querySelector<HTMLButtonElement>('[data-copy-link]');
  show(copy, Boolean(navigator.clipboard));
  copy?.addEventListener('click', () => {
    navigator.clipboard.writeText(url).then(
      () => say(block.dataset['copied']),
      () => say(block.dataset['failed']),
    );
  });

  const native = block.querySelector<HTMLButtonElement>('[data-share-native]');
  show(native, typeof navigator.share === 'function');
  native?.addEventListener('click', () => {
    // A reader who closes the share sheet rejects the promise: nothing to say then.
    navigator.share({ title, url }).catch(() => undefined);
  });
}
