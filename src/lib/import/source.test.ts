import { describe, expect, it } from 'vitest';
import { ImportError } from './errors.ts';
import { decodeSource, MAX_SOURCE_BYTES } from './source.ts';

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

  it.each([
    [
      'UTF-16 LE with its mark',
      Buffer.concat([Buffer.from([0xff, 0xfe]), bytes('Kerja sama “Korea” 한국', 'utf16le')]),
    ],
    [
      'UTF-16 BE with its mark',
      Buffer.concat([
        Buffer.from([0xfe, 0xff]),
        bytes('Kerja sama “Korea” 한국', 'utf16le').swap16(),
      ]),
    ],
    ['UTF-16 LE without a mark', bytes('Kerja sama “Korea” 한국', 'utf16le')],
  ])('reads %s', (_what, input) => {
    expect(decodeSource(input)).toBe('Kerja sama “Korea” 한국');
  });

  it('refuses a broken UTF-16 file as UTF-16, not as binary', () => {
    const broken = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      bytes('Teks', 'utf16le'),
      Buffer.from([0x00, 0xd8, 0x41, 0x00]),
    ]);
    expect(() => decodeSource(broken)).toThrow(
      /berkas UTF-16 \(UTF-16LE\) yang rusak — simpan ulang berkas sebagai UTF-8/,
    );
  });

  it('refuses a text over 1 MB as not one news article, naming its size', () => {
    const big = new Uint8Array(MAX_SOURCE_BYTES + 1).fill(0x61);
    expect(() => decodeSource(big)).toThrow(
      'berkas 1 MB (1000001 byte) — lebih dari batas 1 MB, jadi bukan satu artikel berita; simpan satu artikel per berkas',
    );
    expect(decodeSource(new Uint8Array(MAX_SOURCE_BYTES).fill(0x61))).toHaveLength(
      MAX_SOURCE_BYTES,
    );
  });
});
