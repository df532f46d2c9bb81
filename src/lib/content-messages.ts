// The build's messages about content, for the archivist who edits content/ by hand: Indonesian,
// each naming the file, the field and the value, and saying what to write instead.
import type { z } from 'astro/zod';
import { DATA_FILES } from './data-files.ts';

/** One problem of a file: `<file>: kolom "<field>": <message>`. */
/** An article file with nothing under its frontmatter. */
export const EMPTY_BODY = 'isi artikel kosong — tempel teks beritanya di bawah frontmatter';

export function fieldProblem(file: string, field: string, message: string): string {
  return `${file}: kolom "${field}": ${message}`;
}

/** The data collections an article refers to, with what a new entry in each needs. */
const REFERENCES = {
  institutions: {
    what: 'instansi',
    needs:
      'name, fullName dan kind (kementerian | komisi | badan | lembaga | organisasi | universitas | perwakilan), dan bila ada acronym, country, nameEn, fullNameEn dan aliases',
  },
  topics: { what: 'topik', needs: 'name dan nameEn, dan bila ada description' },
  countries: { what: 'negara', needs: 'name dan nameEn, dan bila ada aliases' },
} as const;

/** A reference to an unknown institution, topic or country, and the two ways to settle it. */
export function unknownReference(
  collection: keyof typeof REFERENCES,
  id: string,
  known: Iterable<string>,
): string {
  const { what, needs } = REFERENCES[collection];
  const file = `content/${DATA_FILES[collection]}`;
  return (
    `${what} "${id}" tidak dikenal — tulis salah satu slug di ${file} (${[...known].join(', ')}), ` +
    `atau tambahkan "${id}" di ${file} dengan ${needs}`
  );
}

const show = (value: unknown) =>
  typeof value === 'string'
    ? `"${value.length > 60 ? `${value.slice(0, 60)}…` : value}"`
    : String(value);

const TYPE_NAMES: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  boolean: 'true atau false',
  array: 'daftar [ … ]',
  object: 'kolom-kolom di bawahnya',
};
const typeName = (expected: string) => TYPE_NAMES[expected] ?? expected;

/**
 * Zod's messages for the checks the schemas do not word themselves (a missing field, a key it
 * does not know, a value outside a list), in the archivist's words. Pass it as `error` to
 * `safeParse`: a message the schema words itself still wins.
 */
export const indonesianIssues: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined)
        return `tidak ada — kolom ini wajib diisi (${typeName(issue.expected)})`;
      return `${show(issue.input)} bukan ${typeName(issue.expected)}`;
    case 'unrecognized_keys':
      return `kolom tidak dikenal: ${issue.keys.map((k) => `"${k}"`).join(', ')} — periksa ejaannya atau hapus kolom itu`;
    case 'invalid_value':
      return `${show(issue.input)} tidak dikenal — tulis salah satu dari: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return `${show(issue.input)} terlalu pendek — paling sedikit ${String(issue.minimum)}`;
    case 'too_big':
      return `${show(issue.input)} terlalu panjang — paling banyak ${String(issue.maximum)}`;
    default:
      return `${show(issue.input)} tidak valid`;
  }
};

/** Zod's issues as problems of `file` (and an entry of a data file): the path as the field. */
export function schemaProblems(file: string, error: z.ZodError, entry?: string): string[] {
  const where = entry === undefined ? file : `${file}: entri "${entry}"`;
  return error.issues.map((issue) => {
    const path = issue.path
      .map((part, i) =>
        typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`,
      )
      .join('');
    return path === '' ? `${where}: ${issue.message}` : fieldProblem(where, path, issue.message);
  });
}
