// The content layer's store, read by the build from its file instead of compiled as JavaScript.
//
// Astro hands the prerendering code its content store as one module, `export default
// JSON.parse("…")`, the whole store as a single string literal. V8 compiles such a literal in
// time that grows faster than its length: at 10,000 articles (a 94 MB store, not all ASCII) the
// import alone took 24 s, where reading and parsing the same file takes under 2 s. Astro's own
// chunked storage (experimental `collectionStorage`) splits the store, but its writer measures
// every character separately and took over half an hour to write the same store.
//
// So, in a build only, the module is replaced by one that reads the file and checks it is the
// text Astro embedded (its SHA-1): the same value, without the literal. Where the code is not
// exactly the embedded form of that file (another Astro version's shape, a chunked store, no
// file), it is left as it is.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin as VitePlugin } from 'vite';

/** The id Astro's content plugin gives its store module (`\0` + `astro:data-layer-content`). */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';

const PREFIX = 'export default JSON.parse(';
const SUFFIX = ')';

/** What the build says when the store file changed between bundling and prerendering. */
export function changedStoreMessage(file: string): string {
  return `${file}: isi arsip berubah saat build berjalan (berkas ini ditulis ulang oleh proses lain); jalankan build sekali lagi.`;
}

/**
 * The module that reads `file` at run time, when `code` is Astro's inline form of `text` (the
 * file's contents now); otherwise undefined, and the code stays.
 */
export function storeModuleFromFile(code: string, file: string, text: string): string | undefined {
  if (!code.startsWith(PREFIX) || !code.endsWith(SUFFIX)) return undefined;
  if (code.slice(PREFIX.length, -SUFFIX.length) !== JSON.stringify(text)) return undefined;
  const sha1 = createHash('sha1').update(text).digest('hex');
  return [
    `import { createHash } from 'node:crypto';`,
    `import { readFileSync } from 'node:fs';`,
    `const text = readFileSync(${JSON.stringify(file)}, 'utf8');`,
    `if (createHash('sha1').update(text).digest('hex') !== ${JSON.stringify(sha1)})`,
    `  throw new Error(${JSON.stringify(changedStoreMessage(file))});`,
    `export default JSON.parse(text);`,
  ].join('\n');
}

/** The Vite plugin (build only) that swaps the store module for `storeModuleFromFile`'s. */
export function dataStoreFromFile(file: string): VitePlugin {
  return {
    name: 'archive:data-store-from-file',
    apply: 'build',
    transform(code, id) {
      if (id !== DATA_STORE_MODULE_ID) return null;
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        return null;
      }
      const replaced = storeModuleFromFile(code, file, text);
      return replaced === undefined ? null : { code: replaced, map: { mappings: '' } };
    },
  };
}
