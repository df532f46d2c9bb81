// `npm run new` as an archivist meets it: a name from Jakarta's today and the title, never reused.
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { todayIso } from '../../src/lib/dates.ts';
import { archiveCopy, runScript } from '../helpers/import.ts';

const CLI = { timeout: 60_000 };
const temp = () => mkdtempSync(join(tmpdir(), 'arsip-new-'));
const files = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);
const runNew = (args: string[]) => runScript('new', args, { ARCHIVE_CONTENT_DIR: archiveCopy() });

describe('npm run new', () => {
  it('scaffolds an article named from today and the title, and never reuses the name', CLI, () => {
    const out = temp();
    const day = todayIso();
    const first = runNew(['Forum Kerja Sama Korea–Indonesia', '--out', out]);
    expect(first.status).toBe(0);
    const name = `${day}-forum-kerja-sama-korea-indonesia.md`;
    expect(files(out)).toEqual([name]);
    const written = readFileSync(join(out, name));
    expect(written.toString()).toMatch(/^---\n[\s\S]*title: Forum Kerja Sama Korea–Indonesia\n/);
    expect(written.toString()).toContain('summary: "TODO: tulis ringkasan');

    const second = runNew(['Forum Kerja Sama Korea–Indonesia', '--out', out]);
    expect(second.status).toBe(0);
    expect(files(out)).toEqual([name.replace(/\.md$/, '-2.md'), name]);
    expect(readFileSync(join(out, name)).equals(written)).toBe(true);
  });

  it('names a Hangul headline readably, and two of them apart', CLI, () => {
    const out = temp();
    runNew(['인사혁신처 방문', '--out', out]);
    runNew(['행정안전부 방문', '--out', out]);
    expect(files(out)).toEqual([
      `${todayIso()}-haengjeonganjeonbu-bangmun.md`,
      `${todayIso()}-insahyeogsincheo-bangmun.md`,
    ]);
  });

  it('asks for a title', CLI, () => {
    const run = runNew([]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Pemakaian: npm run new -- "Judul artikel"/);
  });
});
