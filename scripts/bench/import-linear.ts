// npm run bench:import: the importer's time on pathological texts of growing size. Each step is
// linear when doubling the size about doubles the time (the "×" column stays near 2).
import { join } from 'node:path';
import { readArchiveData } from '../lib/content-data.ts';
import { analyseText } from '../../src/lib/import/analyse.ts';
import { ImportError } from '../../src/lib/import/errors.ts';
import { pathologicalInputs } from '../../src/lib/import/pathological.ts';
import { ROOT } from '../../tests/helpers/build.ts';

const data = readArchiveData(join(ROOT, 'content'));
const SIZES = [625_000, 1_250_000, 2_500_000, 5_000_000];

function timeOf(text: string): number {
  const start = performance.now();
  try {
    // A given date, so that no refusal cuts the analysis short: every step runs.
    analyseText(text, data, { today: '2026-01-01', date: { iso: '2020-01-01', kind: 'terbit' } });
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
  }
  return performance.now() - start;
}

console.log(`| input | ${SIZES.map((s) => `${s / 1e6} MB`).join(' | ')} | × per doubling |`);
console.log(`| --- | ${SIZES.map(() => '---').join(' | ')} | --- |`);
for (let i = 0; i < pathologicalInputs(1).length; i++) {
  const times = SIZES.map((size) => timeOf(pathologicalInputs(size)[i]!.text));
  const ratio = (times.at(-1)! / times[0]!) ** (1 / (SIZES.length - 1));
  const name = pathologicalInputs(1)[i]!.name;
  console.log(
    `| ${name} | ${times.map((t) => `${(t / 1000).toFixed(2)} s`).join(' | ')} | ${ratio.toFixed(1)} |`,
  );
}
