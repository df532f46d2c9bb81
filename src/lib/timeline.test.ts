import { describe, expect, it } from 'vitest';
import { article } from '../../tests/unit/fixtures.ts';
import { ContentError } from './archive.ts';
import { formatPartialDate, isPartialDate, quoteForDisplay, resolveTimeline } from './timeline.ts';

const forum = article({
  slug: '2017-11-27-forum',
  date: '2017-11-27',
  title: 'Forum',
  bodyText: 'Indonesia dan Korea menjalin kerja sama\nsejak 1973. Lain kali.',
});
const symposium = article({
  slug: '2023-09-20-kacpe',
  date: '2023-09-20',
  title: 'KACPE',
  bodyText: 'Simposium digelar di Jakarta pada 20-21 September 2023.',
});
const articles = [symposium, forum];
const entry = (over: Record<string, unknown> = {}) => ({
  date: '2017-11-27',
  title: 'Forum',
  quote: 'menjalin kerja sama sejak 1973.',
  articles: ['2017-11-27-forum'],
  ...over,
});

function problems(raw: unknown): string[] {
  try {
    resolveTimeline(raw, articles, 'content/timeline.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  return [];
}

describe('partial dates', () => {
  it('accepts a year, a month or a day, and only real ones', () => {
    for (const ok of ['1973', '1989-11', '2017-11-27']) expect(isPartialDate(ok), ok).toBe(true);
    for (const bad of ['73', '1989-13', '2017-02-30', '2017-1-5', 'November 1989'])
      expect(isPartialDate(bad), bad).toBe(false);
  });
  it('says them in Indonesian at their own precision', () => {
    expect(formatPartialDate('1973')).toBe('1973');
    expect(formatPartialDate('1989-11')).toBe('November 1989');
    expect(formatPartialDate('2017-11-27')).toBe('27 November 2017');
    expect(formatPartialDate('2022-08-03', '2022-08-05')).toBe('3–5 Agustus 2022');
  });
});

describe('resolveTimeline', () => {
  it('orders entries oldest first, a year before the days within it, and links articles', () => {
    const result = resolveTimeline(
      [
        entry({
          date: '2023-09-20',
          dateEnd: '2023-09-21',
          quote: 'digelar di Jakarta pada 20-21 September 2023.',
          articles: ['2023-09-20-kacpe'],
        }),
        entry({ date: '2023', articles: ['2017-11-27-forum'] }),
        entry({ date: 1973 }),
      ],
      articles,
      'timeline.yaml',
    );
    expect(result.map((e) => e.label)).toEqual(['1973', '2023', '20–21 September 2023']);
    expect(result[2]?.linked).toEqual([{ slug: '2023-09-20-kacpe', title: 'KACPE' }]);
    expect(result[0]?.planned).toBe(false);
  });

  it('refuses a quote the article does not contain, naming file, entry and field', () => {
    expect(problems([entry({ quote: 'sejak 1974.' })])).toEqual([
      'content/timeline.yaml: entri ke-1: kolom "quote": "sejak 1974." tidak ada dalam teks 2017-11-27-forum — salin kata-kata artikelnya persis',
    ]);
  });

  it('refuses unknown articles, bad dates, missing fields and unknown fields', () => {
    const found = problems([
      entry({ articles: ['2099-01-01-tidak-ada'] }),
      entry({ date: 'November 1989' }),
      { date: '2019', title: 'Tanpa kutipan', articles: ['2017-11-27-forum'] },
      entry({ url: 'https://contoh.test' }),
      entry({ date: '2019', dateEnd: '2019-01-02' }),
    ]);
    expect(found).toHaveLength(5);
    expect(found[0]).toMatch(
      /entri ke-1: kolom "articles\[0\]": tidak ada artikel "2099-01-01-tidak-ada" — tulis slug artikel/,
    );
    expect(found[1]).toMatch(
      /entri ke-2: kolom "date": "November 1989" bukan tanggal — tulis 'YYYY', 'YYYY-MM' atau 'YYYY-MM-DD'/,
    );
    expect(found[2]).toBe(
      'content/timeline.yaml: entri ke-3: kolom "quote": tidak ada — kolom ini wajib diisi (teks)',
    );
    expect(found[3]).toBe(
      'content/timeline.yaml: entri ke-4: kolom tidak dikenal: "url" — periksa ejaannya atau hapus kolom itu',
    );
    expect(found[4]).toMatch(/entri ke-5: kolom "dateEnd": "2019-01-02" harus hari setelah date/);
  });

  it('refuses a file that is not a list', () => {
    expect(problems({ date: '1973' })).toEqual([
      'content/timeline.yaml: isinya harus daftar entri linimasa, masing-masing diawali "- date: …"',
    ]);
  });
});

describe('quoteForDisplay', () => {
  it('marks a quote that starts mid-sentence with an ellipsis', () => {
    expect(quoteForDisplay('digelar di Jakarta.')).toBe('…digelar di Jakarta.');
    expect(quoteForDisplay('Kemitraan terjalin.')).toBe('Kemitraan terjalin.');
  });
});
