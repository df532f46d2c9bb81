import { mkdtempSync, readdirSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replaceFile } from './replace-file.ts';

const work = mkdtempSync(join(tmpdir(), 'replace-file-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('replaceFile', () => {
  it('writes the file, its folders made, and replaces it whole the next time', () => {
    const file = join(work, 'a/b/cache.json');
    replaceFile(file, 'satu');
    replaceFile(file, new TextEncoder().encode('dua'));
    expect(readFileSync(file, 'utf8')).toBe('dua');
    expect(readdirSync(join(work, 'a/b'))).toEqual(['cache.json']);
  });

  it('leaves what was there, and no temporary file, when the write fails', () => {
    const folder = join(work, 'c');
    mkdirSync(join(folder, 'taken.json'), { recursive: true });
    expect(() => replaceFile(join(folder, 'taken.json'), 'x')).toThrow();
    expect(readdirSync(folder)).toEqual(['taken.json']);
  });
});
