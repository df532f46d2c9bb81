import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildFiles,
  collectingBuildFiles,
  madeBuildFiles,
  MANIFEST_FILE,
  stageBuildFiles,
  takeStagedFiles,
  writeBuildFiles,
} from './build-files.ts';

const work = mkdtempSync(join(tmpdir(), 'build-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The integration's one hook, called as Astro calls it when the build is done.
async function buildDone(expected: string[], dir: string, cacheDir?: string) {
  const lines: string[] = [];
  const { hooks } = buildFiles(expected, cacheDir);
  (hooks['astro:build:start'] as () => void)();
  expect(collectingBuildFiles()).toBe(true);
  const hook = hooks['astro:build:done'] as (options: object) => Promise<void>;
  const logger = { info: (line: string) => lines.push(line) };
  await hook({ dir: pathToFileURL(`${dir}/`), logger });
  return lines;
}

describe('files that are not pages', () => {
  it('are written where their paths say, folders made, contents as given', async () => {
    const dir = join(work, 'a');
    const files = Array.from(
      { length: 150 },
      (_, i) => [`cari/dok/${i}.json`, `{"n":${i}}`] as const,
    );
    const report = await writeBuildFiles(dir, [
      ...files,
      ['artikel/x/kutipan.ris', 'TY  - NEWS\n'],
    ]);
    expect(report).toMatchObject({ written: 151, unchanged: 0 });
    expect(readFileSync(join(dir, 'cari/dok/149.json'), 'utf8')).toBe('{"n":149}');
    expect(readFileSync(join(dir, 'artikel/x/kutipan.ris'), 'utf8')).toBe('TY  - NEWS\n');
  });

  it('staged by their routes, are written by the integration when the build is done', async () => {
    const dir = join(work, 'b');
    stageBuildFiles('one', async () => [['satu.txt', '1']]);
    stageBuildFiles('two', async () => [['dua/dua.txt', '2']]);
    const lines = await buildDone(['one', 'two'], dir);
    expect(readFileSync(join(dir, 'satu.txt'), 'utf8')).toBe('1');
    expect(readFileSync(join(dir, 'dua/dua.txt'), 'utf8')).toBe('2');
    expect(lines.join('\n')).toContain('2 files that are not pages (one, two): 2 written');
    expect(takeStagedFiles().size).toBe(0);
    expect(collectingBuildFiles()).toBe(false);
  });

  it('stop the build when a route staged nothing, naming it', async () => {
    stageBuildFiles('one', async () => []);
    await expect(buildDone(['one', 'citations-en'], join(work, 'c'))).rejects.toThrow(
      'No files were staged for citations-en',
    );
  });

  it('written again by the next build only where their bytes changed or they are gone', async () => {
    const dir = join(work, 'd');
    const cache = join(work, 'd-cache');
    const stage = (files: [string, string][]) => stageBuildFiles('one', async () => files);
    stage([
      ['sama.txt', 'sama'],
      ['beda.txt', 'lama'],
      ['hilang.txt', 'ada'],
    ]);
    await buildDone(['one'], dir, cache);
    const old = new Date(Date.now() - 60_000);
    for (const f of ['sama.txt', 'beda.txt', 'hilang.txt']) utimesSync(join(dir, f), old, old);
    rmSync(join(dir, 'hilang.txt'));

    stage([
      ['sama.txt', 'sama'],
      ['beda.txt', 'baru'],
      ['hilang.txt', 'ada'],
      ['tambah.txt', 'tambah'],
    ]);
    const lines = await buildDone(['one'], dir, cache);
    expect(lines.join('\n')).toContain('4 files that are not pages (one): 3 written, 1 unchanged');
    expect(readFileSync(join(dir, 'beda.txt'), 'utf8')).toBe('baru');
    expect(readFileSync(join(dir, 'hilang.txt'), 'utf8')).toBe('ada');
    expect(statSync(join(dir, 'sama.txt')).mtimeMs).toBe(old.getTime());
    // The file left unchanged is this build's too: the stale-output step must keep it.
    expect([...madeBuildFiles()].sort()).toEqual([
      'beda.txt',
      'hilang.txt',
      'sama.txt',
      'tambah.txt',
    ]);
  });

  it('trust no manifest written for another output folder, or one that cannot be read', async () => {
    const cache = join(work, 'e-cache');
    const dir = join(work, 'e2');
    const build = async (into: string) => {
      stageBuildFiles('one', async () => [['a.txt', 'A']]);
      return (await buildDone(['one'], into, cache)).join('\n');
    };
    await build(join(work, 'e1'));
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), 'B');
    expect(await build(dir)).toContain('1 written, 0 unchanged');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('A');
    writeFileSync(join(dir, 'a.txt'), 'B');
    writeFileSync(join(cache, MANIFEST_FILE), '{ not json');
    expect(await build(dir)).toContain('1 written, 0 unchanged');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('A');
  });
});
