// `npm run import` and `npm run new` as an archivist meets them: clear refusals, nothing overwritten.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { todayIso } from '../../src/lib/dates.ts';
import { ROOT } from '../helpers/build.ts';
import { runScript, SEEDS } from '../helpers/import.ts';

const CLI = { timeout: 60_000 };
const temp = () => mkdtempSync(join(tmpdir(), 'arsip-cli-'));
const files = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);
const kasnSeed = SEEDS.find((s) => s.slug.includes('kasn'))!;
const kasn = kasnSeed.file;
const KASN_DRAFT = '2021-08-30-kasn-matangkan-rencana-perpanjangan-kerja-sama-kementerian.md';

describe('npm run import: bad input', () => {
  it.each([
    ['empty.txt', Buffer.alloc(0), /empty\.txt: berkas kosong/],
    [
      'photo.txt',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x00, 0x00]),
      /photo\.txt: berkas biner/,
    ],
    [
      'latin1.txt',
      Buffer.from('Kerja sama Korea, Senin (30/8/2021). Caf\u00e9.', 'latin1'),
      /latin1\.txt: bukan teks UTF-8 \(byte 0xe9 di posisi 40\)/,
    ],
    [
      'nodate.txt',
      Buffer.from('Judul Berita\nKerja sama Indonesia dan Korea terus berjalan.\n'),
      /nodate\.txt: tidak ada tanggal yang dikenali/,
    ],
  ])('%s: a clear message, exit code 1, nothing written', CLI, (name, bytes, message) => {
    const dir = temp();
    const out = join(dir, 'out');
    writeFileSync(join(dir, name), bytes);
    const run = runScript('import', [join(dir, name), '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('tidak ada berkas yang ditulis');
    expect(files(out)).toEqual([]);
  });

  it('writes nothing at all when one file of several is bad', CLI, () => {
    const dir = temp();
    writeFileSync(join(dir, 'empty.txt'), '');
    const run = runScript('import', [kasn, join(dir, 'empty.txt'), '--out', join(dir, 'out')]);
    expect(run.status).toBe(1);
    expect(files(join(dir, 'out'))).toEqual([]);
  });

  it('names a file that does not exist', CLI, () => {
    const run = runScript('import', ['/tidak/ada.txt', '--out', temp()]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/ada\.txt: berkas tidak ditemukan/);
  });

  it('explains its usage when given no file', CLI, () => {
    const run = runScript('import', []);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/Pemakaian: npm run import -- <berkas\.txt>/);
  });
});

describe('npm run import: existing files and dry runs', () => {
  it('refuses to overwrite an existing article and leaves its bytes as they were', CLI, () => {
    const out = temp();
    const target = join(out, KASN_DRAFT);
    const original = Buffer.from('---\ntitle: Artikel yang sudah disunting\n---\n\nTeks asli.\n');
    writeFileSync(target, original);
    const run = runScript('import', [kasn, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`${KASN_DRAFT} sudah ada — tidak ditimpa`));
    expect(readFileSync(target).equals(original)).toBe(true);
    expect(files(out)).toEqual([KASN_DRAFT]);
  });

  it('refuses a text already in the archive under another file name', CLI, () => {
    const out = temp();
    cpSync(join(ROOT, 'content/articles', `${kasnSeed.slug}.md`), join(out, 'arsip-lama.md'));
    const run = runScript('import', [kasn, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('teks ini sudah diarsipkan sebagai arsip-lama.md');
    expect(files(out)).toEqual(['arsip-lama.md']);
  });

  it('--dry-run prints the draft and what it found, and writes nothing', CLI, () => {
    const out = join(temp(), 'out');
    const run = runScript('import', [kasn, '--out', out, '--dry-run']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('tanggal: 30 Agustus 2021 (terbit, pasti)');
    expect(run.stdout).toContain('summary: tulis ringkasan dalam bahasa Indonesia');
    expect(run.stdout).toContain(
      '---\ntitle: KASN Matangkan Rencana Perpanjangan Kerja Sama dengan Kementerian Korea Selatan\n',
    );
    expect(files(out)).toEqual([]);
  });
});

describe('npm run new', () => {
  it('scaffolds an article named from today and the title, and never overwrites it', CLI, () => {
    const out = temp();
    const name = `${todayIso()}-forum-kerja-sama-korea-indonesia.md`;
    const first = runScript('new', ['Forum Kerja Sama Korea–Indonesia', '--out', out]);
    expect(first.status).toBe(0);
    expect(files(out)).toEqual([name]);
    const written = readFileSync(join(out, name));
    expect(written.toString()).toMatch(/^---\n[\s\S]*title: Forum Kerja Sama Korea–Indonesia\n/);
    expect(written.toString()).toContain('summary: "TODO: tulis ringkasan');

    const second = runScript('new', ['Forum Kerja Sama Korea–Indonesia', '--out', out]);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`${name} sudah ada — tidak ditimpa`);
    expect(readFileSync(join(out, name)).equals(written)).toBe(true);
  });

  it('asks for a title', CLI, () => {
    const run = runScript('new', []);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Pemakaian: npm run new -- "Judul artikel"/);
  });
});
