import { describe, expect, it } from 'vitest';
import { parseFrontmatter, splitFrontmatter } from './frontmatter.ts';

describe('splitFrontmatter', () => {
  it('gives the YAML and the body exactly as written', () => {
    expect(splitFrontmatter('---\ntitle: A\n---\n\nBody.\n')).toEqual({
      frontmatter: 'title: A',
      body: '\nBody.\n',
    });
  });

  it('reads Windows line ends, a byte-order mark and an empty frontmatter', () => {
    expect(splitFrontmatter('\uFEFF---\r\ntitle: A\r\n---\r\nBody')).toEqual({
      frontmatter: 'title: A',
      body: 'Body',
    });
    expect(splitFrontmatter('---\n---\nBody')).toEqual({ frontmatter: '', body: 'Body' });
  });

  it('finds none where the file does not start with ---, or never closes it', () => {
    expect(splitFrontmatter('title: A\n---\nBody')).toBeNull();
    expect(splitFrontmatter('---\ntitle: A\nBody')).toBeNull();
  });

  it('does not stop at a --- inside a line', () => {
    expect(splitFrontmatter('---\nnote: a --- b\n---\nBody')?.frontmatter).toBe('note: a --- b');
  });
});

describe('parseFrontmatter', () => {
  it('keeps dates as written (YAML 1.2), so an impossible date can be refused', () => {
    expect(parseFrontmatter('---\ndate: 2021-02-30\n---\n')?.data).toEqual({ date: '2021-02-30' });
  });

  it('throws the YAML error for broken YAML', () => {
    expect(() => parseFrontmatter('---\ntitle: [a\n---\n')).toThrow();
  });
});
