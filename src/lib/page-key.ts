// Cache keys for Astro's incremental build: a page whose key and code are the same as in the
// last build is copied from it instead of rendered. A key is a digest of everything the page
// shows that is not its code, so a rebuild after one new article renders only the pages that
// show it (its own, its neighbours', those it is related to) and their listings.
import { createHash } from 'node:crypto';

// An article shown on many pages (its own, its neighbours', related lists) is hashed once.
const digests = new WeakMap<object, string>();

/** A digest of a value's JSON, remembered for each object. */
export function digestOf(value: object): string {
  let digest = digests.get(value);
  if (digest === undefined) {
    digest = createHash('sha256').update(JSON.stringify(value)).digest('base64url');
    digests.set(value, digest);
  }
  return digest;
}

/** What a page is made from: objects and lists of them (digested), text, or nothing. */
export type KeyInput = object | readonly object[] | string | number | undefined;

/** The cache key of a page made from these inputs, in order: it changes when any of them does. */
export function pageKey(...inputs: KeyInput[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) {
    const parts =
      input === undefined
        ? ['-']
        : typeof input === 'object'
          ? Array.isArray(input)
            ? ['[', ...input.map((item: object) => digestOf(item)), ']']
            : [digestOf(input)]
          : [typeof input, String(input)];
    for (const part of parts) hash.update(part).update('\0');
  }
  return hash.digest('base64url');
}
