import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../lib/types.ts';
import remarkAbbr, { type RemarkAbbrOptions } from './remark-abbr.ts';

const glossary: GlossaryEntry[] = [
  { id: 'asn', term: 'ASN', expansion: 'Aparatur Sipil Negara', lang: 'id', description: '' },
  {
    id: 'kasn',
    term: 'KASN',
    expansion: 'Komisi Aparatur Sipil Negara',
    lang: 'id',
    description: '',
  },
  {
    id: 'fia-ui',
    term: 'FIA UI',
    expansion: 'Fakultas Ilmu Administrasi Universitas Indonesia',
    lang: 'id',
    description: '',
  },
];

async function render(markdown: string, options: Partial<RemarkAbbrOptions> = {}) {
  const file = await unified()
    .use(remarkParse)
    .use(remarkAbbr, { glossary, ...options })
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(markdown);
  return String(file);
}

describe('remarkAbbr', () => {
  it('marks only the first occurrence of each acronym', async () => {
    const html = await render('KASN dan ASN.\n\nLagi KASN dan ASN.');
    expect(html).toBe(
      '<p><abbr title="Komisi Aparatur Sipil Negara">KASN</abbr> dan <abbr title="Aparatur Sipil Negara">ASN</abbr>.</p>\n<p>Lagi KASN dan ASN.</p>',
    );
  });

  it('matches whole words only: not inside pungkasnya or KASN', async () => {
    const html = await render('pungkasnya, KASNX, ASN-nya');
    expect(html).toBe(
      '<p>pungkasnya, KASNX, <abbr title="Aparatur Sipil Negara">ASN</abbr>-nya</p>',
    );
  });

  it('prefers the longest term and leaves links alone', async () => {
    expect(await render('[KASN](https://x.test) FIA UI')).toBe(
      '<p><a href="https://x.test">KASN</a> <abbr title="Fakultas Ilmu Administrasi Universitas Indonesia">FIA UI</abbr></p>',
    );
  });

  it('links the first occurrence to its glossary entry when asked', async () => {
    const html = await render('ASN', { href: (e) => `/glosarium/#${e.id}` });
    expect(html).toBe(
      '<p><a href="/glosarium/#asn" class="term"><abbr title="Aparatur Sipil Negara">ASN</abbr></a></p>',
    );
  });
});
