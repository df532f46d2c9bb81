// @ts-check
import { renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { ContentError } from './src/lib/archive.ts';
import { contentProblems } from './src/lib/content-check.ts';
import { readDataFile } from './src/lib/data-files.ts';
import { DEFAULT_LOCALE, LOCALE_INFO, LOCALES } from './src/lib/locales.ts';
import { paths, withBase } from './src/lib/paths.ts';
import { ogCards } from './src/lib/og-integration.ts';
import { buildFiles, madeBuildFiles, STAGED_ROUTES } from './src/lib/build-files.ts';
import { dataStoreFromFile } from './src/lib/data-store-module.ts';
import { NO_ADDRESS_WARNING, siteConfigFromEnv } from './src/lib/site-config.ts';
import { sitemapLinks } from './src/lib/sitemap-links.ts';
import { staleOutput } from './src/lib/stale-output.ts';
import { YamlCache } from './src/lib/yaml-cache.ts';
import { articleBodyRehypePlugins } from './src/markdown/article-body.ts';
import remarkAbbr from './src/markdown/remark-abbr.ts';
import remarkReadingTime from './src/markdown/remark-reading-time.ts';

const { site, base, contentDir, outDir, cacheDir } = siteConfigFromEnv(process.env);

/** @type {import('./src/lib/types.ts').GlossaryEntry[]} */
const glossary = /** @type {any} */ (readDataFile(contentDir, 'glossary'));

/**
 * Checks the whole content folder before the content layer reads it, so that a build names every
 * problem at once (src/lib/content-check.ts); says once when the build knows no public address; moves each language's 404 page to
 * `<language>/404.html`, where static hosts that look for the nearest 404.html find it.
 * @returns {import('astro').AstroIntegration}
 */
const archiveBuild = () => ({
  name: 'archive-build',
  hooks: {
    'astro:config:setup': ({ command }) => {
      if (command !== 'build') return;
      const yaml = new YamlCache(join(cacheDir, 'frontmatter.bin'));
      const problems = contentProblems(contentDir, undefined, undefined, yaml.parse);
      yaml.save();
      if (problems.length > 0) throw new ContentError(problems);
    },
    'astro:build:start': ({ logger }) => {
      if (!site) logger.warn(NO_ADDRESS_WARNING);
    },
    'astro:build:done': ({ dir }) => {
      for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
        const folder = fileURLToPath(new URL(`${locale}/404/`, dir));
        renameSync(`${folder}index.html`, fileURLToPath(new URL(`${locale}/404.html`, dir)));
        rmdirSync(folder);
      }
    },
  },
});

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  outDir,
  cacheDir,
  // Styles and scripts as files, never inline: a strict Content-Security-Policy needs no hashes.
  build: { inlineStylesheets: 'never' },
  // The last build's output stays: Astro's incremental build leaves an unchanged page where it
  // is, and staleOutput (the last integration) removes what this build did not make.
  // `astro dev` watches the project, but not tmp/ (the bench's archives and the tests' builds:
  // hundreds of thousands of files, more than the system lets one process watch).
  // The build reads the content store from its file rather than compiling it as one string
  // (src/lib/data-store-module.ts: 24 s at 10,000 articles).
  vite: {
    plugins: [dataStoreFromFile(join(cacheDir, 'data-store.json'))],
    build: { assetsInlineLimit: 0, emptyOutDir: false },
    server: { watch: { ignored: ['**/tmp/**'] } },
  },
  trailingSlash: 'always',
  // A rebuild copies every page whose cache key (src/lib/page-key.ts) and code are unchanged.
  experimental: { incrementalBuild: true },
  // Indonesian at the root exactly as before; every other language under its own prefix.
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    archiveBuild(),
    // Citations and search files are written in one pass when the build is done, not as routes;
    // those whose bytes did not change since the last build are left where they are.
    buildFiles(STAGED_ROUTES, cacheDir),
    ogCards({ contentDir, cacheDir }),
    // The sitemap needs absolute URLs: without the public address there is none.
    ...(site
      ? [
          // Each page with its other-language version (hreflang), found in one pass.
          sitemap(
            sitemapLinks(
              new URL(base, site).href,
              Object.fromEntries(LOCALES.map((l) => [l, LOCALE_INFO[l].lang])),
              DEFAULT_LOCALE,
            ),
          ),
        ]
      : []),
    // Last, when every other integration has written its files.
    staleOutput(madeBuildFiles),
  ],
  markdown: {
    // Fenced code is plain <pre><code>: Shiki's inline style attributes would break the CSP.
    syntaxHighlight: false,
    processor: unified({
      // The sources' own quotation marks are kept as they are.
      smartypants: false,
      remarkPlugins: [
        [
          remarkAbbr,
          {
            glossary,
            href: (/** @type {{ id: string }} */ entry) =>
              withBase(base, paths.glossaryEntry(entry.id)),
          },
        ],
        remarkReadingTime,
      ],
      rehypePlugins: articleBodyRehypePlugins,
    }),
  },
});
