// The build's cards as an Astro integration, thin on purpose: it starts making the cards in a
// worker thread when a build is set up (so they are made beside Astro's own work) and places them
// into the built site when it is done. What the cards are: ./og-sources.ts; how: ./og-cards.ts.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { makeCardsInWorker, placeCards, pruneCards, type CardReport } from './og-cards.ts';

/** Makes every page's og:image card: one per article for every language, one for the site. */
export function ogCards(options: { contentDir: string; cacheDir: string }): AstroIntegration {
  const cacheDir = resolve(options.cacheDir, 'og-cards');
  let run: Promise<CardReport> | undefined;
  return {
    name: 'og-cards',
    hooks: {
      // As soon as a build is set up, before Astro reads the content (a quarter of a cold
      // build at 10,000 articles): the worker reads the frontmatter itself, on the other core.
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        run = makeCardsInWorker(options.contentDir, cacheDir);
        // Awaited when the build is done; a build that stops before then never needs it.
        run.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!run) return;
        // How long Astro's finished build waits for the worker: the cards' cost to the build's
        // wall time (none when they were done before the pages).
        const waitStarted = performance.now();
        const set = await run;
        const waited = performance.now() - waitStarted;
        for (const warning of set.warnings) logger.warn(warning);
        await placeCards(set, fileURLToPath(dir));
        await pruneCards(set, cacheDir);
        const rate = set.made > 0 ? `, ${Math.round((set.made / set.ms) * 1000)} cards/s` : '';
        logger.info(
          `${set.files.size} og:image cards: ${set.made} drawn, ${set.reused} from the cache (${Math.round(set.ms)} ms${rate}; the build waited ${Math.round(waited)} ms for them)`,
        );
      },
    },
  };
}
