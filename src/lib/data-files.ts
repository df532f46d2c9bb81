// The archive's YAML data files (content/*.yaml), read one way by the Astro config, the content
// collections, the command-line scripts and the pages.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glossaryId } from './glossary.ts';
import { parseYamlText } from './yaml-file.ts';

/** The data files of a content folder, by what they hold. */
export const DATA_FILES = {
  institutions: 'institutions.yaml',
  topics: 'topics.yaml',
  countries: 'countries.yaml',
  glossary: 'glossary.yaml',
  timeline: 'timeline.yaml',
  thesaurus: 'thesaurus.yaml',
} as const;

/** A kind of data file. */
export type DataFile = keyof typeof DATA_FILES;

/** The data files read as Astro content collections (the rest are plain lists read here). */
export type CollectionFile = Exclude<DataFile, 'timeline' | 'thesaurus'>;

/** Thrown when a data file is not the YAML it should be; the message names the file, in Indonesian. */
export class DataFileError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'DataFileError';
  }
}

/** Parses a data file's YAML text (YAML 1.2: dates stay text); a YamlFileError names the file and line. */
export function parseDataText(text: string, file: string): unknown {
  return parseYamlText(text, file);
}

/** Entries of a file keyed by slug (`kasn: { name: … }`), each with its slug as `id`, in file order. */
export function keyedEntries(
  data: unknown,
  file: string,
): ({ id: string } & Record<string, unknown>)[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new DataFileError(
      file,
      'isinya harus entri-entri dengan slug sebagai kunci, satu entri sebaris "slug:" diikuti kolom-kolomnya (slug: { name: … })',
    );
  }
  return Object.entries(data as Record<string, unknown>).map(([id, value]) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new DataFileError(
        file,
        `entri "${id}": kolom-kolomnya tidak ada — tulis kolomnya di bawah "${id}:" (name: …)`,
      );
    }
    return { id, ...(value as Record<string, unknown>) };
  });
}

/** The glossary's entries (a list), each with its id: the term's URL fragment ("FIA UI" → "fia-ui"). */
export function glossaryEntries(
  data: unknown,
  file: string,
): ({ id: string } & Record<string, unknown>)[] {
  if (!Array.isArray(data))
    throw new DataFileError(file, 'isinya harus daftar entri, masing-masing diawali "- term: …"');
  return data.map((entry: unknown, index) => {
    const term = (entry as { term?: unknown } | null)?.term;
    if (typeof term !== 'string') {
      throw new DataFileError(
        file,
        `entri ke-${index + 1}: kolom "term": tidak ada atau bukan teks — tulis singkatannya sebagai teks`,
      );
    }
    return { id: glossaryId(term), ...(entry as Record<string, unknown>) };
  });
}

/**
 * A data file's text as Astro's file() loader takes it: a keyed file as its record (the keys
 * become the ids), the glossary as a list of entries with their ids.
 */
export function parseForLoader(
  kind: CollectionFile,
  text: string,
  file: string,
): Record<string, Record<string, unknown>> | Record<string, unknown>[] {
  const data = parseDataText(text, file);
  if (kind === 'glossary') return glossaryEntries(data, file);
  keyedEntries(data, file);
  return data as Record<string, Record<string, unknown>>;
}

/** Parses a data file's text into its entries, each with an id (not for the timeline, a plain list). */
export function parseDataFile(
  kind: CollectionFile,
  text: string,
  file: string,
): ({ id: string } & Record<string, unknown>)[] {
  const data = parseDataText(text, file);
  return kind === 'glossary' ? glossaryEntries(data, file) : keyedEntries(data, file);
}

/** The path of a data file in a content folder. */
export function dataFilePath(contentDir: string, kind: DataFile): string {
  return join(contentDir, DATA_FILES[kind]);
}

/** Reads a data file of a content folder into its entries (see parseDataFile). */
export function readDataFile(
  contentDir: string,
  kind: CollectionFile,
): ({ id: string } & Record<string, unknown>)[] {
  const file = dataFilePath(contentDir, kind);
  return parseDataFile(kind, readFileSync(file, 'utf8'), file);
}

/** The timeline file's YAML, unvalidated (src/lib/timeline.ts checks it); undefined when there is none. */
export function readTimelineFile(contentDir: string): { data: unknown; file: string } | undefined {
  const file = dataFilePath(contentDir, 'timeline');
  if (!existsSync(file)) return undefined;
  return { data: parseDataText(readFileSync(file, 'utf8'), file), file };
}

/** The thesaurus file's YAML, unvalidated (src/lib/thesaurus.ts checks it); undefined when there is none. */
export function readThesaurusFile(contentDir: string): { data: unknown; file: string } | undefined {
  const file = dataFilePath(contentDir, 'thesaurus');
  if (!existsSync(file)) return undefined;
  return { data: parseDataText(readFileSync(file, 'utf8'), file), file };
}
