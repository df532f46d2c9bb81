// `npm run import` as an archivist meets it: clear refusals, nothing lost, half-written or overwritten.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveCopy, runScript, SEEDS, splitMarkdown } from '../helpers/import.ts';

const CLI = { timeout: 60_000 };
const temp = () => mkdtempSync(join(tmpdir(), 'arsip-cli-'));
const files = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);
const kasn = SEEDS.find((s) => s.slug.includes('kasn'))!;
const KASN_DRAFT = '2021-08-30-kasn-matangkan-rencana-perpanjangan-kerja-sama-kementerian.md';

/** A short news text of our own, in the shape pages give it. */
function story(title: string, stamp: string, ...paragraphs: string[]): string {
  return [title, stamp, ...paragraphs].join('\n\n');
}
const FORUM = story(
  'Forum Digital Dua Negara Membahas Layanan Publik Terpadu',
  'Rabu, 12 April 2023 09:30 WIB',
  'JAKARTA – Pejabat kedua negara membahas rencana layanan publik terpadu dalam forum tahunan yang digelar di ruang rapat utama kementerian.',
  'Menurut panitia, forum itu menghasilkan tiga rencana kerja yang akan diuji di beberapa daerah mulai tahun depan.',
  '"Kami ingin layanan yang lebih cepat bagi warga," kata seorang pejabat yang memimpin sesi pertama.',
);

/** Runs the importer on an archive of its own (a copy of content/ without articles). */
function runImport(args: string[], env: Record<string, string> = {}, content = archiveCopy()) {
  return runScript('import', args, { ARCHIVE_CONTENT_DIR: content, ...env });
}

/** One line, Indonesian, no stack trace: what a command-line mistake prints. */
function expectOneLine(stderr: string, message: RegExp) {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^npm run import: /);
  expect(lines[0]).toMatch(message);
  expect(stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
}

describe('npm run import: texts it refuses', () => {
  it.each([
    ['empty.txt', Buffer.alloc(0), /empty\.txt:\n\s+• berkas kosong/],
    [
      'photo.txt',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      /photo\.txt:\n\s+• berkas biner/,
    ],
    [
      'latin1.txt',
      Buffer.from('Kerja sama Korea, Senin (30/8/2021). Caf\u00e9.', 'latin1'),
      /latin1\.txt:\n\s+• bukan teks UTF-8 \(byte 0xe9 di posisi 40\)/,
    ],
    [
      'nodate.txt',
      Buffer.from(
        'Judul Berita Tanpa Tanggal Sama Sekali\nKerja sama Indonesia dan Korea terus berjalan.\n',
      ),
      /nodate\.txt:\n\s+• tidak ada tanggal yang dikenali .*--tanggal YYYY-MM-DD/,
    ],
    [
      'besar.txt',
      Buffer.from(`${'Kerja sama Indonesia dan Korea. '.repeat(40_000)}\n`),
      /besar\.txt:\n\s+• berkas 1,3 MB \(1280001 byte\) — lebih dari batas 1 MB, jadi bukan satu artikel berita/,
    ],
  ])('%s: each reason named, exit code 1, nothing written', CLI, (name, bytes, message) => {
    const dir = temp();
    const out = join(dir, 'out');
    writeFileSync(join(dir, name), bytes);
    const run = runImport([join(dir, name), '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('Ditolak 1 dari 1 berkas (tidak ditulis)');
    expect(files(out)).toEqual([]);
  });

  it('lists every reason of one text at once', CLI, () => {
    const dir = temp();
    const seed = SEEDS.find((s) => s.slug.startsWith('2017-11-27'))!;
    // Without the photo's file name, "Senin (27/11)" has no year; and the text is archived.
    const text = readFileSync(seed.file, 'utf8').replace('20171127 Indo korea', '');
    writeFileSync(join(dir, 'forum.txt'), text);
    const content = archiveCopy([`${seed.slug}.md`]);
    const run = runImport([join(dir, 'forum.txt'), '--out', join(dir, 'out')], {}, content);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /• tanggal tanpa tahun "Senin \(27\/11\)" ambigu: 27\/11 jatuh pada hari Senin pada tahun 2000, 2006, 2017, 2023 — tulis tahunnya di teks sumber, mis\. "Senin \(27\/11\/2023\)", atau beri tanggalnya: --tanggal YYYY-MM-DD/,
    );
    expect(run.stderr).toMatch(new RegExp(`• teks ini sudah ada sebagai .*${seed.slug}\\.md`));
  });

  it('reads a UTF-16 file, as Windows Notepad saves "Unicode"', CLI, () => {
    const dir = temp();
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FORUM, 'utf16le')]);
    writeFileSync(join(dir, 'unicode.txt'), bytes);
    const run = runImport([join(dir, 'unicode.txt'), '--out', join(dir, 'out')]);
    expect(run.stderr).toBe('');
    expect(files(join(dir, 'out'))).toEqual([
      '2023-04-12-forum-digital-dua-negara-membahas-layanan-publik-terpadu.md',
    ]);
  });
});

describe('npm run import: batches', () => {
  it('writes the good files whole, lists each refused one with its reasons, exits 1', CLI, () => {
    const dir = temp();
    const out = join(dir, 'out');
    writeFileSync(join(dir, 'forum.txt'), FORUM);
    writeFileSync(join(dir, 'kosong.txt'), '');
    writeFileSync(
      join(dir, 'tanpa-tanggal.txt'),
      'Judul Tanpa Tanggal Apa Pun\nTeks tanpa tanggal.\n',
    );
    const run = runImport([
      join(dir, 'forum.txt'),
      join(dir, 'kosong.txt'),
      kasn.file,
      join(dir, 'tanpa-tanggal.txt'),
      '--out',
      out,
    ]);
    expect(run.status).toBe(1);
    expect(files(out)).toEqual([
      '2021-08-30-kasn-matangkan-rencana-perpanjangan-kerja-sama-kementerian.md',
      '2023-04-12-forum-digital-dua-negara-membahas-layanan-publik-terpadu.md',
    ]);
    for (const name of files(out)) {
      expect(splitMarkdown(readFileSync(join(out, name), 'utf8')).body.length).toBeGreaterThan(100);
    }
    expect(run.stderr).toMatch(/Ditolak 2 dari 4 berkas/);
    expect(run.stderr).toMatch(/kosong\.txt:\n\s+• berkas kosong/);
    expect(run.stderr).toMatch(/tanpa-tanggal\.txt:\n\s+• tidak ada tanggal/);
    expect(run.stdout).toMatch(/Ditulis: .*2023-04-12-forum-digital/);
  });

  it('never overwrites a file: the draft takes the next free name of that day', CLI, () => {
    const out = temp();
    const original = Buffer.from('---\ntitle: Artikel yang sudah disunting\n---\n\nTeks lain.\n');
    writeFileSync(join(out, KASN_DRAFT), original);
    const run = runImport([kasn.file, '--out', out]);
    expect(run.status).toBe(0);
    expect(readFileSync(join(out, KASN_DRAFT)).equals(original)).toBe(true);
    expect(files(out)).toEqual([KASN_DRAFT.replace(/\.md$/, '-2.md'), KASN_DRAFT]);
  });

  it('a refused write names the file, leaves no part of it, and a rerun works', CLI, () => {
    const dir = temp();
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(dir, 'forum.txt'), FORUM);
    // A folder standing where the draft's temporary file goes: the write is refused.
    const blocker = join(out, `.${KASN_DRAFT}.tmp`);
    mkdirSync(blocker);
    const run = runImport([join(dir, 'forum.txt'), kasn.file, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${KASN_DRAFT} tidak ditulis:`);
    expect(run.stderr).toMatch(/jalankan perintah yang sama lagi/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(files(out)).toEqual([
      `.${KASN_DRAFT}.tmp`,
      '2023-04-12-forum-digital-dua-negara-membahas-layanan-publik-terpadu.md',
    ]);
    execFileSync('rmdir', [blocker]);
    const rerun = runImport([kasn.file, '--out', out]);
    expect(rerun.status).toBe(0);
    expect(files(out)).toContain(KASN_DRAFT);
    expect(files(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('npm run import: the same text twice', () => {
  const archived = `${kasn.slug}.md`;

  it('refuses a text already in content/articles, whatever --out says', CLI, () => {
    const out = temp();
    const run = runImport([kasn.file, '--out', out], {}, archiveCopy([archived]));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(`teks ini sudah ada sebagai .*articles/${archived} \\(100% kalimatnya sama\\)`),
    );
    expect(files(out)).toEqual([]);
  });

  it('refuses a copy cut shorter and framed by other clutter', CLI, () => {
    const dir = temp();
    const lines = readFileSync(kasn.file, 'utf8').split('\n');
    const shorter = [
      'Beranda',
      'Berita Terkini',
      'Advertisement',
      ...lines.slice(0, 9),
      'SCROLL TO CONTINUE WITH CONTENT',
      'Tags',
    ].join('\n');
    writeFileSync(join(dir, 'pendek.txt'), shorter);
    const run = runImport(
      [join(dir, 'pendek.txt'), '--out', join(dir, 'out')],
      {},
      archiveCopy([archived]),
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`articles/${archived}`);
  });

  it('refuses the second copy within one run, naming the first', CLI, () => {
    const dir = temp();
    writeFileSync(join(dir, 'a.txt'), FORUM);
    writeFileSync(join(dir, 'b.txt'), `Beranda\n${FORUM}\nBaca juga: Berita Lain Hari Ini`);
    const run = runImport([join(dir, 'a.txt'), join(dir, 'b.txt'), '--out', join(dir, 'out')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /b\.txt:\n\s+• teks ini sudah ada sebagai .*a\.txt \(di perintah ini\)/,
    );
    expect(files(join(dir, 'out'))).toHaveLength(1);
  });
});

describe('npm run import: options', () => {
  it('--url and --diambil go into source, --tanggal and --jenis settle the date', CLI, () => {
    const dir = temp();
    writeFileSync(
      join(dir, 'acara.txt'),
      'Judul Kunjungan Delegasi ke Seoul\nDi Seoul, Senin (27/11).\n',
    );
    const run = runImport([
      join(dir, 'acara.txt'),
      '--out',
      join(dir, 'out'),
      '--url',
      'https://contoh.go.id/berita/kunjungan',
      '--diambil',
      '2024-05-01',
      '--tanggal',
      '2017-11-27',
      '--jenis',
      'acara',
    ]);
    expect(run.stderr).toBe('');
    const [name] = files(join(dir, 'out'));
    expect(name).toBe('2017-11-27-judul-kunjungan-delegasi-seoul.md');
    const { data } = splitMarkdown(readFileSync(join(dir, 'out', name!), 'utf8'));
    expect(data).toMatchObject({
      date: '2017-11-27',
      dateKind: 'acara',
      source: { url: 'https://contoh.go.id/berita/kunjungan', retrieved: '2024-05-01' },
    });
  });

  it.each([
    [['--dryrun'], {}, /opsi tidak dikenal "--dryrun" — maksudnya --dry-run\?/],
    [['--out'], {}, /--out perlu nilai — diharapkan nama folder/],
    [['--out='], {}, /--out kosong — diharapkan nama folder/],
    [
      [],
      { npm_config_dry_run: 'true' },
      /npm mengambil --dry-run .* tulis: npm run import -- <berkas\.txt> --dry-run/,
    ],
    [['--url', 'javascript:alert(1)'], {}, /--url "javascript:alert\(1\)" bukan alamat web/],
    [['--url', 'contoh.go.id'], {}, /--url "contoh\.go\.id" bukan alamat web/],
    [['--tanggal', '2017-02-30'], {}, /--tanggal "2017-02-30" bukan tanggal/],
    [
      ['--tanggal', '1899-01-01'],
      {},
      /--tanggal 1899-01-01 sebelum 1945 — kemungkinan salah ketik/,
    ],
    [['--tanggal', '2999-01-01'], {}, /--tanggal 2999-01-01 setelah hari ini/],
    [['--jenis', 'acara'], {}, /--jenis hanya berlaku bersama --tanggal/],
    [['--tanggal', '2020-01-01', '--jenis', 'rapat'], {}, /--jenis "rapat" tidak dikenal/],
  ])('%j %j: one Indonesian line, exit 2, nothing written', CLI, (args, env, message) => {
    const out = join(temp(), 'out');
    const run = runImport([kasn.file, '--out', out, ...args], env);
    expect(run.status).toBe(2);
    expectOneLine(run.stderr, message);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses one --url for several files', CLI, () => {
    const run = runImport([kasn.file, kasn.file, '--url', 'https://contoh.go.id/a']);
    expect(run.status).toBe(2);
    expectOneLine(run.stderr, /--url berlaku untuk satu artikel/);
  });

  it('--dry-run prints the draft and what it found, and writes nothing', CLI, () => {
    const out = join(temp(), 'out');
    const run = runImport([kasn.file, '--out', out, '--dry-run']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('tanggal: 30 Agustus 2021 (terbit, pasti)');
    expect(run.stdout).toContain('summary: tulis ringkasan dalam bahasa Indonesia');
    expect(run.stdout).toContain(
      '---\ntitle: KASN Matangkan Rencana Perpanjangan Kerja Sama dengan Kementerian Korea Selatan\n',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('explains its usage when given no file', CLI, () => {
    const run = runImport([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/Pemakaian: npm run import -- <berkas\.txt>/);
  });
});

describe('npm run import: paths that are not a text file or a folder to write in', () => {
  it.each([
    [
      'a folder',
      (dir: string) => (mkdirSync(join(dir, 'x.txt')), 'x.txt'),
      /x\.txt: ini folder, bukan berkas/,
    ],
    ['a missing file', () => 'tidak-ada.txt', /tidak-ada\.txt: berkas tidak ditemukan/],
    [
      'a broken link',
      (dir: string) => (
        symlinkSync(join(dir, 'hilang.txt'), join(dir, 'tautan.txt')),
        'tautan.txt'
      ),
      /tautan\.txt: berkas tidak ditemukan/,
    ],
    [
      'a named pipe',
      (dir: string) => (execFileSync('mkfifo', [join(dir, 'pipa.txt')]), 'pipa.txt'),
      /pipa\.txt: bukan berkas biasa/,
    ],
  ])('%s: one Indonesian line, exit 2', CLI, (_, make, message) => {
    const dir = temp();
    const run = runImport([join(dir, make(dir)), '--out', join(dir, 'out')]);
    expect(run.status).toBe(2);
    expectOneLine(run.stderr, message);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('--out naming a file: one Indonesian line, exit 2, the file untouched', CLI, () => {
    const dir = temp();
    writeFileSync(join(dir, 'catatan.md'), 'isi');
    const run = runImport([kasn.file, '--out', join(dir, 'catatan.md')]);
    expect(run.status).toBe(2);
    expectOneLine(run.stderr, /--out ".*catatan\.md" adalah berkas, bukan folder/);
    expect(readFileSync(join(dir, 'catatan.md'), 'utf8')).toBe('isi');
  });

  it('skips a folder or a broken link named *.md among the archived articles', CLI, () => {
    const content = archiveCopy();
    mkdirSync(join(content, 'articles', 'folder.md'));
    symlinkSync(join(content, 'hilang.md'), join(content, 'articles', 'rusak.md'));
    const out = temp();
    const run = runImport([kasn.file, '--out', out], {}, content);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/rusak\.md bukan berkas yang bisa dibaca — dilewati/);
    expect(files(out)).toEqual([KASN_DRAFT]);
  });
});

describe('the seeds as the archive holds them', () => {
  it('imports into a copy of the archive without its articles', CLI, () => {
    const content = archiveCopy();
    cpSync(kasn.file, join(content, 'kasn.txt'));
    const run = runScript('import', [join(content, 'kasn.txt')], {
      ARCHIVE_CONTENT_DIR: content,
    });
    expect(run.status).toBe(0);
    expect(files(join(content, 'articles'))).toEqual([KASN_DRAFT]);
  });
});
