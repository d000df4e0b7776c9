import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { load } from 'cheerio';
import type { Root } from 'hast';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { rehypeSanitizeUntrusted } from '../../../src/markdown/rehype-sanitize-untrusted';
import { remarkParagraphIds } from '../../../src/markdown/remark-paragraph-ids';
import { renderArticle } from './render-article';

const render = async (markdown: string) => load(await renderArticle(markdown));

describe('untrusted HTML in an article body', () => {
  it('removes scripts, styles, frames, plugins, forms and document-level elements with their content', async () => {
    const $ = await render(
      [
        'Before <script>alert("inline")</script> after.',
        '<style>body { display: none }</style>',
        '<iframe src="https://evil.example/"></iframe><object data="x.swf">fallback</object><embed src="x.swf">',
        '<form action="https://evil.example/"><input name="password"><button>Send</button></form>',
        '<svg><script>alert("svg")</script><circle r="5" /></svg>',
        '<meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/">',
        '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
      ].join('\n\n'),
    );
    for (const tag of [
      'script',
      'style',
      'iframe',
      'object',
      'embed',
      'form',
      'svg',
      'meta',
      'base',
      'math',
      'button',
    ]) {
      expect($(tag), tag).toHaveLength(0);
    }
    expect($.text()).not.toMatch(/alert|display: none/);
    expect($('#p-1').text()).toBe('Before  after.');
  });

  it('drops event handlers and script URLs from links, images and Markdown syntax alike', async () => {
    const html = await renderArticle(
      [
        '<a href="javascript:alert(1)" onclick="alert(2)">a</a> <a href="JaVaScRiPt&colon;alert(3)">b</a>',
        '<img src="x" onerror="alert(4)"> <img src="data:image/svg+xml,<svg onload=alert(5)>">',
        '[c](javascript:alert(6)) ![d](data:text/html,<script>alert(7)</script>)',
        '<details open ontoggle="alert(8)"><summary onmouseover="alert(9)">s</summary></details>',
        '<p style="background:url(javascript:alert(10))">styled</p>',
      ].join('\n\n'),
    );
    expect(html).not.toMatch(/javascript|data:|\son[a-z]+=|style=/i);
    const $ = load(html);
    expect($('a')).toHaveLength(3);
    expect($('img').attr('src')).toBe('x');
  });

  it('prefixes the ids and names an author writes, so content cannot clobber globals or the page', async () => {
    const $ = await render(
      [
        'One <a id="main" name="location">link</a>.',
        '<img name="getElementById" src="a.png"> <form id="cookie"><input name="domain"></form>',
        '<div id="__proto__">div</div> <ul aria-labelledby="main"><li>item</li></ul>',
      ].join('\n\n'),
    );
    expect($('[id="main"], [name="location"], [name="getElementById"], [id="__proto__"]')).toHaveLength(0);
    expect($('a').attr('id')).toBe('user-content-main');
    expect($('a').attr('name')).toBe('user-content-location');
    expect($('img').attr('name')).toBe('user-content-getElementById');
    expect($('ul').attr('aria-labelledby')).toBe('user-content-main');
  });

  it('keeps every paragraph id the site gave, unprefixed, and lets no author forge one', async () => {
    const $ = await render(
      [
        'First <span id="p-3">forged</span>.',
        '<p id="p-1">A raw block claiming to be paragraph one.</p>',
        'Third, written in Markdown.',
        '# A heading is a block too',
      ].join('\n\n'),
    );
    expect(
      $('[id^="p-"]')
        .map((_i, el) => $(el).attr('id'))
        .get(),
    ).toEqual(['p-1', 'p-3', 'p-4']);
    expect($('#p-1').text()).toBe('First forged.');
    expect($('#p-3').text()).toBe('Third, written in Markdown.');
    expect($('h1').attr('id')).toBe('p-4');
    expect($('span').attr('id')).toBe('user-content-p-3');
  });

  it('gives headings nested in quotes and lists prefixed ids, not ones that could clash with the page', async () => {
    const $ = await render(['> ## Main', '', '- ### Search'].join('\n'));
    expect($('h2').attr('id')).toBe('user-content-main');
    expect($('h3').attr('id')).toBe('user-content-search');
  });

  it('keeps the markup news text and the site need: quotes, block quotes, links, times, footnotes', async () => {
    const $ = await render(
      [
        'He said <q cite="https://example.org/">we will talk</q> on <time datetime="2023-03-10">Friday</time>.',
        '> A block quote with a [person link](/people/jake-sullivan/) and <abbr title="National Security Council">NSC</abbr>.',
        'A claim.[^source]',
        '[^source]: The source.',
      ].join('\n\n'),
    );
    expect($('q').attr('cite')).toBe('https://example.org/');
    expect($('time').attr('datetime')).toBe('2023-03-10');
    expect($('blockquote a').attr('href')).toBe('/people/jake-sullivan/');
    expect($('abbr').attr('title')).toBe('National Security Council');
    const footnoteLink = $('a[data-footnote-ref]');
    const target = footnoteLink.attr('href')?.slice(1) ?? '';
    expect($(`[id="${target}"]`).text()).toContain('The source.');
    const label = footnoteLink.attr('aria-describedby') ?? '';
    expect($(`[id="${label}"]`).text()).toBe('Footnotes');
  });

  it('keeps the classes and data attributes a site plugin adds, and strips the same written by an author', async () => {
    // Stands in for the site's annotation plugin: marks the first paragraph's text as a credited quote.
    const markQuote = () => (tree: Root) => {
      const paragraph = tree.children.find((node) => node.type === 'element' && node.properties['id'] === 'p-1');
      if (paragraph?.type !== 'element') return;
      paragraph.children = [
        h('q', { className: ['quote'], dataQuote: 'q1', cite: '/people/jake-sullivan/' }, paragraph.children),
        h('a', { className: ['quote-credit__speaker'], href: 'javascript:alert(1)' }, 'Jake Sullivan'),
      ];
    };
    const pipeline = await createMarkdownProcessor({
      remarkPlugins: [remarkParagraphIds],
      rehypePlugins: [markQuote, rehypeSanitizeUntrusted],
    });
    const forged = '<q class="quote" data-quote="q9">forged</q> <a class="quote-credit__speaker" href="/x/">X</a>';
    const $ = load((await pipeline.render(`We will talk.\n\nAn author writes ${forged}.`)).code);
    expect($('q.quote').attr('data-quote')).toBe('q1');
    expect($('q.quote').attr('cite')).toBe('/people/jake-sullivan/');
    expect($('q.quote').text()).toBe('We will talk.');
    expect($('.quote-credit__speaker').text()).toBe('Jake Sullivan');
    // The site's markup passes, but its URLs are still judged by the filter.
    expect($('.quote-credit__speaker').attr('href')).toBeUndefined();
    expect($('#p-2 .quote, #p-2 .quote-credit__speaker, #p-2 [data-quote]')).toHaveLength(0);
    expect($('#p-2').html()).not.toContain('site-');
  });
});
