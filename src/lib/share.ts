// Share links that need no third-party script: each service's own address for sharing a link,
// built with URL and URLSearchParams (never by pasting strings together). Used at build time,
// and in the browser where the build did not know the page's public address.

/** A service an article can be shared to. */
export type ShareService = 'email' | 'whatsapp' | 'x' | 'facebook' | 'linkedin';

/** Every service, in the order the page lists them. */
export const SHARE_SERVICES: readonly ShareService[] = [
  'email',
  'whatsapp',
  'x',
  'facebook',
  'linkedin',
];

/** Each web service's sharing address, as the service documents it. */
export const SHARE_ENDPOINTS = {
  whatsapp: 'https://wa.me/',
  x: 'https://x.com/intent/post',
  facebook: 'https://www.facebook.com/sharer/sharer.php',
  linkedin: 'https://www.linkedin.com/sharing/share-offsite/',
} as const;

/** The address that shares `url` (with its `title`) on a service. */
export function shareHref(service: ShareService, url: string, title: string): string {
  if (service === 'email') {
    // mailto: reads %20 as a space, where URLSearchParams would write "+".
    return `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n${url}`)}`;
  }
  const href = new URL(SHARE_ENDPOINTS[service]);
  const params: Record<string, string> =
    service === 'whatsapp'
      ? { text: `${title} ${url}` }
      : service === 'x'
        ? { url, text: title }
        : service === 'facebook'
          ? { u: url }
          : { url };
  for (const [key, value] of Object.entries(params)) href.searchParams.set(key, value);
  return href.href;
}
