import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { analyseText } from './analyse.ts';
import { parseFrontmatter } from 'astro/markdown';
import {
  articleSlug,
  draftFileName,
  renderDraft,
  scaffoldArticle,
  toMarkdown,
  TODO,
} from './draft.ts';
import { uniqueFileName } from './names.ts';
import type { ArchiveData } from './types.ts';

const data: ArchiveData = { institutions: [], topics: [], countries: [], glossary: [] };

function split(markdown: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)---\n\n([\s\S]*)$/.exec(markdown);
  if (!match) throw new Error(`no frontmatter in:\n${markdown}`);
  return { data: parseYaml(match[1]!) as Record<string, unknown>, body: match[2]! };
}

describe('articleSlug', () => {
  it.each([
    [
      'KASN Matangkan Rencana Perpanjangan Kerja Sama dengan Kementerian Korea Selatan',
      'kasn-matangkan-rencana-perpanjangan-kerja-sama-kementerian',
    ],
    ['Forum Kerja Sama Korea–Indonesia', 'forum-kerja-sama-korea-indonesia'],
    ['Menpan RB: kita harus belajar dari Korsel', 'menpan-rb-kita-harus-belajar-korsel'],
    ['ACCSM+3 ke-6 di Hanoi', 'accsm3-ke-6-hanoi'],
    ['Kafé Séoul', 'kafe-seoul'],
    ['JAKARTA - Teks - baru', 'jakarta-teks-baru'],
    ['“…”', 'artikel'],
    ['한국 전자정부 협력 포럼', 'hangug-jeonjajeongbu-hyeoblyeog-poleom'],
    ['인사혁신처', 'insahyeogsincheo'],
    ['🇰🇷🤝🇮🇩', 'kr-handshake-id'],
    ['Việt Nam và Hàn Quốc', 'viet-nam-va-han-quoc'],
  ])('"%s" → %s', (headline, slug) => {
    expect(articleSlug(headline)).toBe(slug);
    expect(slug.length).toBeLessThanOrEqual(60);
  });

  it('gives two headlines in another script two names', () => {
    expect(articleSlug('인사혁신처 방문')).not.toBe(articleSlug('행정안전부 방문'));
  });
});

describe('uniqueFileName', () => {
  it('never reuses a name: the next free number of the same day', () => {
    const taken = new Set(['2023-01-02-forum.md', '2023-01-02-forum-2.md']);
    expect(uniqueFileName('2023-01-02', 'forum', (n) => taken.has(n))).toBe(
      '2023-01-02-forum-3.md',
    );
    expect(uniqueFileName('2023-01-03', 'forum', (n) => taken.has(n))).toBe('2023-01-03-forum.md');
  });
});

describe('toMarkdown', () => {
  it.each([
    ['2022-03-12'],
    ['yes'],
    ['no'],
    ['on'],
    ['~'],
    ['null'],
    ['12'],
    ['1e3'],
    ['0x1F'],
    ['.inf'],
    ['Menpan RB: kita harus belajar'],
    ['- daftar'],
    ['#tagar'],
    ['"kutip"'],
    ['a: b: c'],
  ])('a headline "%s" reads back as that text, in the parser the build uses', (title) => {
    const markdown = toMarkdown({ title, date: '2021-08-30' }, 'Teks.\n');
    const { frontmatter } = parseFrontmatter(markdown);
    expect(frontmatter['title']).toBe(title);
    expect(split(markdown).data['title']).toBe(title);
  });
});

describe('renderDraft', () => {
  it('writes the headline, date, credits and body, and TODO where a person must write', () => {
    const a = analyseText('Judul Berita\n30 Aug 2021 - 04:35\nSatu.\nDua. (lin)', data);
    const { data: front, body } = split(renderDraft(a));
    expect(front).toMatchObject({
      title: 'Judul Berita',
      date: '2021-08-30',
      dateKind: 'terbit',
      institution: TODO.institution,
      partnerCountries: [],
      topics: [],
      summary: TODO.summary,
      summaryEn: TODO.summaryEn,
      source: {
        credits: [{ role: 'Inisial penulis', name: 'lin' }],
        note: 'Tanggal terbit tertulis "30 Aug 2021 - 04:35" di laman sumber.',
      },
    });
    expect(front).not.toHaveProperty('editorialTitle');
    expect(body).toBe('Satu.\n\nDua.\n');
    expect(draftFileName(a)).toBe('2021-08-30-judul-berita.md');
  });

  it('marks a missing headline as ours-to-write, and a date to check in the note', () => {
    const a = analyseText(
      '20171127 Indo korea\nMenteri memberi sambutan, Senin (27/11).\nJAKARTA – Teks, Senin (27/11).',
      data,
    );
    const { data: front } = split(renderDraft(a));
    expect(front).toMatchObject({ title: TODO.title, editorialTitle: true, date: '2017-11-27' });
    expect(front['photoCaption']).toEqual({ text: 'Menteri memberi sambutan, Senin (27/11).' });
    expect((front['source'] as { note: string }).note).toMatch(/^TODO: periksa tanggal — /);
    expect(draftFileName(a)).toBe('2017-11-27-jakarta-teks-senin-27-11.md');
  });

  it('names the file after the original title when the page has no headline', () => {
    const a = analyseText(
      'Teks pada 3-5 Agustus 2022.\nBerita ini telah tayang di Antaranews.com dengan judul: Judul Asli',
      data,
    );
    expect(draftFileName(a)).toBe('2022-08-03-judul-asli.md');
    expect(split(renderDraft(a)).data['source']).toMatchObject({
      originalTitle: 'Judul Asli',
      republishedFrom: 'Antaranews.com',
    });
  });
});

describe('scaffoldArticle', () => {
  it('writes the title and TODO in every field a person must fill, with an empty body', () => {
    const { data: front, body } = split(scaffoldArticle('Judul: Artikel Baru'));
    expect(front).toMatchObject({
      title: 'Judul: Artikel Baru',
      date: TODO.date,
      dateKind: TODO.dateKind,
      institution: TODO.institution,
      summary: TODO.summary,
      summaryEn: TODO.summaryEn,
    });
    expect(body).toBe('');
  });
});
