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
  /** The YAML parser: parseYamlText, or one that remembers its results (yaml-cache.ts). */
  parseYaml: typeof parseYamlText = parseYamlText,
): { data: Record<string, unknown>; body: string } | null {
  const parts = splitFrontmatter(text);
  if (!parts) return null;
  const data: unknown = parseYaml(parts.frontmatter, file, 1);
  return {
    data: data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {},
    body: parts.body,
  };
}

/** The frontmatter fields that hold calendar dates. */
const DATE_FIELDS = ['date', 'dateEnd'] as const;

/**
 * An article's dates as its frontmatter writes them. Astro's YAML parser (`parsed`, from the
 * frontmatter text `yaml`) turns an unquoted impossible date such as 2021-02-30 into a real one
 * (2 March) before the schema sees it. A date written plainly on its own line (`date:
 * 2021-02-30`) is read from that line; anything else, and any frontmatter with aliases, by our
 * YAML 1.2 parser, which keeps dates as text and limits aliases (its errors name `file`).
 */
export function writtenDates(
  yaml: string,
  parsed: Record<string, unknown>,
  file: string,
): Partial<Record<(typeof DATE_FIELDS)[number], unknown>> {
  let whole: Record<string, unknown> | undefined;
  const parse = () => {
    const data: unknown = parseYamlText(yaml, file, 1);
    whole ??= data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
    return whole;
  };
  if (yaml.includes('*')) parse();
  const written: Partial<Record<(typeof DATE_FIELDS)[number], unknown>> = {};
  for (const field of DATE_FIELDS) {
    if (!(parsed[field] instanceof Date)) continue;
    // A key at the start of a line is a top-level key: nothing nested or continued starts there.
    const line = new RegExp(`^${field}:[ \\t]*(\\d{4}-\\d{2}-\\d{2})[ \\t]*\\r?$`, 'm').exec(yaml);
    written[field] = line && !whole ? line[1] : parse()[field];
  }
  return written;
}
