import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';
import { POLICY_NAME } from '../../src/scripts/trusted-types.ts';
import { headersFor, parseCsp, parseHeaders } from '../helpers/headers.ts';

describe('parseHeaders and headersFor', () => {
  const rules = parseHeaders(
    [
      '# comment',
      '/*',
      '  X-Content-Type-Options: nosniff',
      '  Cache-Control: no-cache',
      '',
      '/_astro/*',
      '  Cache-Control: max-age=60',
      '/exact.html',
      '\tX-Extra: a: b',
    ].join('\n'),
  );

  it('reads paths and their indented headers, values kept whole', () => {
    expect(rules).toEqual([
      {
        path: '/*',
        headers: [
          ['X-Content-Type-Options', 'nosniff'],
          ['Cache-Control', 'no-cache'],
        ],
      },
      { path: '/_astro/*', headers: [['Cache-Control', 'max-age=60']] },
      { path: '/exact.html', headers: [['X-Extra', 'a: b']] },
    ]);
  });

  it('applies every matching rule, joining a repeated header', () => {
    expect(headersFor(rules, '/artikel/x/')).toEqual({
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    });
    expect(headersFor(rules, '/_astro/a.js')['cache-control']).toBe('no-cache, max-age=60');
    expect(headersFor(rules, '/exact.html')['x-extra']).toBe('a: b');
    expect(headersFor(rules, '/exact-html')['x-extra']).toBeUndefined();
  });

  it('names the line it cannot read', () => {
    expect(() => parseHeaders('/*\n  not a header')).toThrow('_headers line 2');
    expect(() => parseHeaders('  X-A: b')).toThrow('_headers line 1');
    expect(() => parseHeaders('*.html\n  X-A: b')).toThrow('_headers line 1: expected a path');
  });
});

describe('public/_headers', () => {
  const headers = headersFor(
    parseHeaders(readFileSync(join(ROOT, 'public/_headers'), 'utf8')),
    '/artikel/x/',
  );
  const csp = parseCsp(headers['content-security-policy'] ?? '');

  it('sends a strict Content-Security-Policy on every page', () => {
    expect(Object.fromEntries(csp)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'frame-ancestors': ["'none'"],
      'form-action': ["'self'"],
      'require-trusted-types-for': ["'script'"],
      'trusted-types': [POLICY_NAME],
    });
    const all = [...csp.values()].flat();
    for (const loose of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:'])
      expect(all).not.toContain(loose);
  });

  it('sends the other security headers', () => {
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  });
});

describe("the README's nginx lines", () => {
  it('send exactly the headers public/_headers gives every page', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const snippet = /# \/etc\/nginx\/snippets\/arsip-headers\.conf\n([\s\S]*?)```/.exec(readme);
    expect(snippet, 'the nginx snippet in README.md').not.toBeNull();
    const lines = [...snippet![1]!.matchAll(/add_header ([\w-]+) "([^"]*)" always;/g)];
    expect(
      Object.fromEntries(lines.map(([, name, value]) => [name!.toLowerCase(), value])),
    ).toEqual(
      headersFor(parseHeaders(readFileSync(join(ROOT, 'public/_headers'), 'utf8')), '/artikel/x/'),
    );
  });
});
