// npm run import -- <file.txt> [more…] [options]: copied news texts → draft articles.
// Exit codes: 0 all written (or shown, --dry-run); 1 some texts refused or not written; 2 the
// command itself is wrong (options, paths) and nothing was read or written.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { todayIso } from '../src/lib/dates.ts';
import { analyseText } from '../src/lib/import/analyse.ts';
import { draftSlug, renderDraft } from '../src/lib/import/draft.ts';
import { closestMatch, shingles, type KnownText } from '../src/lib/import/duplicates.ts';
import { ImportError } from '../src/lib/import/errors.ts';
import { uniqueFileName } from '../src/lib/import/names.ts';
import {
  IMPORT_USAGE,
  parseImportCommand,
  UsageError,
  type ImportCommand,
} from '../src/lib/import/options.ts';
import { describeAnalysis } from '../src/lib/import/report.ts';
import { decodeSource } from '../src/lib/import/source.ts';
import type { ArchiveData } from '../src/lib/import/types.ts';
import { siteConfigFromEnv } from '../src/lib/site-config.ts';
import { checkInputFile, checkOutDir } from './lib/check-paths.ts';
import { readArchiveData, readArticleBodies } from './lib/content-data.ts';
import { WriteError, writeWhole } from './lib/write.ts';

const show = (path: string) => relative(process.cwd(), path) || path;
const stop = (lines: string[]): never => {
  for (const line of lines) console.error(`npm run import: ${line}`);
  process.exit(2);
};
const percent = (share: number) => `${Math.round(share * 100)}%`;

const today = todayIso();
function readCommand(): ImportCommand {
  try {
    return parseImportCommand(process.argv.slice(2), process.env, today);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return stop([error.message]);
  }
}
const command = readCommand();
if (command.help || command.files.length === 0) {
  console.log(IMPORT_USAGE);
  process.exit(command.help ? 0 : 2);
}

// npm runs scripts from the project folder; paths on the command line are the user's.
const cwd = process.env['INIT_CWD'] ?? process.cwd();
const { contentDir } = siteConfigFromEnv(process.env);
const archiveDir = resolve(contentDir, 'articles');
const outDir = command.out ? resolve(cwd, command.out) : archiveDir;
const files = command.files.map((p) => resolve(cwd, p));
const pathProblems = [
  ...files.map((f) => checkInputFile(f, show(f))),
  checkOutDir(outDir, show(outDir), !command.dryRun),
].filter((p): p is string => p !== null);
if (pathProblems.length > 0) stop(pathProblems);

function readData(): ArchiveData {
  try {
    return readArchiveData(contentDir);
  } catch (error) {
    const why = (error as Error).message.split('\n')[0];
    return stop([`${show(contentDir)}: data arsip tidak bisa dibaca — ${why}`]);
  }
}
const data = readData();

// Every archived article counts, whatever --out says, and so does every draft of this run.
const known: KnownText[] = [];
const taken = new Set<string>();
for (const dir of [...new Set([archiveDir, outDir])]) {
  const { bodies, skipped } = readArticleBodies(dir);
  for (const { file, body } of bodies)
    known.push({ name: show(join(dir, file)), shingles: shingles(body) });
  for (const file of skipped)
    console.warn(`Peringatan: ${show(join(dir, file))} bukan berkas yang bisa dibaca — dilewati`);
  try {
    for (const name of readdirSync(dir)) taken.add(name);
  } catch {
    // A folder that does not exist yet has no names taken.
  }
}

const drafts: { file: string; target: string; text: string }[] = [];
const refused: { file: string; reasons: string[] }[] = [];
for (const file of files) {
  console.log(`\n${show(file)}`);
  const reasons: string[] = [];
  let paragraphs: string[];
  let draft: { target: string; text: string } | undefined;
  try {
    const analysis = analyseText(decodeSource(readFileSync(file)), data, { ...command, today });
    paragraphs = analysis.paragraphs;
    const name = uniqueFileName(analysis.date.start, draftSlug(analysis), (n) => taken.has(n));
    draft = { target: join(outDir, name), text: renderDraft(analysis) };
    console.log(`  → ${show(draft.target)}`);
    for (const line of describeAnalysis(analysis)) console.log(`  ${line}`);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    reasons.push(...error.reasons);
    paragraphs = error.paragraphs ?? [];
  }
  const text = shingles(paragraphs.join('\n'));
  const match = paragraphs.length > 0 ? closestMatch(text, known) : null;
  if (match?.verdict === 'same-text') {
    reasons.push(
      `teks ini sudah ada sebagai ${match.name} (${percent(match.containment)} kalimatnya sama) — ` +
        'tidak diimpor lagi; bila memang artikel lain, bandingkan keduanya dan impor hanya yang baru',
    );
  } else if (match) {
    console.log(
      `  Peringatan: mungkin berita yang sama dari sumber lain: ${match.name} ` +
        `(${percent(match.containment)} kalimatnya sama) — periksa sebelum mengarsipkan`,
    );
  }
  if (reasons.length > 0 || !draft) {
    refused.push({ file, reasons });
    continue;
  }
  taken.add(draft.target.slice(outDir.length + 1));
  known.push({ name: `${show(file)} (di perintah ini)`, shingles: text });
  drafts.push({ file, ...draft });
}

const written: string[] = [];
for (const draft of drafts) {
  if (command.dryRun) {
    console.log(`\n--- ${show(draft.target)} (tidak ditulis: --dry-run) ---\n${draft.text}`);
    continue;
  }
  try {
    writeWhole(draft.target, draft.text);
    written.push(draft.target);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    refused.push({ file: draft.file, reasons: [error.message] });
  }
}

for (const target of written) console.log(`Ditulis: ${show(target)}`);
if (written.length > 0) {
  console.log('Isi setiap TODO di draf, lalu periksa dengan: npm run build (atau npm test).');
}
if (refused.length > 0) {
  console.error(`\nDitolak ${refused.length} dari ${files.length} berkas (tidak ditulis):`);
  for (const { file, reasons } of refused) {
    console.error(`- ${show(file)}:`);
    for (const reason of reasons) console.error(`    • ${reason}`);
  }
  process.exit(1);
}
