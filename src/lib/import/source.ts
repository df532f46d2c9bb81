import { ImportError } from './errors.ts';

/** The largest source the importer reads: a news article's text is a few tens of kilobytes. */
export const MAX_SOURCE_BYTES = 1_000_000;

const megabytes = (bytes: number) =>
  `${(bytes / 1_000_000).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;

// UTF-16 without a byte-order mark: one byte of each pair is zero for Latin text.
function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZero++;
    if (sample[i + 1] === 0) oddZero++;
  }
  const pairs = sample.length / 2;
  if (oddZero / pairs > 0.6 && evenZero / pairs < 0.1) return 'utf-16le';
  if (evenZero / pairs > 0.6 && oddZero / pairs < 0.1) return 'utf-16be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(
      `berkas UTF-16 (${encoding.toUpperCase()}) yang rusak — simpan ulang berkas sebagai UTF-8`,
    );
  }
}

/**
 * The text of a source file, or an ImportError saying why it is not one: too large to be one
 * article, empty, binary (NUL bytes), or not UTF-8 (with the byte offset of the first bad byte).
 * UTF-16 (as Windows' Notepad saves "Unicode") is read as such.
 */
export function decodeSource(bytes: Uint8Array): string {
  if (bytes.length > MAX_SOURCE_BYTES) {
    throw new ImportError(
      `berkas ${megabytes(bytes.length)} (${bytes.length} byte) — lebih dari batas ` +
        `${megabytes(MAX_SOURCE_BYTES)}, jadi bukan satu artikel berita; simpan satu artikel per berkas`,
    );
  }
  if (bytes.length === 0) throw new ImportError('berkas kosong — diharapkan teks artikel');
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decodeUtf16(bytes.subarray(2), 'utf-16le');
  else if (bytes[0] === 0xfe && bytes[1] === 0xff)
    text = decodeUtf16(bytes.subarray(2), 'utf-16be');
  else {
    const utf16 = utf16Without(bytes);
    if (utf16) text = decodeUtf16(bytes, utf16);
    else {
      const nul = bytes.indexOf(0);
      if (nul >= 0) {
        throw new ImportError(
          `berkas biner (byte NUL di posisi ${nul}) — diharapkan teks biasa (.txt, UTF-8)`,
        );
      }
      text = decodeUtf8(bytes);
    }
  }
  if (text.includes('\u0000')) {
    throw new ImportError('berkas biner (karakter NUL) — diharapkan teks biasa (.txt, UTF-8)');
  }
  if (text.trim() === '')
    throw new ImportError('berkas hanya berisi spasi — diharapkan teks artikel');
  return text;
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    const at = new TextEncoder().encode(loose.slice(0, loose.indexOf('\uFFFD'))).length;
    throw new ImportError(
      `bukan teks UTF-8 (byte 0x${bytes[at]?.toString(16).padStart(2, '0')} di posisi ${at}) — ` +
        'simpan ulang berkas sebagai UTF-8 (mis. dari Latin-1/Windows-1252)',
    );
  }
}
