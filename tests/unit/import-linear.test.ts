// Every importer step is linear in its input: pathological texts as large as the 1 MB limit lets
// through, each run through the whole analysis. The bound is generous (a busy CI machine); the old
// people finder took 38 s on 1 MB of "Menteri (a ". Figures up to 5 MB: npm run bench:import.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArchiveData } from '../../scripts/lib/content-data.ts';
import { analyseText } from '../../src/lib/import/analyse.ts';
import { ImportError } from '../../src/lib/import/errors.ts';
import { pathologicalInputs } from '../../src/lib/import/pathological.ts';
import { MAX_SOURCE_BYTES } from '../../src/lib/import/source.ts';
import { ROOT } from '../helpers/build.ts';

const data = readArchiveData(join(ROOT, 'content'));
const analyse = (text: string) => {
  try {
    // A given date, so that no refusal cuts the analysis short: every step runs.
    return analyseText(text, data, {
      today: '2026-01-01',
      date: { iso: '2020-01-01', kind: 'terbit' },
    });
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return null;
  }
};

describe('the importer on pathological texts', () => {
  it.each(pathologicalInputs(MAX_SOURCE_BYTES).map((p) => [p.name, p.text]))(
    '%s, 1 MB: analysed in one pass',
    { timeout: 20_000 },
    (_name, text) => {
      const a = analyse(text);
      expect(a === null || a.paragraphs.length > 0).toBe(true);
    },
  );
});
