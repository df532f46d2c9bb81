import { accessSync, constants, statSync } from 'node:fs';
import { dirname } from 'node:path';

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** Why a source path cannot be read as a text file (in Indonesian), or null when it can. */
export function checkInputFile(path: string, shown: string): string | null {
  try {
    const stat = statSync(path);
    if (stat.isDirectory())
      return `${shown}: ini folder, bukan berkas — beri berkas .txt di dalamnya`;
    if (!stat.isFile()) return `${shown}: bukan berkas biasa — beri berkas .txt`;
    accessSync(path, constants.R_OK);
    return null;
  } catch (error) {
    if (codeOf(error) === 'ENOENT') {
      return `${shown}: berkas tidak ditemukan — periksa nama dan foldernya`;
    }
    return `${shown}: berkas tidak bisa dibaca (${codeOf(error) ?? 'galat'}) — periksa izin berkasnya`;
  }
}

/**
 * Why drafts cannot go into `dir` (in Indonesian), or null: it must be a folder, or not exist yet
 * under a folder that does; when `writing`, one the user may write in.
 */
export function checkOutDir(dir: string, shown: string, writing: boolean): string | null {
  let existing = dir;
  for (;;) {
    try {
      const stat = statSync(existing);
      if (!stat.isDirectory()) {
        return existing === dir
          ? `--out "${shown}" adalah berkas, bukan folder — beri nama folder`
          : `--out "${shown}": "${existing}" adalah berkas, bukan folder`;
      }
      break;
    } catch (error) {
      if (codeOf(error) !== 'ENOENT' || dirname(existing) === existing) {
        return `--out "${shown}" tidak bisa dipakai (${codeOf(error) ?? 'galat'})`;
      }
      existing = dirname(existing);
    }
  }
  if (!writing) return null;
  try {
    accessSync(existing, constants.W_OK);
    return null;
  } catch (error) {
    return `--out "${shown}": folder "${existing}" tidak bisa ditulisi (${codeOf(error) ?? 'galat'}) — pilih folder lain atau periksa izinnya`;
  }
}
