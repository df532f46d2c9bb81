// npm run bench:og -- --cards 1000
// The og:image cards on their own: how long drawing and JPEG encoding take per card, how many
// cards a cold build makes per second (on one thread, as the build's worker does), and how
// long a warm build (every card in the cache) spends on them. Prints a Markdown table.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { articleCardText } from '../../src/lib/og-card.ts';
import { makeCards, type CardJob } from '../../src/lib/og-cards.ts';
import { drawCard, CARD_QUALITY } from '../../src/lib/og-draw.ts';
import { CARD_BRAND } from '../../src/lib/og-sources.ts';

const { values } = parseArgs({ options: { cards: { type: 'string', default: '500' } } });
const count = Number(values.cards);
if (!Number.isInteger(count) || count < 1) throw new Error('--cards: expected a whole number ≥ 1');

// Headlines in the archive's shapes, each card different (so no two share a cache entry).
const HEADLINES = [
  [
    'KASN Matangkan Rencana Perpanjangan Kerja Sama dengan Kementerian Korea Selatan',
    'KASN Finalises Plans to Extend Its Cooperation with a South Korean Ministry',
  ],
  [
    'BKN Paparkan Tantangan Pelayanan Publik di Indonesia pada Forum ACCSM Ke-21 dan ACCSM+3 ke-6 di Vietnam',
    'BKN Presents the Challenges of Public Services in Indonesia at the 21st ACCSM and 6th ACCSM+3 in Vietnam',
  ],
  [
    'Pemerintah Republik Korea Apresiasi Perkembangan Reformasi Birokrasi di Indonesia',
    'The Government of the Republic of Korea Praises the Progress of Bureaucratic Reform in Indonesia',
  ],
] as const;
const jobs: CardJob[] = Array.from({ length: count }, (_, i) => {
  const [title, titleEn] = HEADLINES[i % HEADLINES.length]!;
  return {
    file: `og/${i}.jpg`,
    card: articleCardText(
      {
        title: `${title} (${i + 1})`,
        titleEn: `${titleEn} (${i + 1})`,
        date: '2022-08-03',
        institutionName: 'BKN',
      },
      CARD_BRAND,
    ),
  };
});

const sample = jobs.slice(0, Math.min(count, 50));
drawCard(sample[0]!.card); // fonts registered and Skia warmed up outside the timings
// Each card is encoded before the next is drawn: the thread has one canvas.
let drawMs = 0;
let encodeMs = 0;
let bytes = 0;
for (const job of sample) {
  const started = performance.now();
  const canvas = drawCard(job.card);
  const drawn = performance.now();
  bytes += canvas.encodeSync('jpeg', CARD_QUALITY).length;
  drawMs += (drawn - started) / sample.length;
  encodeMs += (performance.now() - drawn) / sample.length;
}

const cacheDir = mkdtempSync(join(tmpdir(), 'og-bench-'));
try {
  const cold = makeCards(jobs, cacheDir);
  const warm = makeCards(jobs, cacheDir);
  console.log(
    `og:image cards, ${count} cards of 1200×630, JPEG q${CARD_QUALITY}, one thread, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg()[0]!.toFixed(1)}`,
  );
  console.log('');
  console.log('| figure | value |');
  console.log('| --- | --- |');
  console.log(`| drawing, main thread | ${drawMs.toFixed(2)} ms a card |`);
  console.log(`| JPEG encoding, one at a time | ${encodeMs.toFixed(1)} ms a card |`);
  console.log(`| card size | ${(bytes / sample.length / 1024).toFixed(0)} kB on average |`);
  console.log(
    `| cold run (${cold.made} drawn) | ${(cold.ms / 1000).toFixed(1)} s, ${Math.round((cold.made / cold.ms) * 1000)} cards/s |`,
  );
  console.log(`| warm run (${warm.reused} from the cache) | ${(warm.ms / 1000).toFixed(2)} s |`);
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
