import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { analyseText } from './analyse.ts';
import { articleSlug, draftFileName, renderDraft, scaffoldArticle, TODO } from './draft.ts';
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
  ])('"%s" → %s', (headline, slug) => {
    expect(articleSlug(headline)).toBe(slug);
    expect(slug.length).toBeLessThanOrEqual(60);
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
