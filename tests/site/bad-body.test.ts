// A body whose page would lose words its Markdown holds stops the build, naming the file and
// quoting the first missing words, in Indonesian for the archivist.
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BUILD_TEST_TIMEOUT, buildSite } from '../helpers/build.ts';
import { contentWith } from '../helpers/content.ts';

const cases = [
  {
    fixture: '2021-08-30-komentar-terbuka.md',
    says: '19 kata dari teks Markdown tidak tampil di halaman, mulai dari “Baca juga berita lain Para peserta membahas jadwal pertukaran pegawai tahun depan …” — periksa komentar <!--',
  },
  {
    fixture: '2021-08-30-pagar-kode.md',
    says: 'baris 21, “```”, membuka blok kode yang tidak pernah ditutup, sehingga seluruh sisa teks tampil sebagai kode',
  },
  {
    fixture: '2021-08-30-html-menelan.md',
    says: 'kata dari teks Markdown tidak tampil di halaman, mulai dari “iklan display none Para peserta membahas',
  },
];

describe('a body that loses words on its page fails the build', () => {
  it.each(cases)(
    '$fixture',
    async ({ fixture, says }) => {
      const result = await buildSite({
        ARCHIVE_CONTENT_DIR: contentWith(`bad-body/${fixture}`, { withRealArticles: true }),
      });
      expect(result.code).not.toBe(0);
      const output = stripVTControlCharacters(result.output);
      expect(output).toContain(`articles/${fixture}: kolom "(isi)": `);
      expect(output).toContain(says);
    },
    BUILD_TEST_TIMEOUT,
  );
});
