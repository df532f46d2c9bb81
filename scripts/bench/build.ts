// Timed builds: our site and a bare Astro project over the same Markdown, each in a child
// process that reports its own peak memory on exit (peak-rss.mjs).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, totalmem } from 'node:os';
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
  /** Seconds the og:image worker spent on the cards (beside Astro's thread), when it says. */
  ogSeconds?: number;
  /** og:image cards drawn in this build (the rest came from the cache). */
  ogDrawn?: number;
  /** Seconds Astro's finished build waited for the cards: what they added to its wall time. */
  ogWaitSeconds?: number;
}

/** A build that did not finish: what stopped it, in a line (out of memory, a signal, the error). */
export class BuildFailure extends Error {
  readonly reason: string;

  constructor(cwd: string, reason: string, log: string) {
    super(`astro build failed in ${cwd}: ${reason}\n${log.slice(-4000)}`);
    this.reason = reason;
  }
}

// The line of a failed build's log that says why: memory first, then the first error.
function failureReason(code: number | null, signal: string | null, log: string): string {
  const lines = log.split('\n').map((line) => line.trim());
  const memory = lines.find((l) => /heap out of memory|Allocation failed|ENOMEM/i.test(l));
  if (memory) return `out of memory (${memory.slice(0, 160)})`;
  if (signal)
    return `stopped by ${signal}${signal === 'SIGKILL' ? ' (by the kernel when memory ran out?)' : ''}`;
  const error = lines.find((l) => /error/i.test(l)) ?? lines.filter(Boolean).at(-1) ?? '';
  return `exit code ${code}: ${error.slice(0, 200)}`;
}

/**
 * Node's heap limit for a build of `size` articles, in MB: Node's default (about 4 GB here)
 * up to 10,000 articles, so those figures stay comparable; above, 60 % of the machine's memory.
 */
export function heapLimitMb(size: number): number | undefined {
  return size > 10_000 ? Math.floor((totalmem() / 2 ** 20) * 0.6) : undefined;
}

const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PEAK_RSS = join(import.meta.dirname, 'peak-rss.mjs');

// Vitest's Vite variables must not leak into a child Astro build.
const VITE_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

/** Runs `astro build` in `cwd` with the given environment; throws with the log on failure. */
export async function timedBuild(
  cwd: string,
  env: Record<string, string>,
  heapMb?: number,
  /** Where to keep the build's log (Astro's own timings of each step), if anywhere. */
  logFile?: string,
): Promise<BuildFigures> {
  const loadBefore = loadavg()[0]!;
  const started = performance.now();
  const heap = heapMb ? { NODE_OPTIONS: `--max-old-space-size=${heapMb}` } : {};
  const { code, signal, output } = await new Promise<{
    code: number | null;
    signal: string | null;
    output: string;
  }>((done, fail) => {
    const child = spawn(process.execPath, [PEAK_RSS, ASTRO, 'build'], {
      cwd,
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITE_ENV.has(k))),
        ASTRO_TELEMETRY_DISABLED: '1',
        ...heap,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (c: Buffer) => (log += c.toString()));
    child.stderr.on('data', (c: Buffer) => (log += c.toString()));
    child.on('error', fail);
    child.on('close', (exit, sig) => done({ code: exit, signal: sig, output: log }));
  });
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new BuildFailure(cwd, failureReason(code, signal, output), output);
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1];
  const pages = /(\d+) page\(s\) built/.exec(output)?.[1];
  // og-integration.ts: "N og:image cards: D drawn, R from the cache (MS ms…".
  const og = /og:image cards: (\d+) drawn, \d+ from the cache \((\d+) ms/.exec(output);
  const ogWait = /the build waited (\d+) ms for them/.exec(output)?.[1];
  if (logFile) writeFileSync(logFile, output);
  return {
    seconds,
    peakMb: Number(kb ?? 0) / 1024,
    pages: Number(pages ?? 0),
    loadBefore,
    ...(og ? { ogDrawn: Number(og[1]), ogSeconds: Number(og[2]) / 1000 } : {}),
    ...(ogWait ? { ogWaitSeconds: Number(ogWait) / 1000 } : {}),
  };
}

/** Builds the real site over a content folder into `work/dist` (cold cache). */
export function buildOurs(
  contentDir: string,
  work: string,
  heapMb?: number,
): Promise<BuildFigures> {
  // Cold: no cache and no output left from a last run (a build keeps dist/ between builds).
  rmSync(join(work, 'cache'), { recursive: true, force: true });
  rmSync(join(work, 'dist'), { recursive: true, force: true });
  return timedBuild(
    ROOT,
    {
      ARCHIVE_CONTENT_DIR: contentDir,
      ARCHIVE_OUT_DIR: join(work, 'dist'),
      ARCHIVE_CACHE_DIR: join(work, 'cache'),
    },
    heapMb,
    join(work, 'build.log'),
  );
}

/**
 * Adds one article to the archive built in `work` and builds again with its caches kept (the
 * content layer's, the incremental build's and the og:image cards'), as on an archivist's
 * machine after `npm run import`. The article is a synthetic one from another seed, dated
 * inside the archive's years, so its neighbours, related articles and listings change too.
 */
export function rebuildOurs(
  contentDir: string,
  work: string,
  heapMb?: number,
): Promise<BuildFigures> {
  const [extra] = syntheticArticles(6, 20_251_002);
  if (!extra) throw new Error('rebuild: no article to add');
  const name = `${extra.name.slice(0, 10)}-artikel-tambahan.md`;
  writeFileSync(join(contentDir, 'articles', name), extra.text);
  return timedBuild(
    ROOT,
    {
      ARCHIVE_CONTENT_DIR: contentDir,
      ARCHIVE_OUT_DIR: join(work, 'dist'),
      ARCHIVE_CACHE_DIR: join(work, 'cache'),
    },
    heapMb,
    join(work, 'rebuild.log'),
  );
}

// Vite's own cache (pre-bundled dependencies) in the bare project's folder: by default it is
// node_modules/.vite, which the bare project shares with ours through its symlink, and a bare
// build between ours and our rebuild made the rebuild pre-bundle everything again.
const BARE_CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({ outDir: './dist', cacheDir: './cache', vite: { cacheDir: './vite-cache' } });
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
export function buildBare(
  contentDir: string,
  work: string,
  heapMb?: number,
): Promise<BuildFigures> {
  const root = join(work, 'bare');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(join(root, 'package.json'), '{ "name": "bare-bench", "type": "module" }\n');
  writeFileSync(join(root, 'astro.config.mjs'), BARE_CONFIG);
  writeFileSync(join(root, 'src/content.config.ts'), BARE_CONTENT(join(contentDir, 'articles')));
  writeFileSync(join(root, 'src/pages/[...slug].astro'), BARE_PAGE);
  return timedBuild(root, {}, heapMb, join(work, 'bare.log'));
}

/** The CPU model and total memory, for the machine description. */
export function machineNote(): { cpus: string; memoryGb: number } {
  const info = readFileSync('/proc/meminfo', 'utf8');
  const kb = Number(/MemTotal:\s+(\d+)/.exec(info)?.[1] ?? 0);
  const model = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? '';
  return { cpus: model.trim(), memoryGb: Math.round(kb / 1024 / 1024) };
}
