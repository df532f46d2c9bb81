import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { YamlCache } from './yaml-cache.ts';
import { parseYamlText } from './yaml-file.ts';

const work = mkdtempSync(join(tmpdir(), 'yaml-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const TEXT = 'title: Judul\ndate: 2021-02-30\ntopics: [a, b]\nscore: .nan\n';
const BAD = 'title: Judul\n\tdate: 2021-02-30\n';

describe('YamlCache', () => {
  it('answers the next run from what this one parsed, exactly as the parser does', () => {
    const file = join(work, 'a.bin');
    const first = new YamlCache(file);
    expect(first.parse(TEXT, 'a.md', 1)).toEqual(parseYamlText(TEXT, 'a.md', 1));
    first.save();
    const next = new YamlCache(file);
    const again = next.parse(TEXT, 'b.md', 1) as Record<string, unknown>;
    expect(next.hits).toBe(1);
    expect(again).toEqual(parseYamlText(TEXT, 'b.md', 1));
    expect(again['date']).toBe('2021-02-30');
    expect(again['score']).toBeNaN();
  });

  it('parses a text with a problem every time, its message naming the file it came from', () => {
    const file = join(work, 'b.bin');
    const first = new YamlCache(file);
    expect(() => first.parse(BAD, 'satu.md', 1)).toThrow(/^satu\.md: YAML tidak valid di baris 3/);
    first.save();
    expect(() => new YamlCache(file).parse(BAD, 'dua.md', 1)).toThrow(/^dua\.md: /);
  });

  it('keeps only what the last run used, and hands out copies', () => {
    const file = join(work, 'c.bin');
    const first = new YamlCache(file);
    first.parse('a: 1', 'x.md');
    first.parse('b: 2', 'y.md');
    first.save();
    const second = new YamlCache(file);
    const b = second.parse('b: 2', 'y.md') as Record<string, number>;
    b['b'] = 99;
    expect(second.parse('b: 2', 'y.md')).toEqual({ b: 2 });
    second.save();
    const third = new YamlCache(file);
    third.parse('a: 1', 'x.md');
    expect(third.hits).toBe(0);
  });

  it('starts empty from a file it cannot read', () => {
    const file = join(work, 'd.bin');
    writeFileSync(file, 'bukan cache');
    const cache = new YamlCache(file);
    expect(cache.parse('a: 1', 'x.md')).toEqual({ a: 1 });
    expect(cache.hits).toBe(0);
  });
});
