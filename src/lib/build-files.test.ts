import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildFiles,
  collectingBuildFiles,
  stageBuildFiles,
  takeStagedFiles,
  writeBuildFiles,
} from './build-files.ts';

const work = mkdtempSync(join(tmpdir(), 'build-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The integration's one hook, called as Astro calls it when the build is done.
async function buildDone(expected: string[], dir: string) {
  const lines: string[] = [];
  const { hooks } = buildFiles(expected);
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
    expect(await writeBuildFiles(dir, [...files, ['artikel/x/kutipan.ris', 'TY  - NEWS\n']])).toBe(
      151,
    );
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
    expect(lines.join('\n')).toContain('2 files that are not pages (one, two)');
    expect(takeStagedFiles().size).toBe(0);
    expect(collectingBuildFiles()).toBe(false);
  });

  it('stop the build when a route staged nothing, naming it', async () => {
    stageBuildFiles('one', async () => []);
    await expect(buildDone(['one', 'citations-en'], join(work, 'c'))).rejects.toThrow(
      'No files were staged for citations-en',
    );
  });
});
