import { describe, expect, it } from 'vitest';
import { parseYamlText, YamlFileError } from './yaml-file.ts';

const FILE = 'content/topics.yaml';
const messageOf = (text: string, lineOffset = 0) => {
  try {
    parseYamlText(text, FILE, lineOffset);
  } catch (error) {
    expect(error).toBeInstanceOf(YamlFileError);
    return (error as Error).message;
  }
  throw new Error('parsed without an error');
};

describe('parseYamlText', () => {
  it('gives plain data, dates kept as written', () => {
    expect(parseYamlText('date: 2021-08-30\ntopics: [a, b]\n', FILE)).toEqual({
      date: '2021-08-30',
      topics: ['a', 'b'],
    });
  });

  it('names the file, line and column, and says in Indonesian what is wrong', () => {
    expect(messageOf('a:\n  b: 1\n\tc: 2\n')).toBe(
      'content/topics.yaml: YAML tidak valid di baris 3, kolom 1: ada tab di awal baris — YAML hanya menerima spasi untuk indentasi',
    );
    expect(messageOf('- a: 1\n\tb: 2\n')).toMatch(/di baris 2, kolom 1: ada tab di awal baris/);
    expect(messageOf('a: 1\na: 2\n')).toBe(
      'content/topics.yaml: YAML tidak valid di baris 2, kolom 1: kunci yang sama ditulis dua kali',
    );
    expect(messageOf('a: "abc\nb: 2\n')).toMatch(/tanda kutip atau kurung tidak ditutup$/);
    expect(messageOf('title: Judul: sub\n')).toMatch(/di baris 1, kolom 8: .*apit nilainya/);
  });

  it('counts frontmatter lines from the top of the article file', () => {
    expect(messageOf('title: x\n\tdate: y\n', 1)).toMatch(/di baris 3, kolom 1/);
  });

  it('refuses more than 100 aliases, which only serve to exhaust memory', () => {
    const text = `a: &x [1, 2]\nb: [${Array(101).fill('*x').join(', ')}]\n`;
    expect(messageOf(text)).toBe(
      'content/topics.yaml: YAML memakai terlalu banyak alias (*nama), lebih dari 100 — tulis nilainya langsung',
    );
    expect(parseYamlText('a: &x 1\nb: *x\n', FILE)).toEqual({ a: 1, b: 1 });
  });
});
