// A link checker over a built site: every internal URL must name a file in dist/.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';

export interface LinkReport {
  /** How many internal URLs were checked. */
  checked: number;
  /** One line per broken URL: where it is, what it says, why it fails. */
  broken: string[];
}

export interface LinkOptions {
  /** The sub-path the site is served under ("/" or "/sub/"). */
  base?: string;
  /** The deployed origin (SITE_URL): absolute URLs on it count as internal. */
  origin?: string | undefined;
}

const ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['form[action]', 'action'],
];
const SRCSETS = ['img[srcset]', 'source[srcset]'];
// Absolute URLs in feeds, sitemaps, JSON and citation files.
const TEXT_FILES = /\.(xml|json|txt|ris|webmanifest)$/;
const PLACEHOLDER = 'http://link-check.invalid';

function files(dist: string): string[] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .filter((f) => statSync(join(dist, f)).isFile())
    .map((f) => f.split('\\').join('/'))
    .sort();
}

/** The URL a site-relative file is served at, e.g. "a/index.html" → "/base/a/". */
function urlOf(file: string, base: string): string {
  return `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Checks every internal href/src/action/srcset in the HTML, every url() in the CSS and every
 * absolute URL on `origin` in feeds and sitemaps: each must resolve to a file in `dist`
 * ("x/" to "x/index.html"), and a fragment to an id on the target page. External URLs,
 * mailto: and the like are skipped.
 */
export function checkLinks(dist: string, options: LinkOptions = {}): LinkReport {
  const base = options.base ?? '/';
  const origin = options.origin ? new URL(options.origin).origin : PLACEHOLDER;
  const all = files(dist);
  const present = new Set(all);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) {
      const $ = load(readFileSync(join(dist, file), 'utf8'));
      ids.set(
        file,
        new Set(
          $('[id]')
            .map((_, el) => $(el).attr('id'))
            .get(),
        ),
      );
    }
    return ids.get(file)!;
  };
  const report: LinkReport = { checked: 0, broken: [] };

  const check = (from: string, pageUrl: string, raw: string) => {
    const value = raw.trim();
    if (value === '' || /^(mailto|tel|data|javascript|blob|about):/i.test(value)) return;
    let url: URL;
    try {
      url = new URL(value, `${origin}${pageUrl}`);
    } catch {
      report.broken.push(`${from}: "${value}" is not a URL`);
      return;
    }
    if (url.origin !== origin) return;
    report.checked++;
    const fail = (why: string): void => {
      report.broken.push(`${from}: "${value}" ${why}`);
    };
    if (!url.pathname.startsWith(base)) return fail(`is outside the base ${base}`);
    let path: string;
    try {
      path = decodeURIComponent(url.pathname.slice(base.length));
    } catch {
      return fail('has malformed percent-encoding');
    }
    const target = path === '' || path.endsWith('/') ? `${path}index.html` : path;
    if (!present.has(target)) return fail(`→ no file ${target} in dist`);
    const fragment = url.hash.slice(1);
    if (!fragment || !target.endsWith('.html')) return;
    let id: string;
    try {
      id = decodeURIComponent(fragment);
    } catch {
      return fail('has a malformed fragment');
    }
    if (!idsOf(target).has(id)) fail(`→ no id="${id}" in ${target}`);
  };

  for (const file of all) {
    const pageUrl = urlOf(file, base);
    if (file.endsWith('.html')) {
      const $ = load(readFileSync(join(dist, file), 'utf8'));
      for (const [selector, attribute] of ATTRIBUTES) {
        $(selector).each((_, el) => {
          check(file, pageUrl, $(el).attr(attribute) ?? '');
        });
      }
      for (const selector of SRCSETS) {
        $(selector).each((_, el) => {
          for (const candidate of ($(el).attr('srcset') ?? '').split(',')) {
            check(file, pageUrl, candidate.trim().split(/\s+/)[0] ?? '');
          }
        });
      }
    } else if (file.endsWith('.css')) {
      const css = readFileSync(join(dist, file), 'utf8');
      for (const match of css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/g)) {
        if (!match[2]!.startsWith('#')) check(file, pageUrl, match[2]!);
      }
    } else if (TEXT_FILES.test(file) && origin !== PLACEHOLDER) {
      const text = readFileSync(join(dist, file), 'utf8');
      const escaped = origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      for (const match of text.matchAll(new RegExp(`${escaped}[^\\s"'<>\\\\]*`, 'g'))) {
        check(file, pageUrl, match[0].replace(/&amp;/g, '&'));
      }
    }
  }
  return report;
}
