// Timed builds: our site and a bare Astro project over the same Markdown, each in a child
// process that reports its own peak memory on exit (peak-rss.mjs).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../tests/helpers/build.ts';
import { syntheticArticles } from './content.ts';

/** What one build cost. */
export interface BuildFigures {
  /** Wall-clock seconds from spawn to exit. */
  seconds: number;
  /** Peak resident memory of the build process, in MB. */
  peakMb: number;
  /** HTML pages written. */
  pages: number;
  /** The machine's 1-minute load average when the build started: above ~1, others competed. */
  loadBefore: number;
}

const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PEAK_RSS = join(import.meta.dirname, 'peak-rss.mjs');

// Vitest's Vite variables must not leak into a child Astro build.
const VITE_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

/** Runs `astro build` in `cwd` with the given environment; throws with the log on failure. */
export async function timedBuild(cwd: string, env: Record<string, string>): Promise<BuildFigures> {
  const loadBefore = loadavg()[0]!;
  const started = performance.now();
  const { code, output } = await new Promise<{ code: number | null; output: string }>(
    (done, fail) => {
      const child = spawn(process.execPath, [PEAK_RSS, ASTRO, 'build'], {
        cwd,
        env: {
          ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITE_ENV.has(k))),
          ASTRO_TELEMETRY_DISABLED: '1',
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let log = '';
      child.stdout.on('data', (c: Buffer) => (log += c.toString()));
      child.stderr.on('data', (c: Buffer) => (log += c.toString()));
      child.on('error', fail);
      child.on('close', (exit) => done({ code: exit, output: log }));
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`astro build failed in ${cwd}:\n${output.slice(-4000)}`);
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1];
  const pages = /(\d+) page\(s\) built/.exec(output)?.[1];
  return { seconds, peakMb: Number(kb ?? 0) / 1024, pages: Number(pages ?? 0), loadBefore };
}

/** Builds the real site over a content folder into `work/dist` (cold cache). */
export function buildOurs(contentDir: string, work: string): Promise<BuildFigures> {
  rmSync(join(work, 'cache'), { recursive: true, force: true });
  return timedBuild(ROOT, {
    ARCHIVE_CONTENT_DIR: contentDir,
    ARCHIVE_OUT_DIR: join(work, 'dist'),
    ARCHIVE_CACHE_DIR: join(work, 'cache'),
  });
}

/**
 * Adds one article to the archive built in `work` and builds again with its caches kept (the
 * content layer's, the incremental build's and the og:image cards'), as on an archivist's
 * machine after `npm run import`. The article is a synthetic one from another seed, dated
 * inside the archive's years, so its neighbours, related articles and listings change too.
 */
export function rebuildOurs(contentDir: string, work: string): Promise<BuildFigures> {
  const [extra] = syntheticArticles(6, 20_251_002);
  if (!extra) throw new Error('rebuild: no article to add');
  const name = `${extra.name.slice(0, 10)}-artikel-tambahan.md`;
  writeFileSync(join(contentDir, 'articles', name), extra.text);
  return timedBuild(ROOT, {
    ARCHIVE_CONTENT_DIR: contentDir,
    ARCHIVE_OUT_DIR: join(work, 'dist'),
    ARCHIVE_CACHE_DIR: join(work, 'cache'),
  });
}

const BARE_CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({ outDir: './dist', cacheDir: './cache' });
`;
const BARE_CONTENT = (articles: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(articles)} }) }),
};
`;
const BARE_PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const entries = await getCollection('articles');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="id">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><h1>{entry.data.title}</h1><Content /></body>
</html>
`;

/**
 * Builds a bare Astro 7 project over the same articles: the glob loader, one
 * `[...slug].astro` page per article, no schema, no taxonomies, no index (cold cache).
 */
export function buildBare(contentDir: string, work: string): Promise<BuildFigures> {
  const root = join(work, 'bare');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(join(root, 'package.json'), '{ "name": "bare-bench", "type": "module" }\n');
  writeFileSync(join(root, 'astro.config.mjs'), BARE_CONFIG);
  writeFileSync(join(root, 'src/content.config.ts'), BARE_CONTENT(join(contentDir, 'articles')));
  writeFileSync(join(root, 'src/pages/[...slug].astro'), BARE_PAGE);
  return timedBuild(root, {});
}

/** The CPU model and total memory, for the machine description. */
export function machineNote(): { cpus: string; memoryGb: number } {
  const info = readFileSync('/proc/meminfo', 'utf8');
  const kb = Number(/MemTotal:\s+(\d+)/.exec(info)?.[1] ?? 0);
  const model = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? '';
  return { cpus: model.trim(), memoryGb: Math.round(kb / 1024 / 1024) };
}
