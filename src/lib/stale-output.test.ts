import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  utimesSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLOCK_MARGIN_MS, removeStale, staleFiles } from './stale-output.ts';

/** A folder of files, each written `ageMs` before `now`. */
function folder(now: number, files: Record<string, number>): string {
  const dir = mkdtempSync(join(tmpdir(), 'stale-'));
  for (const [file, ageMs] of Object.entries(files)) {
    const path = join(dir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file);
    const when = (now - ageMs) / 1000;
    utimesSync(path, when, when);
  }
  return dir;
}

describe('staleFiles', () => {
  const now = Date.now();

  it('names the last build’s files that this build neither wrote nor kept', async () => {
    const dir = folder(now, {
      'artikel/lama/index.html': 60_000,
      'artikel/tetap/index.html': 60_000,
      'artikel/baru/index.html': -5_000,
      '_astro/old.js': 60_000,
      '_astro/new.js': -1_000,
    });
    const kept = new Set(['artikel/tetap/index.html']);
    expect(await staleFiles(dir, now, kept)).toEqual(['_astro/old.js', 'artikel/lama/index.html']);
  });

  it('counts a file stamped just before the start (a coarse file-system clock) as this build’s', async () => {
    const dir = folder(now, { 'a.html': CLOCK_MARGIN_MS / 2, 'b.html': CLOCK_MARGIN_MS * 2 });
    expect(await staleFiles(dir, now, new Set())).toEqual(['b.html']);
  });

  it('finds nothing in an empty folder', async () => {
    expect(await staleFiles(folder(now, {}), now, new Set())).toEqual([]);
  });
});

describe('removeStale', () => {
  it('removes the files and the folders they leave empty, and keeps folders still in use', async () => {
    const now = Date.now();
    const dir = folder(now, {
      'artikel/lama/index.html': 0,
      'artikel/lama/kutipan.ris': 0,
      'artikel/tetap/index.html': 0,
      'tahun/1999/index.html': 0,
    });
    const removed = await removeStale(dir, [
      'artikel/lama/index.html',
      'artikel/lama/kutipan.ris',
      'tahun/1999/index.html',
    ]);
    expect(removed).toBe(3);
    expect(readdirSync(join(dir, 'artikel'))).toEqual(['tetap']);
    expect(existsSync(join(dir, 'tahun'))).toBe(false);
    expect(existsSync(join(dir, 'artikel/tetap/index.html'))).toBe(true);
  });
});
