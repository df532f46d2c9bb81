import type { Element, ElementContent, Root, RootContent } from 'hast';

function unwrap(parent: Root | Element): void {
  const children: (RootContent | ElementContent)[] = [];
  for (const child of parent.children) {
    if (child.type !== 'element') {
      children.push(child);
      continue;
    }
    unwrap(child);
    if (child.tagName === 'a' && child.properties['href'] === undefined)
      children.push(...child.children);
    else children.push(child);
  }
  parent.children = children as typeof parent.children;
}

/**
 * Replaces each link left without an address (the sanitiser removed a `javascript:` or `data:`
 * one, or the source had a bare anchor) by its text, so nothing on the page looks like a link
 * and does nothing. Runs after rehype-sanitize and only removes markup.
 */
export default function rehypeUnwrapDeadLinks() {
  return (tree: Root) => unwrap(tree);
}
