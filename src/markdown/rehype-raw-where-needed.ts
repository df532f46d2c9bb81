// rehype-raw parses the raw HTML a body holds into the tree, and to do so takes the whole tree
// through parse5 and back: a sixth of a body's Markdown pipeline. Most bodies hold no raw HTML
// (the importer writes Markdown): for them the round trip changes nothing, so it is skipped.
import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import type { VFile } from 'vfile';
import { EXIT, visit } from 'unist-util-visit';

/** Whether a tree holds raw HTML (a `raw` node: what Markdown passes through as HTML). */
export function hasRawHtml(tree: Root): boolean {
  let found = false;
  visit(tree, 'raw', () => {
    found = true;
    return EXIT;
  });
  return found;
}

/** rehype-raw, run only on a tree that holds raw HTML. */
export default function rehypeRawWhereNeeded(...options: Parameters<typeof rehypeRaw>) {
  const raw = rehypeRaw(...options);
  return (tree: Root, file: VFile): Root => (hasRawHtml(tree) ? raw(tree, file) : tree);
}
