import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { bodyMarkdown, escapeParagraph } from './markdown.ts';

// What a reader sees of a paragraph once Markdown has read it: its text and the kinds of node.
function rendered(markdown: string): { text: string; kinds: string[] } {
  const tree = fromMarkdown(markdown);
  const kinds = new Set<string>();
  const walk = (node: { type: string; children?: unknown[] }) => {
    kinds.add(node.type);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(tree);
  return { text: toString(tree), kinds: [...kinds].sort() };
}

describe('escapeParagraph', () => {
  it.each([
    ['<!-- komentar yang tidak ditutup'],
    ['<script>alert(1)</script> dan teks'],
    ['Teks <img src=x onerror=alert(1)> di tengah'],
    ['```js'],
    ['~~~'],
    ['# Bukan judul'],
    ['## Bukan subjudul'],
    ['> bukan kutipan'],
    ['- bukan daftar'],
    ['* bukan daftar'],
    ['+ bukan daftar'],
    ['1. bukan daftar bernomor'],
    ['2021) bukan daftar'],
    ['---'],
    ['***'],
    ['==='],
    ['| kolom | kolom |'],
    ['[klik](javascript:alert(1))'],
    ['<https://contoh.id>'],
    ['Kode `rahasia` di teks'],
    ['&#106;avascript: dan &amp; tetap tertulis'],
    ['Garis miring \\ terbalik'],
  ])('"%s" shows as the source wrote it, as one paragraph of text', (line) => {
    const { text, kinds } = rendered(escapeParagraph(line));
    expect(text).toBe(line);
    expect(kinds).toEqual(['paragraph', 'root', 'text']);
  });

  it('leaves ordinary prose as it is', () => {
    const line = 'Menteri PANRB (Asman Abnur) berkata: “Ini 100% penting,” Senin (27/11).';
    expect(escapeParagraph(line)).toBe(line);
  });
});

describe('bodyMarkdown', () => {
  it('joins paragraphs with a blank line and ends with one newline', () => {
    expect(bodyMarkdown(['Satu.', 'Dua.'])).toBe('Satu.\n\nDua.\n');
  });

  it('escapes a line start that Markdown would read as a list, heading or quote', () => {
    expect(bodyMarkdown(['1. Pertama', '- butir', '# pagar', '> kutip', '2021 adalah tahun'])).toBe(
      '1\\. Pertama\n\n\\- butir\n\n\\# pagar\n\n\\> kutip\n\n2021 adalah tahun\n',
    );
  });
});
