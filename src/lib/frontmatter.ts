// Markdown files with YAML frontmatter: one way to split them, used by the build, the scripts
// and the tests alike.
import { parseYamlText } from './yaml-file.ts';

// "---" on the first line, then the YAML, then a line that is "---" (the YAML may be empty).
const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** A Markdown file's frontmatter (the YAML text) and its body exactly as written, or null without frontmatter. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } | null {
  const match = FRONTMATTER.exec(text);
  if (!match) return null;
  return { frontmatter: match[1] ?? '', body: text.slice(match[0].length) };
}

/**
 * A Markdown file's frontmatter parsed as YAML 1.2 (dates stay text, as written) and its body,
 * or null without frontmatter. Malformed YAML throws a YamlFileError naming `file` and the line
 * in the file (the frontmatter starts on line 2).
 */
export function parseFrontmatter(
  text: string,
  file = 'frontmatter',
): { data: Record<string, unknown>; body: string } | null {
  const parts = splitFrontmatter(text);
  if (!parts) return null;
  const data: unknown = parseYamlText(parts.frontmatter, file, 1);
  return {
    data: data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {},
    body: parts.body,
  };
}
