// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { glossaryId } from './src/lib/glossary.ts';
import { paths, withBase } from './src/lib/paths.ts';
import { siteConfigFromEnv } from './src/lib/site-config.ts';
import { readYamlFile } from './src/lib/yaml-file.ts';
import { articleBodyRehypePlugins } from './src/markdown/article-body.ts';
import remarkAbbr from './src/markdown/remark-abbr.ts';
import remarkReadingTime from './src/markdown/remark-reading-time.ts';

const { site, base, contentDir, outDir, cacheDir } = siteConfigFromEnv(process.env);

/** @type {import('./src/lib/types.ts').GlossaryEntry[]} */
const glossary = /** @type {any[]} */ (readYamlFile(`${contentDir}/glossary.yaml`)).map(
  (/** @type {any} */ entry) => ({ id: glossaryId(entry.term), ...entry }),
);

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  // Styles and scripts as files, never inline: a strict Content-Security-Policy needs no hashes.
  build: { inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  trailingSlash: 'always',
  integrations: [sitemap()],
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
