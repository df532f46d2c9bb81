// The benchmark's figures as Markdown tables.
import type { BuildFigures } from './build.ts';
import type { Quality } from './quality.ts';
import type { Spread, Typing } from './typing.ts';
import type { Weight } from './web.ts';

/** The machine the figures were measured on. */
export interface Machine {
  cpus: string;
  memoryGb: number;
  node: string;
  chromium: string;
}

/** Search figures for one engine at one size. */
export interface EngineFigures {
  first: { ms: number; bytes: number; idleBytes: number; longestTaskMs: number };
  typing: Typing;
  /** Typing again with one core kept busy (`--busy`). */
  typingBusy?: Typing;
  quality: Quality;
}

/** A size whose run stopped: the step and why (e.g. out of memory on this machine). */
export interface Unfinished {
  size: number;
  stage: string;
  reason: string;
  memoryGb: number;
}

/** Everything measured at one archive size. */
export interface SizeFigures {
  size: number;
  /** Absent when the run reused an earlier build (`--reuse`). */
  build?: {
    ours: BuildFigures;
    bare: BuildFigures;
    ratio: number;
    /** The build again after adding one article, caches kept, and its share of the cold build. */
    rebuild?: BuildFigures;
    rebuildShare?: number;
  };
  weight: Record<'front' | 'article' | 'listing' | 'archive' | 'search', Weight>;
  search: {
    ours: EngineFigures & { indexBytes: number };
    pagefind: EngineFigures & { index: { seconds: number; indexBytes: number } };
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: (string | number)[][]) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

/** The figures of a run as Markdown: machine, build, page weight, search. */
export function markdown(
  machine: Machine,
  results: SizeFigures[],
  unfinished: Unfinished[] = [],
): string {
  const build = table(
    [
      'articles',
      'our build',
      'bare Astro',
      'ratio',
      'og:image cards (worker, beside Astro)',
      'rebuild, one article added (share of ours)',
      'our peak RSS',
      'bare peak RSS',
      'our pages',
      'load avg at start',
    ],
    results.flatMap(({ size, build: b }) =>
      b
        ? [
            [
              size.toLocaleString('en'),
              `${b.ours.seconds.toFixed(1)} s`,
              `${b.bare.seconds.toFixed(1)} s`,
              `${b.ratio.toFixed(2)}×`,
              b.ours.ogSeconds === undefined
                ? '—'
                : `${b.ours.ogSeconds.toFixed(1)} s, ${b.ours.ogDrawn} drawn` +
                  (b.ours.ogWaitSeconds === undefined
                    ? ''
                    : `; build waited ${b.ours.ogWaitSeconds.toFixed(1)} s`),
              b.rebuild
                ? `${b.rebuild.seconds.toFixed(1)} s (${Math.round((b.rebuildShare ?? 0) * 100)} %)`
                : '—',
              `${Math.round(b.ours.peakMb)} MB`,
              `${Math.round(b.bare.peakMb)} MB`,
              b.ours.pages,
              `${b.ours.loadBefore?.toFixed(1)} / ${b.bare.loadBefore?.toFixed(1)}`,
            ],
          ]
        : [],
    ),
  );
  const weight = (w: Weight) => `${kb(w.bytes)} (JS ${kb(w.jsBytes)})`;
  const weights = table(
    ['articles', 'front page', 'article', 'listing /tahun/', 'all /arsip/', 'search /cari/'],
    results.map((r) => [
      r.size.toLocaleString('en'),
      weight(r.weight.front),
      weight(r.weight.article),
      weight(r.weight.listing),
      weight(r.weight.archive),
      weight(r.weight.search),
    ]),
  );
  const engine = (name: string, e: EngineFigures, index: string) => [
    name,
    kb(e.first.bytes),
    ms(e.first.ms),
    ms(e.typing.p50),
    ms(e.typing.p95),
    `${e.typing.requests ?? '?'} / ${kb(e.typing.bytes ?? 0)}`,
    `${e.typing.longTasks} / ${ms(Math.max(e.typing.longestTaskMs, e.first.longestTaskMs))}`,
    `${e.quality.passed}/${e.quality.total}`,
    index,
    e.typing.loadBefore?.toFixed(1) ?? '?',
  ];
  const search = table(
    [
      'articles',
      'engine',
      'bytes to first result',
      'time to first result',
      'keystroke p50',
      'keystroke p95',
      'fetched while typing',
      'long tasks typing / longest task (page load included)',
      'dev set',
      'index',
      'load avg typing',
    ],
    results.flatMap((r) => [
      [
        r.size.toLocaleString('en'),
        ...engine('ours', r.search.ours, `${kb(r.search.ours.indexBytes)} gz`),
      ],
      [
        '',
        ...engine(
          'Pagefind 1.6',
          r.search.pagefind,
          `${kb(r.search.pagefind.index.indexBytes)}, ${r.search.pagefind.index.seconds.toFixed(1)} s`,
        ),
      ],
    ]),
  );
  const loaded = results.filter((r) => r.search.ours.typingBusy && r.search.pagefind.typingBusy);
  const busy = table(
    [
      'articles',
      'engine',
      'keystroke p50',
      'keystroke p95',
      'long tasks typing / longest',
      'load avg',
    ],
    loaded.flatMap((r) =>
      (['ours', 'pagefind'] as const).map((e, i) => {
        const t = r.search[e].typingBusy!;
        return [
          i === 0 ? r.size.toLocaleString('en') : '',
          e === 'ours' ? 'ours' : 'Pagefind 1.6',
          ms(t.p50),
          ms(t.p95),
          `${t.longTasks} / ${ms(t.longestTaskMs)}`,
          t.loadBefore?.toFixed(1) ?? '?',
        ];
      }),
    ),
  );
  const spreadCell = (p?: Spread) => (p && p.n > 0 ? `${ms(p.p50)} / ${ms(p.p95)}` : '—');
  const partNames = Object.keys(
    results.find((r) => r.search.ours.typing.parts)?.search.ours.typing.parts ?? {},
  );
  const parts = table(
    [
      'part of a keystroke (ours), p50 / p95',
      ...results.map((r) => `${r.size.toLocaleString('en')}`),
    ],
    partNames.map((name) => [
      name,
      ...results.map((r) => spreadCell(r.search.ours.typing.parts?.[name])),
    ]),
  );
  const failures = results.flatMap((r) =>
    (['ours', 'pagefind'] as const)
      .filter((e) => r.search[e].quality.failed.length > 0)
      .map((e) => `- ${r.size} articles, ${e} fails: ${r.search[e].quality.failed.join('; ')}`),
  );
  return [
    `Machine: ${machine.cpus}, ${machine.memoryGb} GB RAM, Node ${machine.node}, Chromium ${machine.chromium}.`,
    '',
    ...(results.some((r) => r.build) ? ['### Build', '', build, ''] : []),
    '### Page weight (gzipped, everything the page loads)',
    '',
    weights,
    '',
    '### Search in Chromium',
    '',
    search,
    ...(failures.length ? ['', ...failures] : []),
    '',
    ...(partNames.length ? ['### What a keystroke costs (ours)', '', parts, ''] : []),
    ...(loaded.length ? ['### Typing with one core kept busy', '', busy, ''] : []),
    ...(unfinished.length
      ? [
          '### Did not fit this machine',
          '',
          ...unfinished.map(
            (u) =>
              `- ${u.size.toLocaleString('en')} articles: ${u.stage} stopped on this ${u.memoryGb} GB machine — ${u.reason}`,
          ),
          '',
        ]
      : []),
  ].join('\n');
}
