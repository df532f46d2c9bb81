import * as fs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file operations a whole-or-nothing write needs (node:fs, or a test's stand-in). */
export type WriteFs = Pick<
  typeof fs,
  'writeFileSync' | 'renameSync' | 'rmSync' | 'existsSync' | 'linkSync' | 'mkdirSync' | 'statSync'
>;

const REASONS: Record<string, string> = {
  ENOSPC: 'disk penuh',
  EDQUOT: 'kuota disk habis',
  EACCES: 'izin menulis ditolak',
  EPERM: 'izin menulis ditolak',
  EROFS: 'folder hanya-baca',
  EISDIR: 'ada folder dengan nama itu',
  ENOTDIR: 'jalurnya bukan folder',
  EEXIST: 'berkas sudah ada',
};

/** A write that failed, in Indonesian, naming the file; nothing of it is left on disk. */
export class WriteError extends Error {
  constructor(file: string, code: string | undefined) {
    super(
      `${file} tidak ditulis: ${REASONS[code ?? ''] ?? `galat ${code ?? 'tak dikenal'}`} — ` +
        'tidak ada sisa berkas; atasi masalahnya lalu jalankan perintah yang sama lagi',
    );
    this.name = 'WriteError';
  }
}

// link(2) puts the whole file in place at once and refuses an existing name (rename(2) would
// replace it). Where the disk has no hard links (FAT drives), rename after checking the name.
function placeWithoutOverwrite(temp: string, target: string, fsys: WriteFs): void {
  try {
    fsys.linkSync(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
    if (fsys.existsSync(target)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    fsys.renameSync(temp, target);
  }
}

// Creates the missing folders one level at a time (a recursive mkdir can spin forever on a
// path such as /proc/x).
function makeDirs(dir: string, fsys: WriteFs): void {
  const missing: string[] = [];
  for (let d = dir; !fsys.existsSync(d) && dirname(d) !== d; d = dirname(d)) missing.unshift(d);
  for (const d of missing) fsys.mkdirSync(d);
}

const isFile = (path: string, fsys: WriteFs) => {
  try {
    return fsys.statSync(path).isFile();
  } catch {
    return false;
  }
};

/** The hidden temporary file a draft is written to before it takes its name. */
export const tempPathOf = (target: string): string =>
  join(dirname(target), `.${basename(target)}.tmp`);

/**
 * Writes `text` to `target` whole or not at all: into a hidden temporary file beside it, then
 * linked into place, which fails rather than overwrite a file that appeared meanwhile. On any
 * failure the temporary file is removed (and one left by an interrupted run is replaced), so a
 * rerun starts clean.
 */
export function writeWhole(target: string, text: string, fsys: WriteFs = fs): void {
  const temp = tempPathOf(target);
  try {
    makeDirs(dirname(target), fsys);
    if (isFile(temp, fsys)) fsys.rmSync(temp, { force: true });
    fsys.writeFileSync(temp, text, { flag: 'wx' });
    placeWithoutOverwrite(temp, target, fsys);
  } catch (error) {
    throw new WriteError(target, (error as NodeJS.ErrnoException).code);
  } finally {
    try {
      if (isFile(temp, fsys)) fsys.rmSync(temp, { force: true });
    } catch {
      // The temporary name starts with a dot and ends in .tmp: the build never reads it.
    }
  }
}
