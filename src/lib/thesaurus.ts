// The bilingual thesaurus (content/thesaurus.yaml): English phrases ↔ Indonesian phrases, so that
// a search in English finds the Indonesian articles that mean it. Validated here, used by search.
import { ContentError } from './archive.ts';
import { thesaurusEntrySchema } from './schemas.ts';
import { words } from './search/normalize.ts';
import type { ThesaurusEntry } from './types.ts';

const FIELDS = Object.keys(thesaurusEntrySchema.shape);

// How an archivist finds an entry again: its number and its first English phrase.
function entryName(item: unknown, index: number): string {
  const en = (item as { en?: unknown } | null)?.en;
  const first = Array.isArray(en) && typeof en[0] === 'string' ? ` (“${en[0]}”)` : '';
  return `entri ${index + 1}${first}`;
}

/**
 * Validates the thesaurus file's data: a list of entries, each with `en` and `id` phrase lists.
 * Throws a ContentError naming the file, the entry, the field and what was expected, in
 * Indonesian (the archivists' language).
 */
export function resolveThesaurus(raw: unknown, file: string): ThesaurusEntry[] {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) {
    throw new ContentError([
      `${file}: diharapkan daftar entri (- en: [merit system]\n  id: [sistem merit])`,
    ]);
  }
  const problems: string[] = [];
  const entries: ThesaurusEntry[] = [];
  raw.forEach((item, index) => {
    const where = `${file}: ${entryName(item, index)}`;
    const parsed = thesaurusEntrySchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) {
            problems.push(
              `${where}: kolom "${key}" tidak dikenal — yang dikenal hanya ${FIELDS.join(' dan ')}`,
            );
          }
        } else if (issue.path.length === 0) {
          problems.push(
            `${where}: diharapkan kolom en dan id (en: [merit system], id: [sistem merit])`,
          );
        } else {
          const [field, at] = issue.path;
          const place =
            at === undefined ? `"${String(field)}"` : `"${String(field)}[${String(at)}]"`;
          problems.push(`${where}: kolom ${place}: ${issue.message}`);
        }
      }
      return;
    }
    for (const field of ['en', 'id'] as const) {
      parsed.data[field].forEach((phrase, at) => {
        if (words(phrase).length === 0) {
          problems.push(
            `${where}: kolom "${field}[${at}]": "${phrase}" hanya berisi kata yang diabaikan pencarian (seperti "the", "dan") — tulis frasa dengan kata yang bermakna`,
          );
        }
      });
    }
    entries.push(parsed.data);
  });
  if (problems.length > 0) throw new ContentError(problems);
  return entries;
}
