// Skipping rehype-raw where a body holds no raw HTML must change nothing a reader sees: the
// article pipeline with it and with rehype-raw on every body give the same document (compared
// as parsed HTML: rehype-raw writes a boolean attribute as `data-footnote-ref=""`, the tree
// as it stands as `data-footnote-ref`, the same attribute) and the same metadata.
import { load } from 'cheerio';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { describe, expect, it } from 'vitest';
import { articleBodyRehypePlugins } from './article-body.ts';
import rehypeRawWhereNeeded from './rehype-raw-where-needed.ts';

const pipeline = (rehype: PluggableList) =>
  unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehype)
    .use(rehypeStringify)
    .freeze();

const skipping = pipeline(articleBodyRehypePlugins as PluggableList);
const always = pipeline(
  (articleBodyRehypePlugins as PluggableList).map((p) =>
    p === rehypeRawWhereNeeded ? rehypeRaw : p,
  ),
);

async function render(processor: typeof skipping, body: string) {
  const file = await processor.process({ value: body, data: { astro: { frontmatter: {} } } });
  return { html: load(String(file), null, false).html(), data: JSON.stringify(file.data) };
}

const BODIES = {
  paragraphs: 'JAKARTA – Kerja sama dilanjutkan.\n\nDeputi menyampaikan *harapan* dan **target**.',
  table:
    '| Tahun | Kegiatan |\n| --- | --- |\n| 2019 | Forum &amp; lokakarya |\n| 2021 | Perpanjangan MoU |',
  lists: '1. Satu\n2. Dua\n   - anak\n\n> Kutipan "kepala" dengan tanda kutip sumber.',
  links: 'Lihat [laman BKN](https://www.bkn.go.id/) dan <https://menpan.go.id>.',
  hangul: '인사혁신처 (Kementerian Manajemen Kepegawaian) dan 행정안전부.',
  code: '```\nkode  dengan   spasi\n```\n\nDan `kode sebaris`.',
  footnote: 'Teks dengan catatan.[^1]\n\n[^1]: Catatan kaki sumber.',
  image: '![Foto delegasi](https://example.org/foto.jpg "Delegasi")',
};

describe('rehype-raw where needed', () => {
  it.each(Object.entries(BODIES))(
    'renders a body without raw HTML (%s) exactly as rehype-raw would',
    async (_, body) => {
      expect(await render(skipping, body)).toEqual(await render(always, body));
    },
  );

  it('still parses the raw HTML a body holds (and the allowlist still applies)', async () => {
    const { html } = await render(
      skipping,
      'Teks <b>tebal</b> dan <u>garis</u>.\n\n<script>x()</script>',
    );
    expect(html).toContain('<b>tebal</b>');
    expect(html).toContain('<u>garis</u>');
    expect(html).not.toContain('script');
    expect(await render(skipping, 'A <i>b</i>')).toEqual(await render(always, 'A <i>b</i>'));
  });
});
