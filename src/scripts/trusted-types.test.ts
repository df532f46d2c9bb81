import { describe, expect, it } from 'vitest';
import { ownScriptUrl } from './trusted-types.ts';

describe('ownScriptUrl (the Trusted Types policy rule)', () => {
  const page = 'https://arsip.example.go.id/arsip/cari/?q=korea';

  it('lets through the site’s own scripts, resolved against the page', () => {
    expect(ownScriptUrl('/arsip/_astro/search-worker-x1.js', page)).toBe(
      'https://arsip.example.go.id/arsip/_astro/search-worker-x1.js',
    );
    expect(ownScriptUrl('../_astro/a.js', page)).toBe(
      'https://arsip.example.go.id/arsip/_astro/a.js',
    );
  });

  it('refuses any other origin, scheme or protocol-relative address', () => {
    for (const url of [
      'https://penyerang.example/w.js',
      '//penyerang.example/w.js',
      'http://arsip.example.go.id/_astro/a.js',
      'data:text/javascript,postMessage(1)',
      'blob:https://arsip.example.go.id/1234',
      'javascript:alert(1)',
    ])
      expect(() => ownScriptUrl(url, page), url).toThrow(/is not a script of this site/);
  });
});
