// npm run new -- "Judul artikel": an empty article named from today's date (in Jakarta) and the title.
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { todayIso } from '../src/lib/dates.ts';
import { scaffoldArticle } from '../src/lib/import/draft.ts';
import { articleSlug, uniqueFileName } from '../src/lib/import/names.ts';
import { siteConfigFromEnv } from '../src/lib/site-config.ts';
import { checkOutDir } from './lib/check-paths.ts';
import { WriteError, writeWhole } from './lib/write.ts';

const USAGE = 'Pemakaian: npm run new -- "Judul artikel" [--out FOLDER]';
const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
} catch {
  parsed = fail(USAGE);
}
const { values, positionals } = parsed;
const title = positionals.join(' ').trim();
if (title === '') fail(USAGE);
if (values.out !== undefined && values.out.trim() === '') {
  fail('npm run new: --out kosong — diharapkan nama folder, mis. --out content/articles');
}

const cwd = process.env['INIT_CWD'] ?? process.cwd();
const archiveDir = resolve(siteConfigFromEnv(process.env).contentDir, 'articles');
const outDir = values.out ? resolve(cwd, values.out) : archiveDir;
const problem = checkOutDir(outDir, relative(process.cwd(), outDir) || outDir, true);
if (problem) fail(`npm run new: ${problem}`);

// A name is never reused on the same day, in the output folder or the archive.
const taken = new Set<string>();
for (const dir of new Set([outDir, archiveDir])) {
  try {
    for (const name of readdirSync(dir)) taken.add(name);
  } catch {
    // A folder that does not exist yet takes no names.
  }
}
const target = join(
  outDir,
  uniqueFileName(todayIso(), articleSlug(title), (n) => taken.has(n)),
);
const shown = relative(process.cwd(), target);
try {
  writeWhole(target, scaffoldArticle(title));
} catch (error) {
  if (!(error instanceof WriteError)) throw error;
  console.error(error.message);
  process.exit(1);
}
console.log(`Ditulis: ${shown}`);
console.log(
  'Tempel teks artikel di bawah frontmatter, isi setiap TODO (tanggal: ganti juga di nama berkas),\n' +
    'lalu periksa dengan: npm run build (atau npm test).',
);
