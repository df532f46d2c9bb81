import { describe, expect, it } from 'vitest';
import { article } from '../../tests/unit/fixtures.ts';
import { articleSummary, articleTitle, hasOwn, localized, localizedKey } from './localize.ts';

describe('localized', () => {
  const topic = { name: 'Sistem merit', nameEn: 'Merit system', description: 'Pengisian jabatan.' };

  it('takes the field with the language suffix, the plain one in Indonesian', () => {
    expect(localizedKey('fullName', 'en')).toBe('fullNameEn');
    expect(localizedKey('fullName', 'id')).toBe('fullName');
    expect(localized(topic, 'name', 'en')).toBe('Merit system');
    expect(localized(topic, 'name', 'id')).toBe('Sistem merit');
  });

  it('falls back to the Indonesian text where the translation is missing or blank', () => {
    expect(localized(topic, 'description', 'en')).toBe('Pengisian jabatan.');
    expect(localized({ ...topic, nameEn: '  ' }, 'name', 'en')).toBe('Sistem merit');
    expect(hasOwn(topic, 'name', 'en')).toBe(true);
    expect(hasOwn(topic, 'description', 'en')).toBe(false);
  });

  it('gives an article our English headline and summary', () => {
    const a = article({ slug: 'x', date: '2021-01-01', title: 'Judul', titleEn: 'Headline' });
    expect(articleTitle(a, 'en')).toBe('Headline');
    expect(articleTitle(a, 'id')).toBe('Judul');
    expect(articleSummary(a, 'en')).toBe(a.summaryEn);
  });
});
