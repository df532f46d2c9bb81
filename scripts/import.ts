// npm run import -- <file.txt> [more…] [--out DIR] [--dry-run]: copied news texts → draft articles.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyseText } from '../src/lib/import/analyse.ts';
import { bodyMarkdown } from '../src/lib/import/clean.ts';
import { draftFileName, renderDraft } from '../src/lib/import/draft.ts';
import { ImportError } from '../src/lib/import/errors.ts';
import { describeAnalysis } from '../src/lib/import/report.ts';
import { decodeSource } from '../src/lib/import/source.ts';
import { siteConfigFromEnv } from '../src/lib/site-config.ts';
import { readArchiveData, readArticleBodies } from './lib/content-data.ts';

const USAGE = 'Pemakaian: npm run import -- <berkas.txt> [berkas lain…] [--out FOLDER] [--dry-run]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean' } },
});
if (values.help || positionals.length === 0) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}

// npm runs scripts from the project folder; paths on the command line are the user's.
const cwd = process.env['INIT_CWD'] ?? process.cwd();
const { contentDir } = siteConfigFromEnv(process.env);
const outDir = values.out ? resolve(cwd, values.out) : resolve(contentDir, 'articles');
const data = readArchiveData(contentDir);
const show = (path: string) => relative(process.cwd(), path) || path;
const archived = readArticleBodies(outDir);

const drafts: { file: string; target: string; text: string }[] = [];
const problems: string[] = [];
for (const file of positionals.map((p) => resolve(cwd, p))) {
  try {
    if (!existsSync(file)) throw new ImportError('berkas tidak ditemukan');
    const analysis = analyseText(decodeSource(readFileSync(file)), data);
    const target = join(outDir, draftFileName(analysis));
    console.log(`\n${show(file)} → ${show(target)}`);
    for (const line of describeAnalysis(analysis)) console.log(`  ${line}`);
    if (existsSync(target)) {
      throw new ImportError(`${show(target)} sudah ada — tidak ditimpa; hapus atau ganti namanya`);
    }
    const twin = archived.get(bodyMarkdown(analysis.paragraphs).trim());
    if (twin)
      throw new ImportError(`teks ini sudah diarsipkan sebagai ${twin} — tidak diimpor lagi`);
    if (drafts.some((d) => d.target === target)) {
      throw new ImportError(`${show(target)} juga menjadi tujuan berkas lain di perintah ini`);
    }
    drafts.push({ file, target, text: renderDraft(analysis) });
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    problems.push(`${show(file)}: ${error.message}`);
  }
}

if (problems.length > 0) {
  console.error(`\nImpor dibatalkan, tidak ada berkas yang ditulis:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
if (values['dry-run']) {
  for (const draft of drafts)
    console.log(`\n--- ${show(draft.target)} (tidak ditulis) ---\n${draft.text}`);
  process.exit(0);
}
mkdirSync(outDir, { recursive: true });
for (const draft of drafts) {
  // "wx": fail rather than overwrite, even if the file appeared since the check above.
  writeFileSync(draft.target, draft.text, { flag: 'wx' });
  console.log(`Ditulis: ${show(draft.target)}`);
}
console.log('\nIsi setiap TODO di draf, lalu periksa dengan: npm run build (atau npm test).');
