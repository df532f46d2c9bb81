import { readFileSync } from 'node:fs';
import { parseDocument, type YAMLError } from 'yaml';

/** Most aliases (`*name`) a file may use: beyond it, YAML is a way to exhaust the build's memory. */
export const MAX_ALIASES = 100;

/** A YAML file the build cannot read: the message names the file and where, in Indonesian. */
export class YamlFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'YamlFileError';
  }
}

// What the yaml library's error codes mean to an archivist editing the file by hand.
const EXPLANATIONS: Record<string, string> = {
  TAB_AS_INDENT: 'ada tab di awal baris — YAML hanya menerima spasi untuk indentasi',
  BAD_INDENT: 'indentasi baris ini tidak sejajar dengan baris di atasnya',
  BLOCK_AS_IMPLICIT_KEY:
    'indentasi tidak sejajar, atau sebuah nilai memuat “: ” tanpa tanda kutip — sejajarkan indentasinya, atau apit nilainya dengan tanda kutip',
  MULTILINE_IMPLICIT_KEY: 'sebuah kunci melintasi beberapa baris — mungkin titik dua (:) terlupa',
  DUPLICATE_KEY: 'kunci yang sama ditulis dua kali',
  MISSING_CHAR: 'tanda kutip atau kurung tidak ditutup',
};

function explain(error: YAMLError, text: string, file: string, lineOffset: number): string {
  const [position] = error.linePos ?? [];
  if (!position) return `${file}: YAML tidak valid: ${error.message.split('\n')[0]}`;
  // The parser names a tab only where it expects indentation; inside a list it sees a stray value.
  const tab = /^ *\t/.test(text.split('\n')[position.line - 1] ?? '');
  const code = tab ? 'TAB_AS_INDENT' : error.code;
  const where = `baris ${position.line + lineOffset}, kolom ${tab ? 1 : position.col}`;
  const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return `${file}: YAML tidak valid di ${where}: ${EXPLANATIONS[code] ?? detail}`;
}

/**
 * Parses YAML text from `file` as plain data, with at most MAX_ALIASES aliases. Throws a
 * YamlFileError naming the file, the line (plus `lineOffset`, for frontmatter inside a file) and
 * the problem.
 */
export function parseYamlText(text: string, file: string, lineOffset = 0): unknown {
  const doc = parseDocument(text);
  const [error] = doc.errors;
  if (error) throw new YamlFileError(explain(error, text, file, lineOffset));
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    throw new YamlFileError(
      `${file}: YAML memakai terlalu banyak alias (*nama), lebih dari ${MAX_ALIASES} — tulis nilainya langsung`,
    );
  }
}

/** Reads and parses a YAML file; a YamlFileError names it on any problem. */
export function readYamlFile(path: string): unknown {
  return parseYamlText(readFileSync(path, 'utf8'), path);
}
