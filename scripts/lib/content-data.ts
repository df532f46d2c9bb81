import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readDataFile } from '../../src/lib/data-files.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import type { ArchiveData } from '../../src/lib/import/types.ts';

/** The institutions, topics, countries and glossary of a content folder, for the suggestions. */
export function readArchiveData(contentDir: string): ArchiveData {
  // Unvalidated, as the suggestions need them: the build checks the data against its schemas.
  return {
    institutions: readDataFile(
      contentDir,
      'institutions',
    ) as unknown as ArchiveData['institutions'],
    topics: readDataFile(contentDir, 'topics') as unknown as ArchiveData['topics'],
    countries: readDataFile(contentDir, 'countries') as unknown as ArchiveData['countries'],
    glossary: readDataFile(contentDir, 'glossary') as unknown as ArchiveData['glossary'],
  };
}

/** The articles already in a folder, by their body text (trimmed), to catch a text imported twice. */
export function readArticleBodies(dir: string): Map<string, string> {
  const bodies = new Map<string, string>();
  if (!existsSync(dir)) return bodies;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    const parts = splitFrontmatter(readFileSync(join(dir, file), 'utf8'));
    if (parts) bodies.set(parts.body.trim(), file);
  }
  return bodies;
}
