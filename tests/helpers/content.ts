import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build.ts';

/** Where the test fixtures live. */
export const FIXTURES = join(ROOT, 'tests/fixtures');

export interface ContentOptions {
  /** Keep the committed articles beside the fixture (a build that must succeed needs them: the timeline links them). */
  withRealArticles?: boolean;
  /** Rewrites of data files by name, e.g. `{ 'topics.yaml': (text) => text + '…' }`. */
  edit?: Record<string, (text: string) => string>;
}

/**
 * A fresh content folder under tmp/: the real data files (content/*.yaml, edited as asked) and
 * the fixture's articles — a `.md` file or a folder of them, relative to tests/fixtures; none
 * when `fixture` is null.
 */
export function contentWith(fixture: string | null, options: ContentOptions = {}): string {
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'tmp', 'content-'));
  for (const file of readdirSync(join(ROOT, 'content'))) {
    if (!file.endsWith('.yaml')) continue;
    const text = readFileSync(join(ROOT, 'content', file), 'utf8');
    writeFileSync(join(dir, file), options.edit?.[file]?.(text) ?? text);
  }
  const articles = join(dir, 'articles');
  if (options.withRealArticles)
    cpSync(join(ROOT, 'content/articles'), articles, { recursive: true });
  mkdirSync(articles, { recursive: true });
  if (fixture === null) return dir;
  const source = join(FIXTURES, fixture);
  if (fixture.endsWith('.md')) cpSync(source, join(articles, fixture.split('/').at(-1)!));
  else cpSync(source, articles, { recursive: true });
  return dir;
}
