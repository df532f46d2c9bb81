import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
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
      bodies.push({ file, body: (splitFrontmatter(text)?.body ?? text).trim() });
    } catch {
      skipped.push(file);
    }
  }
  return { bodies, skipped };
}
