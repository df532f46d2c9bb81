// npm run new -- "Judul artikel": an empty article named from today's date and the title.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { todayIso } from '../src/lib/dates.ts';
import { articleSlug, scaffoldArticle } from '../src/lib/import/draft.ts';
import { siteConfigFromEnv } from '../src/lib/site-config.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' } },
});
const title = positionals.join(' ').trim();
if (title === '') {
  console.error('Pemakaian: npm run new -- "Judul artikel" [--out FOLDER]');
  process.exit(2);
}

const cwd = process.env['INIT_CWD'] ?? process.cwd();
const outDir = values.out
  ? resolve(cwd, values.out)
  : resolve(siteConfigFromEnv(process.env).contentDir, 'articles');
const target = join(outDir, `${todayIso()}-${articleSlug(title)}.md`);
const shown = relative(process.cwd(), target);
if (existsSync(target)) {
  console.error(`${shown} sudah ada — tidak ditimpa; pilih judul lain atau hapus berkas itu`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
writeFileSync(target, scaffoldArticle(title), { flag: 'wx' });
console.log(`Ditulis: ${shown}`);
console.log(
  'Tempel teks artikel di bawah frontmatter, isi setiap TODO (tanggal: ganti juga di nama berkas),\n' +
    'lalu periksa dengan: npm run build (atau npm test).',
);
