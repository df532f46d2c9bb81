// Cache files (cards, manifests, the last build's results) replaced whole or not at all.
import { mkdirSync, rmSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes `data` to `path`, replacing what is there, whole or not at all: into a temporary file
 * of its own beside it (two writers at once never mix), then renamed over it. A stopped build
 * leaves no half file; a failed write leaves no temporary one.
 */
export function replaceFile(path: string, data: string | NodeJS.ArrayBufferView): void {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(partial, data);
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
