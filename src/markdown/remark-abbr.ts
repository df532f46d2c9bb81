import type { PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { termFinder } from '../lib/glossary.ts';
import type { GlossaryEntry } from '../lib/types.ts';

export interface RemarkAbbrOptions {
  glossary: GlossaryEntry[];
  /** Where the first occurrence of a term links to (its glossary entry); no link when absent. */
  href?: (entry: GlossaryEntry) => string;
}

// An mdast node that remark-rehype turns into an element through data.hName.
function element(tagName: string, properties: Record<string, string>, children: PhrasingContent[]) {
  return {
    type: 'emphasis',
    data: { hName: tagName, hProperties: properties },
    children,
  } as unknown as PhrasingContent;
}

/**
 * Wraps the first occurrence of each glossary acronym in an article with
 * `<abbr title="expansion">`, linked to its glossary entry when `href` is given.
 */
export default function remarkAbbr(options: RemarkAbbrOptions) {
  const { glossary, href } = options;
  const findTerms = termFinder(glossary);
  return (tree: Root) => {
    const done = new Set<string>();
    visit(tree, (node, index, parent) => {
      if (node.type === 'link' || node.type === 'code' || node.type === 'inlineCode') return SKIP;
      if (node.type !== 'text' || parent === undefined || index === undefined) return undefined;
      const value = (node as Text).value;
      const matches = findTerms(value, done).filter((m, i, all) => {
        // Only the first occurrence of each term within this text node too.
        return all.findIndex((other) => other.entry.id === m.entry.id) === i;
      });
      if (matches.length === 0) return undefined;
      const replacement: PhrasingContent[] = [];
      let cursor = 0;
      for (const match of matches) {
        if (match.start > cursor)
          replacement.push({ type: 'text', value: value.slice(cursor, match.start) });
        const term = value.slice(match.start, match.end);
        const abbr = element('abbr', { title: match.entry.expansion }, [
          { type: 'text', value: term },
        ]);
        replacement.push(
          href ? element('a', { href: href(match.entry), className: 'term' }, [abbr]) : abbr,
        );
        done.add(match.entry.id);
        cursor = match.end;
      }
      if (cursor < value.length) replacement.push({ type: 'text', value: value.slice(cursor) });
      parent.children.splice(index, 1, ...(replacement as typeof parent.children));
      return [SKIP, index + replacement.length];
    });
  };
}
