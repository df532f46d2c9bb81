import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  changedStoreMessage,
  dataStoreFromFile,
  storeModuleFromFile,
} from './data-store-module.ts';

const work = mkdtempSync(join(tmpdir(), 'data-store-module-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The store's text as Astro writes it (devalue's JSON form), with what real bodies hold:
// quotation marks, backslashes, line breaks, Hangul, and characters outside the BMP.
const store = JSON.stringify([
  ['articles', 'kerja-sama'],
  { judul: 'KASN dan MPM: "merit" \\ sistem', isi: '<p>한국 인사혁신처\nbaris dua 😀</p>' },
]);
const inline = (text: string) => `export default JSON.parse(${JSON.stringify(text)})`;

let n = 0;
async function importCode(code: string): Promise<unknown> {
  const file = join(work, `module-${n++}.mjs`);
  writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

describe('storeModuleFromFile', () => {
  it('gives the same value as Astro inline module, read from the file', async () => {
    const file = join(work, 'data-store.json');
    writeFileSync(file, store);
    const code = storeModuleFromFile(inline(store), file, store);
    expect(code).toBeDefined();
    expect(code).not.toContain('merit');
    expect(await importCode(code!)).toEqual(await importCode(inline(store)));
  });

  it('stops the build, naming the file, when the file changed after bundling', async () => {
    const file = join(work, 'changed.json');
    writeFileSync(file, store);
    const code = storeModuleFromFile(inline(store), file, store)!;
    writeFileSync(file, store.replace('merit', 'merid'));
    await expect(importCode(code)).rejects.toThrow(changedStoreMessage(file));
  });

  it('leaves any other code alone: another text, a chunked store, an empty one', () => {
    const file = join(work, 'data-store.json');
    expect(storeModuleFromFile(inline(store + ' '), file, store)).toBeUndefined();
    expect(storeModuleFromFile('export default{"articles":[]}', file, store)).toBeUndefined();
    expect(storeModuleFromFile('export default new Map()', file, store)).toBeUndefined();
  });
});

describe('dataStoreFromFile', () => {
  const transform = (file: string, code: string, id: string) => {
    const hook = dataStoreFromFile(file).transform as (c: string, i: string) => unknown;
    return hook(code, id);
  };

  it('replaces only the store module, in a build', () => {
    const file = join(work, 'data-store.json');
    writeFileSync(file, store);
    expect(dataStoreFromFile(file).apply).toBe('build');
    expect(transform(file, inline(store), '\0astro:data-layer-content')).toMatchObject({
      code: expect.stringContaining('readFileSync') as unknown,
    });
    expect(transform(file, inline(store), '/src/pages/index.astro')).toBeNull();
  });

  it('leaves the module as it is when there is no store file', () => {
    expect(
      transform(join(work, 'missing.json'), inline(store), '\0astro:data-layer-content'),
    ).toBeNull();
  });
});
