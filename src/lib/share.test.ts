import { describe, expect, it } from 'vitest';
import { SHARE_SERVICES, shareHref } from './share.ts';

const url = 'https://arsip.test/artikel/2021-08-30-kasn/';
const title = 'KASN & Korea: “kerja sama” #1?';

describe('shareHref', () => {
  it('gives each service the page’s address and headline, encoded', () => {
    const links = Object.fromEntries(SHARE_SERVICES.map((s) => [s, shareHref(s, url, title)]));
    expect(new URL(links['whatsapp']!).searchParams.get('text')).toBe(`${title} ${url}`);
    expect(new URL(links['x']!).searchParams.get('url')).toBe(url);
    expect(new URL(links['x']!).searchParams.get('text')).toBe(title);
    expect(new URL(links['facebook']!).searchParams.get('u')).toBe(url);
    expect(new URL(links['linkedin']!).searchParams.get('url')).toBe(url);
    expect(links['whatsapp']).toMatch(/^https:\/\/wa\.me\/\?text=/);
    expect(links['facebook']).toMatch(/^https:\/\/www\.facebook\.com\/sharer\/sharer\.php\?u=/);
  });

  it('writes the e-mail with %20 for spaces and the address on a line of its own', () => {
    const mail = shareHref('email', url, title);
    expect(mail).not.toContain('+');
    expect(mail).toMatch(/^mailto:\?subject=KASN%20%26%20Korea/);
    expect(decodeURIComponent(mail.split('&body=')[1]!)).toBe(`${title}\n${url}`);
  });

  it('keeps hostile text inert: it stays in the query, never in the address', () => {
    for (const service of SHARE_SERVICES.filter((s) => s !== 'email')) {
      const href = new URL(shareHref(service, 'javascript:alert(1)', '"><script>'));
      expect(href.protocol, service).toBe('https:');
      expect(href.href, service).not.toContain('<script>');
    }
  });
});
