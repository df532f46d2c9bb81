import { describe, expect, it } from 'vitest';
import { parseFrontmatter, splitFrontmatter, writtenDates } from './frontmatter.ts';
import { YamlFileError } from './yaml-file.ts';

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

describe('writtenDates', () => {
  // What a YAML 1.1 parser such as Astro's makes of an unquoted date: a Date, rolled over if impossible.
  const rolled = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return new Date(Date.UTC(y!, m! - 1, d!));
  };

  it('gives the impossible date as written, which the parser had rolled over', () => {
    const yaml = 'title: A\ndate: 2021-02-30\ndateEnd: 2021-03-01';
    const parsed = { date: rolled('2021-02-30'), dateEnd: rolled('2021-03-01') };
    expect(writtenDates(yaml, parsed, 'a.md')).toEqual({
      date: '2021-02-30',
      dateEnd: '2021-03-01',
    });
  });

  it('leaves text and absent dates as they are', () => {
    expect(writtenDates('date: "2021-02-30"', { date: '2021-02-30' }, 'a.md')).toEqual({});
  });

  it('reads a date written any other way with the YAML 1.2 parser', () => {
    const yaml = 'date: 2021-02-30 # dari laman\nsource:\n  date: 2020-01-01';
    expect(writtenDates(yaml, { date: rolled('2021-02-30') }, 'a.md')).toEqual({
      date: '2021-02-30',
    });
  });

  it('parses a frontmatter with aliases, so their limit applies, naming the file', () => {
    const yaml = `date: 2021-01-01\nx: &a [1]\ny: [${Array(101).fill('*a').join(', ')}]`;
    expect(() => writtenDates(yaml, { date: rolled('2021-01-01') }, 'articles/b.md')).toThrow(
      YamlFileError,
    );
  });
});
