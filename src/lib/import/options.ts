import { closest, distance } from 'fastest-levenshtein';
import { parseArgs } from 'node:util';
import { EARLIEST_DATE, parseIsoDate } from '../dates.ts';

/** What `npm run import` was asked to do. */
export interface ImportCommand {
  files: string[];
  out?: string | undefined;
  dryRun: boolean;
  help: boolean;
  url?: string | undefined;
  retrieved?: string | undefined;
  date?: { iso: string; kind: 'terbit' | 'acara' } | undefined;
}

/** The command line's usage, in Indonesian. */
export const IMPORT_USAGE = [
  'Pemakaian: npm run import -- <berkas.txt> [berkas lain…] [opsi]',
  '  --out FOLDER          tulis draf ke FOLDER (bawaan: content/articles)',
  '  --dry-run             tampilkan draf tanpa menulis apa pun',
  '  --url ALAMAT          alamat laman sumber (http:// atau https://) → source.url',
  '  --diambil YYYY-MM-DD  tanggal laman itu dibaca → source.retrieved',
  '  --tanggal YYYY-MM-DD  tanggal artikel, bila teks tidak menyebutnya dengan jelas',
  '  --jenis terbit|acara  jenis tanggal --tanggal (bawaan: terbit)',
].join('\n');

const OPTIONS = {
  out: { type: 'string' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  url: { type: 'string' },
  diambil: { type: 'string' },
  tanggal: { type: 'string' },
  jenis: { type: 'string' },
} as const;

const VALUE_HINT: Record<string, string> = {
  out: 'nama folder, mis. --out content/articles',
  url: 'alamat laman, mis. --url https://menpan.go.id/…',
  diambil: 'tanggal, mis. --diambil 2024-05-01',
  tanggal: 'tanggal, mis. --tanggal 2017-11-27',
  jenis: '"terbit" atau "acara", mis. --jenis acara',
};

/** A command-line mistake: one Indonesian line saying what to type instead (exit code 2). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

function checkDate(option: string, value: string, today: string): string {
  if (!parseIsoDate(value)) {
    throw new UsageError(
      `--${option} "${value}" bukan tanggal — diharapkan YYYY-MM-DD, mis. 2017-11-27`,
    );
  }
  if (value < EARLIEST_DATE) {
    throw new UsageError(
      `--${option} ${value} sebelum 1945 — kemungkinan salah ketik; periksa tahunnya`,
    );
  }
  if (value > today) {
    throw new UsageError(
      `--${option} ${value} setelah hari ini (${today}, WIB) — periksa tanggalnya`,
    );
  }
  return value;
}

/** True for an http(s) address a reader can open. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/**
 * Reads `npm run import`'s arguments, or throws a UsageError. `env` is checked for the options npm
 * took for itself when `--` was left out (`npm run import berkas.txt --dry-run` sets
 * `npm_config_dry_run` and passes the script nothing).
 */
export function parseImportCommand(
  args: string[],
  env: Record<string, string | undefined>,
  today: string,
): ImportCommand {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    throw usageErrorOf(error as Error & { code?: string });
  }
  const { values, positionals } = parsed;
  const swallowed = swallowedOption(env);
  if (swallowed) {
    const [typed, meant] = swallowed;
    throw new UsageError(
      `npm mengambil --${typed} untuk dirinya sendiri karena tanda -- tidak ada — tulis: ` +
        `npm run import -- <berkas.txt> --${meant}${OPTIONS[meant].type === 'string' ? ' …' : ''}`,
    );
  }
  for (const name of ['out', 'url', 'diambil', 'tanggal', 'jenis'] as const) {
    if (values[name] !== undefined && values[name].trim() === '') {
      throw new UsageError(`--${name} kosong — diharapkan ${VALUE_HINT[name]}`);
    }
  }
  const single = (['url', 'diambil', 'tanggal'] as const).find((n) => values[n] !== undefined);
  if (single && positionals.length > 1) {
    throw new UsageError(
      `--${single} berlaku untuk satu artikel — impor berkas satu per satu bila memakai --${single}`,
    );
  }
  if (values.url !== undefined && !isWebAddress(values.url)) {
    throw new UsageError(
      `--url "${values.url}" bukan alamat web — diharapkan alamat lengkap yang diawali http:// atau https://`,
    );
  }
  if (values.jenis !== undefined && !['terbit', 'acara'].includes(values.jenis)) {
    throw new UsageError(
      `--jenis "${values.jenis}" tidak dikenal — diharapkan "terbit" atau "acara"`,
    );
  }
  if (values.jenis !== undefined && values.tanggal === undefined) {
    throw new UsageError('--jenis hanya berlaku bersama --tanggal YYYY-MM-DD');
  }
  return {
    files: positionals,
    out: values.out,
    dryRun: values['dry-run'] ?? false,
    help: values.help ?? false,
    url: values.url,
    retrieved:
      values.diambil === undefined ? undefined : checkDate('diambil', values.diambil, today),
    date:
      values.tanggal === undefined
        ? undefined
        : {
            iso: checkDate('tanggal', values.tanggal, today),
            kind: (values.jenis ?? 'terbit') as 'terbit' | 'acara',
          },
  };
}

// npm takes `--name` before `--` as its own setting and tells the script only through
// `npm_config_name=true`; a near miss ("--dryrun") lands there too.
function swallowedOption(
  env: Record<string, string | undefined>,
): [string, keyof typeof OPTIONS] | null {
  const names = Object.keys(OPTIONS).filter((n) => n !== 'help') as (keyof typeof OPTIONS)[];
  for (const [key, value] of Object.entries(env)) {
    if (!key.startsWith('npm_config_') || value !== 'true') continue;
    const typed = key.slice('npm_config_'.length).replace(/_/g, '-');
    const meant = closest(typed, names) as keyof typeof OPTIONS;
    if (typed === meant || (typed.length >= 4 && distance(typed, meant) <= 2))
      return [typed, meant];
  }
  return null;
}

function usageErrorOf(error: Error & { code?: string }): UsageError {
  const option = /'(--?[\w-]+)/.exec(error.message)?.[1] ?? '';
  const name = option.replace(/^-+/, '');
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const known = Object.keys(OPTIONS);
    const guess = closest(name, known);
    return new UsageError(
      `opsi tidak dikenal "${option}" — maksudnya --${guess}? (daftar opsi: npm run import -- --help)`,
    );
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && VALUE_HINT[name]) {
    return new UsageError(`${option} perlu nilai — diharapkan ${VALUE_HINT[name]}`);
  }
  return new UsageError(`argumen tidak dipahami — ${IMPORT_USAGE.split('\n')[0]}`);
}
