import { ImportError } from './errors.ts';

/**
 * The text of a source file, or an ImportError saying why it is not one: empty, binary (NUL bytes),
 * or not UTF-8 (with the byte offset of the first bad byte).
 */
export function decodeSource(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportError('berkas kosong — diharapkan teks artikel');
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new ImportError(
      `berkas biner (byte NUL di posisi ${nul}) — diharapkan teks biasa (.txt, UTF-8)`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    const at = new TextEncoder().encode(loose.slice(0, loose.indexOf('\uFFFD'))).length;
    throw new ImportError(
      `bukan teks UTF-8 (byte 0x${bytes[at]?.toString(16).padStart(2, '0')} di posisi ${at}) — ` +
        'simpan ulang berkas sebagai UTF-8 (mis. dari Latin-1/Windows-1252)',
    );
  }
  if (text.trim() === '')
    throw new ImportError('berkas hanya berisi spasi — diharapkan teks artikel');
  return text;
}
