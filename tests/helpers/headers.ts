// The `_headers` file that Netlify and Cloudflare Pages read: a path line, then indented
// `Name: value` lines. Only what public/_headers uses: exact paths and `*` splats.

export interface HeaderRule {
  /** The path pattern as written, e.g. "/*" or "/_astro/*". */
  path: string;
  headers: [name: string, value: string][];
}

/** Parses a `_headers` file; throws on a line it does not understand, naming the line. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/'))
        throw new Error(`_headers line ${i + 1}: expected a path: ${line}`);
      rules.push({ path: line.trim(), headers: [] });
      return;
    }
    const match = /^\s+([A-Za-z0-9-]+)\s*:\s*(.*?)\s*$/.exec(line);
    const rule = rules.at(-1);
    if (!match || !rule) throw new Error(`_headers line ${i + 1}: expected "Name: value": ${line}`);
    rule.headers.push([match[1]!, match[2]!]);
  });
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers a request path gets: every matching rule in file order; a header named by
 * several rules gets their values joined with ", " (what Cloudflare Pages does).
 */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    if (!matches(rule.path, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      result[key] = key in result ? `${result[key]}, ${value}` : value;
    }
  }
  return result;
}

/** Parses a Content-Security-Policy value into directive → sources. */
export function parseCsp(value: string): Map<string, string[]> {
  return new Map(
    value
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}
