import type { Element, ElementContent, Root, RootContent } from 'hast';

// An address on the web (http, https or protocol-relative): a picture on the source's server.
const WEB_ADDRESS = /^(?:https?:)?\/\//i;

function replacement(image: Element, insideLink: boolean): ElementContent[] {
  const src = String(image.properties['src'] ?? '').trim();
  const alt = String(image.properties['alt'] ?? '').trim();
  if (WEB_ADDRESS.test(src) && !insideLink) {
    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: { href: src },
      children: [{ type: 'text', value: alt || src }],
    };
    return [link];
  }
  return alt ? [{ type: 'text', value: alt }] : [];
}

function walk(parent: Root | Element, insideLink: boolean): void {
  const children: (RootContent | ElementContent)[] = [];
  for (const child of parent.children) {
    if (child.type === 'element' && child.tagName === 'img') {
      children.push(...replacement(child, insideLink));
      continue;
    }
    if (child.type === 'element') walk(child, insideLink || child.tagName === 'a');
    children.push(child);
  }
  parent.children = children as typeof parent.children;
}

/**
 * Turns every image in an article body into what loads nothing: a picture on the web becomes a
 * plain link to it (its alt text, or its address, as the link text); any other picture becomes
 * its alt text. The archive keeps the sources' words; their pictures stay on their servers.
 */
export default function rehypeBodyImages() {
  return (tree: Root) => walk(tree, false);
}
