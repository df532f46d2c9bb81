// Two builds of the same commit give the same bytes: a deploy changes only what the content changed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { formatDateId } from '../../src/lib/dates.ts';
import { buildSite } from '../helpers/build.ts';
import { filesOf, fingerprint, sourceArticles } from '../helpers/site.ts';

// The shared build (made in America/Los_Angeles, unless SITE_DIST points at a build of this same
// working tree) against a fresh one made later, in another timezone. Nothing is excluded.
const first = inject('siteDist');
let second: string;
const days = new Set<string>();

beforeAll(async () => {
  days.add(new Date().toISOString().slice(0, 10));
  const result = await buildSite({ TZ: 'Asia/Jakarta' });
  if (result.code !== 0) throw new Error(`The site did not build:\n${result.output}`);
  second = result.outDir;
  days.add(new Date().toISOString().slice(0, 10));
});

describe('deterministic builds', () => {
  it('give byte-identical dist/ folders: same files, same hashes', () => {
    const a = fingerprint(first);
    const b = fingerprint(second);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    const differ = Object.keys(a).filter((file) => a[file] !== b[file]);
    expect(differ).toEqual([]);
    expect(Object.keys(a).length).toBeGreaterThan(50);
  });

  it('write no build date anywhere (feeds, sitemap, pages)', () => {
    const published = new Set(sourceArticles().map((a) => String(a.data.date).slice(0, 10)));
    const leaks: string[] = [];
    for (const day of days) {
      if (published.has(day)) continue;
      const date = new Date(`${day}T00:00:00Z`);
      // As ISO, as RFC 822 (RSS) and as the Indonesian date the pages print.
      const forms = [day, date.toUTCString().slice(5, 16), formatDateId(day)];
      for (const file of filesOf(second)) {
        const text = readFileSync(join(second, file), 'utf8');
        for (const form of forms) if (text.includes(form)) leaks.push(`${file}: ${form}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
