import { afterAll, beforeAll } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import sirv from 'sirv';
import { headersFor, type HeaderRule } from './headers.ts';

/** Debian's Chromium, with the flags this machine needs (no sandbox, no background network). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Serves a built site on a free loopback port, under `base` ("/" or "/sub/"); with `headers`
 * (rules parsed from public/_headers), every response gets the headers its path matches.
 */
export async function serve(
  dist: string,
  base = '/',
  headers: HeaderRule[] = [],
): Promise<{ url: string; close: () => Promise<void> }> {
  const files = sirv(dist, {
    dev: false,
    etag: true,
    extensions: ['html'],
    setHeaders: (res, pathname) => {
      for (const [name, value] of Object.entries(headersFor(headers, pathname)))
        res.setHeader(name, value);
    },
  });
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (!path.startsWith(base)) {
      res.statusCode = 404;
      res.end('not under base');
      return;
    }
    req.url = `/${path.slice(base.length)}`;
    files(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/**
 * For a test file: serves a built site and launches Chromium before its tests, closes both
 * after. Read `browser` and `url` inside tests (they exist once the file's setup has run).
 */
export function useServedSite(
  dist: string,
  base = '/',
  headers: HeaderRule[] = [],
): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let site: { url: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    site = await serve(dist, base, headers);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get url() {
      return site!.url;
    },
  };
}
