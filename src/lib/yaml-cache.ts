// Parsed frontmatter kept between builds. The check before every build (content-check.ts) parses
// the YAML of every article: 1.7 s of a rebuild at 10,000 articles, for files that mostly did
// not change. A text that parsed cleanly last time is looked up by its hash instead; a text
// with a problem is parsed again each time, so its message is always the parser's own.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deserialize, serialize } from 'node:v8';
import { replaceFile } from './replace-file.ts';
import { parseYamlText } from './yaml-file.ts';

// What a cached result depends on besides the text: the yaml library's version and how
// parseYamlText calls it (bump FORMAT when that changes).
const FORMAT = 1;
const YAML_VERSION = (createRequire(import.meta.url)('yaml/package.json') as { version: string })
  .version;

/** Parses YAML text as parseYamlText does, answering from the last build's results where it can. */
export class YamlCache {
  readonly #file: string | undefined;
  readonly #previous: Map<string, unknown>;
  readonly #used = new Map<string, unknown>();
  hits = 0;

  /** `file`: where the results are kept (none: a cache for this run only). */
  constructor(file?: string) {
    this.#file = file;
    this.#previous = file ? load(file) : new Map();
  }

  /** parseYamlText's result for `text`; its errors, naming `file`, are thrown as it throws them. */
  parse = (text: string, file: string, lineOffset = 0): unknown => {
    const key = createHash('sha1').update(text).digest('base64url');
    if (this.#previous.has(key)) {
      this.hits += 1;
      const value = this.#previous.get(key);
      this.#used.set(key, value);
      return structuredClone(value);
    }
    const value = parseYamlText(text, file, lineOffset);
    this.#used.set(key, value);
    return structuredClone(value);
  };

  /** Keeps the results this run used (and only those), whole or not at all. */
  save(): void {
    if (!this.#file) return;
    replaceFile(this.#file, serialize({ format: FORMAT, yaml: YAML_VERSION, entries: this.#used }));
  }
}

function load(file: string): Map<string, unknown> {
  try {
    const kept = deserialize(readFileSync(file)) as {
      format?: unknown;
      yaml?: unknown;
      entries?: unknown;
    };
    if (kept.format === FORMAT && kept.yaml === YAML_VERSION && kept.entries instanceof Map)
      return kept.entries as Map<string, unknown>;
  } catch {
    // No cache yet, or one this version cannot read: parse everything.
  }
  return new Map();
}
