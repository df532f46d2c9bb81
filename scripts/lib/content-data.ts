import { existsSync, readFileSync, readdirSync } from 'node:fs';
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

/** The articles already in a folder, by their body text (trimmed), to catch a text imported twice. */
export function readArticleBodies(dir: string): Map<string, string> {
  const bodies = new Map<string, string>();
  if (!existsSync(dir)) return bodies;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n([\s\S]*)$/.exec(text);
    if (match) bodies.set(match[1]!.trim(), file);
  }
  return bodies;
}
