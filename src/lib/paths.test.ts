import { describe, expect, it } from 'vitest';
import { currentSection, paths } from './paths.ts';

describe('the current section of the header', () => {
  it('is the page itself on a section’s own page', () => {
    expect(currentSection(paths.archive(), 'arsip/')).toBe('page');
    expect(currentSection(paths.glossary(), 'glosarium/')).toBe('page');
  });

  it('holds the pages within it: years, articles and archive pages in the archive', () => {
    for (const path of ['tahun/2019/', 'tahun/2019/2/', 'artikel/x/', 'arsip/2/'])
      expect(currentSection(paths.archive(), path), path).toBe('true');
    expect(currentSection(paths.institutions(), 'instansi/kasn/')).toBe('true');
    expect(currentSection(paths.topics(), 'topik/spbe/2/')).toBe('true');
    expect(currentSection(paths.countries(), 'negara/korea-selatan/')).toBe('true');
  });

  it('marks nothing where the page belongs to no section', () => {
    for (const path of ['', 'cari/', 'tentang/', '404.html'])
      for (const section of [paths.archive(), paths.institutions(), paths.timeline()])
        expect(currentSection(section, path), `${section} ${path}`).toBeUndefined();
    expect(currentSection(paths.archive(), 'instansi/kasn/')).toBeUndefined();
  });
});
