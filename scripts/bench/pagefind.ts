// Pagefind 1.6 over the same built site, set up as a user would: article bodies only, with the
// archive's three facets as Pagefind filters, and a small page that follows our search page's
// contract ([data-search-input], [data-search-results] with data-render-count).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../../tests/helpers/build.ts';
import { sourceArticles } from '../../tests/helpers/site.ts';

/** Where the harness page lives inside the built site. */
export const HARNESS_PATH = 'pagefind-bench/';

const ARTICLE_OPEN = /<article\b[^>]*\bdata-article="[^"]+"[^>]*>/;
// Parts of the article element that are about other articles, not this one.
const NOT_THIS_ARTICLE = /<(nav class="pager|section class="related|section class="cite)/g;

const yearOf = (date: unknown) =>
  date instanceof Date ? String(date.getUTCFullYear()) : String(date).slice(0, 4);

/** Marks every article page's own text and facets for Pagefind (in the benchmark's build). */
export function markArticles(dist: string, contentDir: string): number {
  let marked = 0;
  for (const article of sourceArticles(join(contentDir, 'articles'))) {
    const file = join(dist, 'artikel', article.slug, 'index.html');
    const html = readFileSync(file, 'utf8');
    // A reused build (--reuse) was marked by the run before.
    if (html.includes('data-pagefind-body')) continue;
    const { data } = article;
    const facets = [
      ['tahun', yearOf(data.date)],
      ['instansi', data.institution],
      ...(data.partnerInstitutions ?? []).map((id) => ['instansi', id]),
      ...data.topics.map((id) => ['topik', id]),
    ];
    const tags = facets.map(([k, v]) => `<span data-pagefind-filter="${k}:${v}"></span>`).join('');
    const next = html
      .replace(
        ARTICLE_OPEN,
        (open) => open.replace('<article', '<article data-pagefind-body') + tags,
      )
      .replace(NOT_THIS_ARTICLE, (open) => open.replace(' class=', ' data-pagefind-ignore class='));
    if (next === html) throw new Error(`pagefind: no <article data-article> in ${file}`);
    writeFileSync(file, next);
    marked++;
  }
  return marked;
}

/** Bytes of the files under a folder whose names end with `ending`, gzipped if asked. */
export function folderBytes(dir: string, ending = '', gzip = false): number {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith(ending) && statSync(join(dir, f)).isFile())
    .map((f) => (gzip ? gzipSync(readFileSync(join(dir, f))).length : statSync(join(dir, f)).size))
    .reduce((n, size) => n + size, 0);
}

/** Runs the Pagefind CLI over the site; returns its wall time and index size. */
export function indexWithPagefind(dist: string): { seconds: number; indexBytes: number } {
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', dist],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`pagefind failed:\n${run.stdout}\n${run.stderr}`);
  const seconds = (performance.now() - started) / 1000;
  writeHarness(dist);
  return { seconds, indexBytes: folderBytes(join(dist, 'pagefind')) };
}

const HARNESS_HTML = `<!doctype html>
<html lang="id">
  <head><meta charset="utf-8" /><title>Pagefind</title></head>
  <body>
    <form data-search-form role="search">
      <input type="search" data-search-input aria-label="Cari" />
      <p data-search-status>Memuat indeks pencarian…</p>
      <ol data-search-results></ol>
    </form>
    <script type="module" src="./harness.js"></script>
  </body>
</html>
`;

// Same page size as our search page (10), title and excerpt per result.
const HARNESS_JS = `const pagefind = await import('../pagefind/pagefind.js');
window.__pagefind = pagefind;
const list = document.querySelector('[data-search-results]');
const input = document.querySelector('[data-search-input]');
const status = document.querySelector('[data-search-status]');
const params = new URLSearchParams(location.search);
const filters = {};
for (const facet of ['tahun', 'instansi', 'topik']) {
  const values = params.getAll(facet);
  if (values.length) filters[facet] = values.length === 1 ? values[0] : { any: values };
}
let renders = 0;
let latest = 0;
async function run(query) {
  const mine = ++latest;
  const q = query.trim();
  const found = q || Object.keys(filters).length ? await pagefind.search(q || null, { filters }) : null;
  const results = found ? found.results : [];
  const data = await Promise.all(results.slice(0, 10).map((r) => r.data()));
  if (mine !== latest) return;
  list.replaceChildren(...data.map((d) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = d.url;
    a.textContent = d.meta.title ?? d.url;
    const p = document.createElement('p');
    p.textContent = d.excerpt.replace(/<[^>]+>/g, '');
    li.append(a, p);
    return li;
  }));
  status.textContent = results.length + ' hasil';
  list.dataset.renderCount = String(++renders);
}
input.addEventListener('input', () => run(input.value));
input.value = params.get('q') ?? '';
await pagefind.init();
await run(input.value);
`;

function writeHarness(dist: string) {
  mkdirSync(join(dist, HARNESS_PATH), { recursive: true });
  writeFileSync(join(dist, HARNESS_PATH, 'index.html'), HARNESS_HTML);
  writeFileSync(join(dist, HARNESS_PATH, 'harness.js'), HARNESS_JS);
}
