import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { countWords, minutesFor } from '../lib/reading-time.ts';

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/** Adds `minutesRead` and `wordCount` to the article's frontmatter (Astro's remarkPluginFrontmatter). */
export default function remarkReadingTime() {
  return (tree: Root, file: VFile) => {
    const text = toString(tree);
    const data = file.data as AstroData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    // The words counted once, for both figures.
    const words = countWords(text);
    data.astro.frontmatter['minutesRead'] = minutesFor(words);
    data.astro.frontmatter['wordCount'] = words;
  };
}
