import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WriteError, writeWhole, type WriteFs } from './write.ts';

const temp = () => mkdtempSync(join(tmpdir(), 'arsip-tulis-'));

/** The real file system, except that writing fails the way a full disk fails, halfway. */
function fullDisk(): WriteFs {
  return {
    ...fs,
    writeFileSync: ((path: fs.PathOrFileDescriptor, text: string) => {
      fs.writeFileSync(path, text.slice(0, 10));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    }) as typeof fs.writeFileSync,
  };
}

describe('writeWhole', () => {
  it('writes the file whole and leaves nothing else behind', () => {
    const dir = temp();
    writeWhole(join(dir, 'a.md'), 'isi lengkap\n');
    expect(readdirSync(dir)).toEqual(['a.md']);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('isi lengkap\n');
  });

  it('on a full disk: a message naming the file, and no part of it on disk', () => {
    const dir = temp();
    const target = join(dir, 'b.md');
    expect(() => writeWhole(target, 'isi yang panjang sekali\n', fullDisk())).toThrow(WriteError);
    expect(() => writeWhole(target, 'isi yang panjang sekali\n', fullDisk())).toThrow(
      `${target} tidak ditulis: disk penuh — tidak ada sisa berkas; atasi masalahnya lalu jalankan perintah yang sama lagi`,
    );
    expect(readdirSync(dir)).toEqual([]);
    // The rerun, once there is room, writes it.
    writeWhole(target, 'isi yang panjang sekali\n');
    expect(readdirSync(dir)).toEqual(['b.md']);
  });

  it('never overwrites a file that is already there', () => {
    const dir = temp();
    writeFileSync(join(dir, 'c.md'), 'yang lama');
    expect(() => writeWhole(join(dir, 'c.md'), 'yang baru')).toThrow(
      /c\.md tidak ditulis: berkas sudah ada/,
    );
    expect(readFileSync(join(dir, 'c.md'), 'utf8')).toBe('yang lama');
    expect(readdirSync(dir)).toEqual(['c.md']);
  });

  it('replaces a temporary file an interrupted run left behind', () => {
    const dir = temp();
    writeFileSync(join(dir, '.d.md.tmp'), 'setengah');
    writeWhole(join(dir, 'd.md'), 'utuh');
    expect(readdirSync(dir)).toEqual(['d.md']);
    expect(readFileSync(join(dir, 'd.md'), 'utf8')).toBe('utuh');
  });

  it('creates the missing folders of a new --out', () => {
    const dir = temp();
    writeWhole(join(dir, 'baru', 'dalam', 'e.md'), 'isi');
    expect(readFileSync(join(dir, 'baru', 'dalam', 'e.md'), 'utf8')).toBe('isi');
  });
});
