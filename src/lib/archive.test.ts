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
      'content/articles/2021-08-30-b.md: field "institution": unknown institution "kasnx" — expected one of: kasn, bkn, mpm-korea',
    );
    expect(problems.some((p) => p.includes('field "topics[0]": unknown topic "sepak-bola"'))).toBe(
      true,
    );
    expect(
      problems.some((p) => p.includes('field "partnerCountries[0]": unknown country "atlantis"')),
    ).toBe(true);
  });

  it('refuses future dates, bad file names, empty bodies and reversed ranges', () => {
    const problems = problemsOf([
      raw('2030-01-01-masa-depan'),
      raw('2021-08-30-Judul_Besar'),
      raw('2021-08-30-kosong', {}, '  \n'),
      raw('2022-08-03-terbalik', { dateEnd: '2022-08-01' }),
    ]);
    expect(problems.join('\n')).toMatch(
      /2030-01-01-masa-depan\.md: field "date": "2030-01-01" is in the future/,
    );
    expect(problems.join('\n')).toMatch(/Judul_Besar\.md: field "\(file name\)"/);
    expect(problems.join('\n')).toMatch(/kosong\.md: field "\(body\)": the article body is empty/);
    expect(problems.join('\n')).toMatch(
      /terbalik\.md: field "dateEnd": "2022-08-01" is before date "2022-08-03"/,
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
      'content/articles/2021-08-30-hilang.md: field "(body)": 3 kata … tidak tampil',
      'content/articles/2021-08-30-hilang.md: field "(body)": blok kode',
      'content/articles/2021-08-30-gagal.md: field "(body)": Markdown-nya gagal dirender — lihat pesan “Error rendering” di atas',
    ]);
  });
});

describe('resolveArticles: dates that cannot be right', () => {
  it('refuses a date before 1945 as a likely typo, naming it', () => {
    expect(problemsOf([raw('1017-11-27-salah-ketik')]).join('\n')).toMatch(
      /1017-11-27-salah-ketik\.md: field "date": "1017-11-27" is before 1945 — likely a typo/,
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

describe('file names and duplicate slugs', () => {
  it('names a file whose capitals or spaces Astro folded into a valid-looking slug', () => {
    const entry = { ...raw('2021-08-30-kasn'), filePath: 'content/articles/2021-08-30-KASN.md' };
    expect(problemsOf([entry])).toEqual([
      'content/articles/2021-08-30-KASN.md: field "(file name)": "2021-08-30-KASN.md" — expected YYYY-MM-DD-short-slug.md in lowercase',
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
      'content/articles/2021-08-30-Kasn.md: field "(slug)": "2021-08-30-kasn" is also the slug of content/articles/2021-08-30-kasn.md — expected each file name to give its own slug; rename or remove one of them',
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
