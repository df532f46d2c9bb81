import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { glossaryId } from '../../src/lib/glossary.ts';
import type { ArchiveData } from '../../src/lib/import/types.ts';

function keyed<T>(file: string): (T & { id: string })[] {
  const data = parseYaml(readFileSync(file, 'utf8')) as Record<string, T>;
  return Object.entries(data).map(([id, value]) => ({ id, ...value }));
}

/** The institutions, topics, countries and glossary of a content folder, for the suggestions. */
export function readArchiveData(contentDir: string): ArchiveData {
  const glossary = parseYaml(readFileSync(join(contentDir, 'glossary.yaml'), 'utf8')) as Omit<
    ArchiveData['glossary'][number],
    'id'
  >[];
  return {
    institutions: keyed(join(contentDir, 'institutions.yaml')),
    topics: keyed(join(contentDir, 'topics.yaml')),
    countries: keyed(join(contentDir, 'countries.yaml')),
    glossary: glossary.map((entry) => ({ id: glossaryId(entry.term), ...entry })),
  };
}

/** An article file already on disk: its name and body, or why it could not be read. */
export interface ArchivedBody {
  file: string;
  body: string;
}

/**
 * The articles already in a folder, by body text, to catch a text imported twice. Entries that are
 * not readable files (a folder or a broken link named `*.md`) are skipped and named in `skipped`.
 */
export function readArticleBodies(dir: string): { bodies: ArchivedBody[]; skipped: string[] } {
  const bodies: ArchivedBody[] = [];
  const skipped: string[] = [];
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return { bodies, skipped };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    try {
      const text = readFileSync(join(dir, file), 'utf8');
      const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n([\s\S]*)$/.exec(text);
      bodies.push({ file, body: (match ? match[1]! : text).trim() });
    } catch {
      skipped.push(file);
    }
  }
  return { bodies, skipped };
}
