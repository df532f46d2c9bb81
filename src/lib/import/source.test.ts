import { describe, expect, it } from 'vitest';
import { ImportError } from './errors.ts';
import { decodeSource } from './source.ts';

const bytes = (text: string, encoding: BufferEncoding = 'utf8') => Buffer.from(text, encoding);

describe('decodeSource', () => {
  it('returns the text of a UTF-8 file', () => {
    expect(decodeSource(bytes('Menteri “PANRB” – 30 Agustus 2021'))).toBe(
      'Menteri “PANRB” – 30 Agustus 2021',
    );
  });

  it.each([
    ['an empty file', new Uint8Array(), /berkas kosong/],
    ['a file of spaces', bytes(' \n\u00A0\n'), /hanya berisi spasi/],
    ['a binary file', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /biner .*posisi 4/],
    [
      'a Latin-1 file',
      bytes('Kerja sama caf\u00e9 Korea', 'latin1'),
      /bukan teks UTF-8 .*0xe9 di posisi 14/,
    ],
  ])('refuses %s with a clear message', (_what, input, message) => {
    expect(() => decodeSource(input)).toThrow(ImportError);
    expect(() => decodeSource(input)).toThrow(message);
  });
});
