import rehypeSanitize from 'rehype-sanitize';
import type { RehypePlugins } from '@astrojs/markdown-remark';
import { bodySchema } from './body-schema.ts';
import rehypeBodyImages from './rehype-body-images.ts';
import rehypeBodyText from './rehype-body-text.ts';
import rehypeRawWhereNeeded from './rehype-raw-where-needed.ts';
import rehypeUnwrapDeadLinks from './rehype-unwrap-dead-links.ts';

/**
 * The rehype plugins every article body goes through, in order: raw HTML parsed into the tree
 * (where the body has any), images made into links, everything sanitised to the allowlist, links
 * left without an address unwrapped, then the page's text recorded and checked against the
 * Markdown. Nothing after rehype-sanitize adds markup.
 */
export const articleBodyRehypePlugins: RehypePlugins = [
  rehypeRawWhereNeeded,
  rehypeBodyImages,
  [rehypeSanitize, bodySchema],
  rehypeUnwrapDeadLinks,
  rehypeBodyText,
];
