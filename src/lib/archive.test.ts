import { describe, expect, it } from 'vitest';
import { countries, institutions, topics } from '../../tests/unit/fixtures.ts';
import {
  ContentError,
  resolveArticles,
  slugOfFile,
  sortNewestFirst,
  type RawArticle,
} from './archive.ts';
import { todayIso } from './dates.ts';

const taxonomies = { institutions, topics, countries };
const raw = (
  id: string,
  data: Partial<RawArticle['data']> = {},
  body = 'Teks berita.',
): RawArticle => ({
  id,
  filePath: `content/articles/${id}.md`,
  body,
  rendered: { bodyText: body.trim(), bodyProblems: [] },
  data: {
    title: 'Judul',
    titleEn: 'Headline',
    editorialTitle: false,
    date: id.slice(0, 10),
    dateKind: 'terbit',
    institution: 'kasn',
    partnerCountries: ['korea-selatan'],
    partnerInstitutions: [],
    topics: ['sistem-merit'],
    people: [],
    summary: 'Ringkasan.',
    summaryEn: 'Summary.',
    source: { credits: [] },
    ...data,
  },
});

function problemsOf(entries: RawArticle[]): string[] {
  try {
    resolveArticles(entries, taxonomies, '2026-01-01');
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  return [];
}

describe('resolveArticles', () => {
  it('resolves references and sorts newest first', () => {
    const articles = resolveArticles(
      [raw('2019-07-29-a'), raw('2021-08-30-b', { partnerInstitutions: ['mpm-korea'] })],
      taxonomies,
      '2026-01-01',
    );
    expect(articles.map((a) => a.slug)).toEqual(['2021-08-30-b', '2019-07-29-a']);
    expect(articles[0]!.institution.fullName).toBe('Komisi Aparatur Sipil Negara');
    expect(articles[0]!.partnerInstitutions[0]!.name).toBe('MPM');
    expect(articles[0]!.year).toBe(2021);
  });

  it('names file, field, value and what was expected for unknown references', () => {
    const problems = problemsOf([
      raw('2021-08-30-b', {
        institution: 'kasnx',
        topics: ['sepak-bola'],
        partnerCountries: ['atlantis'],
      }),
    ]);
    expect(problems).toContain(
      'content/articles/2021-08-30-b.md: kolom "institution": instansi "kasnx" tidak dikenal — tulis salah satu slug di content/institutions.yaml (kasn, bkn, mpm-korea), atau tambahkan "kasnx" di content/institutions.yaml dengan name, fullName dan kind (kementerian | komisi | badan | lembaga | organisasi | universitas | perwakilan), dan bila ada acronym, country, nameEn, fullNameEn dan aliases',
    );
    expect(problems).toContainEqual(
      expect.stringContaining(
        'kolom "topics[0]": topik "sepak-bola" tidak dikenal — tulis salah satu slug di content/topics.yaml (',
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /kolom "partnerCountries\[0\]": negara "atlantis" tidak dikenal — .* atau tambahkan "atlantis" di content\/countries\.yaml dengan name dan nameEn/,
      ),
    );
  });

  it('refuses future dates, bad file names, empty bodies and reversed ranges', () => {
    const problems = problemsOf([
      raw('2030-01-01-masa-depan'),
      raw('2021-08-30-Judul_Besar'),
      raw('2021-08-30-kosong', {}, '  \n'),
      raw('2022-08-03-terbalik', { dateEnd: '2022-08-01' }),
    ]);
    expect(problems.join('\n')).toMatch(
      /2030-01-01-masa-depan\.md: kolom "date": "2030-01-01" ada di masa depan — tulis tanggal paling lambat hari ini, 2026-01-01/,
    );
    expect(problems.join('\n')).toMatch(
      /Judul_Besar\.md: kolom "\(nama berkas\)": .* — tulis nama berkas sebagai YYYY-MM-DD-judul-singkat\.md/,
    );
    expect(problems.join('\n')).toMatch(
      /kosong\.md: kolom "\(isi\)": isi artikel kosong — tempel teks beritanya/,
    );
    expect(problems.join('\n')).toMatch(
      /terbalik\.md: kolom "dateEnd": "2022-08-01" sebelum date "2022-08-03"/,
    );
  });
});

describe('the body as its page shows it', () => {
  it('keeps the rendered text for feeds and search', () => {
    const entry = { ...raw('2021-08-30-a'), rendered: { bodyText: 'Teks halaman.' } };
    expect(resolveArticles([entry], taxonomies, '2026-01-01')[0]!.bodyText).toBe('Teks halaman.');
  });

  it('names the file for each problem the Markdown pipeline found, and for a failed render', () => {
    const lost = {
      ...raw('2021-08-30-hilang'),
      rendered: { bodyText: 'Satu.', bodyProblems: ['3 kata … tidak tampil', 'blok kode'] },
    };
    const failed = { ...raw('2021-08-30-gagal'), rendered: undefined };
    expect(problemsOf([lost, failed])).toEqual([
      'content/articles/2021-08-30-hilang.md: kolom "(isi)": 3 kata … tidak tampil',
      'content/articles/2021-08-30-hilang.md: kolom "(isi)": blok kode',
      'content/articles/2021-08-30-gagal.md: kolom "(isi)": Markdown-nya gagal dirender — lihat pesan “Error rendering” di atas',
    ]);
  });
});

describe('resolveArticles: dates that cannot be right', () => {
  it('refuses a date before 1945 as a likely typo, naming it', () => {
    expect(problemsOf([raw('1017-11-27-salah-ketik')]).join('\n')).toMatch(
      /1017-11-27-salah-ketik\.md: kolom "date": "1017-11-27" sebelum 1945 — hampir pasti salah ketik/,
    );
  });

  it('takes an article dated today in Jakarta, before 07:00 WIB, as not in the future', () => {
    // 2026-03-02T20:30Z is 03:30 on 3 March in Jakarta.
    const today = todayIso(new Date('2026-03-02T20:30:00Z'));
    expect(today).toBe('2026-03-03');
    expect(() => resolveArticles([raw('2026-03-03-pagi-ini')], taxonomies, today)).not.toThrow();
  });
});

describe('sortNewestFirst', () => {
  it('orders by date, then slug, without mutating its input', () => {
    const input = [
      { date: '2019-01-01', slug: 'b' },
      { date: '2021-01-01', slug: 'a' },
      { date: '2019-01-01', slug: 'a' },
    ];
    expect(sortNewestFirst(input).map((x) => `${x.date}/${x.slug}`)).toEqual([
      '2021-01-01/a',
      '2019-01-01/a',
      '2019-01-01/b',
    ]);
    expect(input[0]!.slug).toBe('b');
  });
});

describe('dates as written', () => {
  it('refuses an impossible date that YAML rolled over into a real one', () => {
    const entry = {
      ...raw('2021-03-02-salah', { date: '2021-03-02' }),
      written: { date: '2021-02-30' },
    };
    expect(problemsOf([entry])).toEqual([
      'content/articles/2021-03-02-salah.md: kolom "date": "2021-02-30" bukan tanggal yang ada — tulis tanggal yang benar sebagai YYYY-MM-DD',
    ]);
  });
});

describe('file names and duplicate slugs', () => {
  it('names a file whose capitals or spaces Astro folded into a valid-looking slug', () => {
    const entry = { ...raw('2021-08-30-kasn'), filePath: 'content/articles/2021-08-30-KASN.md' };
    expect(problemsOf([entry])).toEqual([
      'content/articles/2021-08-30-KASN.md: kolom "(nama berkas)": "2021-08-30-KASN.md" — tulis nama berkas sebagai YYYY-MM-DD-judul-singkat.md, huruf kecil, angka dan tanda hubung',
    ]);
  });

  it('names a file the loader dropped because another file gave the same slug', () => {
    const kept = raw('2021-08-30-kasn');
    const files = [
      { filePath: kept.filePath, relativePath: '2021-08-30-kasn.md' },
      { filePath: 'content/articles/2021-08-30-Kasn.md', relativePath: '2021-08-30-Kasn.md' },
    ];
    let problems: string[] = [];
    try {
      resolveArticles([kept], taxonomies, '2026-01-01', files);
    } catch (error) {
      problems = (error as ContentError).problems;
    }
    expect(problems).toEqual([
      'content/articles/2021-08-30-Kasn.md: kolom "(slug)": "2021-08-30-kasn" juga slug dari content/articles/2021-08-30-kasn.md — setiap nama berkas harus memberi slug-nya sendiri; ganti nama atau hapus salah satunya',
    ]);
  });

  it('gives the slug Astro gives: lowercase, spaces as hyphens, punctuation dropped', () => {
    expect(slugOfFile('2021-08-30-KASN Baru!.md')).toBe('2021-08-30-kasn-baru');
    expect(slugOfFile('lama/2021-08-30-x.md')).toBe('lama/2021-08-30-x');
  });
});

describe('an article’s partner countries', () => {
  it('come in the order the data file gives them, Korea first, the rest as the article lists them', () => {
    const ordered = {
      ...taxonomies,
      countries: [
        { id: 'korea-selatan', name: 'Korea Selatan', nameEn: 'South Korea', order: 1 },
        { id: 'vietnam', name: 'Vietnam', nameEn: 'Viet Nam' },
        { id: 'laos', name: 'Laos', nameEn: 'Lao PDR' },
      ],
    };
    const [resolved] = resolveArticles(
      [raw('2022-08-03-a', { partnerCountries: ['vietnam', 'laos', 'korea-selatan'] })],
      ordered,
      '2026-01-01',
    );
    expect(resolved!.partnerCountries.map((c) => c.id)).toEqual([
      'korea-selatan',
      'vietnam',
      'laos',
    ]);
  });
});
