import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { articleAnalysisSchema } from '../../src/analysis/schema';
import { readDocument } from '../../src/analysis/document';
import { slugOf } from '../../src/lib/article-input';
import { checkArticleSource } from '../../src/lib/validate';
import { bigArticleParagraphs, bigParagraph, madeArticles } from '../fixtures/odd-content';
import { z } from 'zod';
import { siteEventSchema } from '../../src/lib/api-records';
import { page as loadPage } from '../build/html';
import { fileFor } from '../build/site-files';

const { odd } = inject('fixtureBuilds');
const loaded = new Map<string, ReturnType<typeof loadPage>>();
/** A built page, parsed once: the 1 MB article's page takes seconds to parse. */
function page(dir: string, path: string) {
  const $ = loaded.get(path) ?? loadPage(dir, path);
  loaded.set(path, $);
  return $;
}
const articlesDir = join(odd.contentDir, 'articles');
const articles = readdirSync(articlesDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => {
    const file = join(articlesDir, name);
    const checked = checkArticleSource(readFileSync(file, 'utf8'), file);
    if (!checked.data) throw new Error(`${file} must be valid: ${JSON.stringify(checked.problems)}`);
    return { slug: slugOf(file), title: checked.data.title, body: checked.body };
  });

/** The text of the element at `selector` as the author wrote it: without the credits the site adds after quotes. */
function writtenText($: ReturnType<typeof loadPage>, selector: string): string {
  const element = $(selector).clone();
  element.find('.quote-credit').remove();
  return element.text();
}

describe('a site built from odd but valid content', () => {
  it('builds, with every odd article', () => {
    expect(odd.status, odd.output).toBe(0);
    expect(articles.map((article) => article.slug).sort()).toEqual([
      'crlf-line-endings',
      'emoji',
      'no-paragraphs',
      'one-megabyte-body',
      'only-headings',
      'right-to-left',
      'unclosed-quote',
    ]);
  });

  describe.each(articles)('the article $slug', ({ slug, title, body }) => {
    it('has a page with its headline and every block, numbered as the analysis numbers them', () => {
      const $ = page(odd.dir, `articles/${slug}/`);
      expect($('main h1').first().text()).toBe(title);
      const expected = readDocument(body)
        .paragraphs.filter((block) => block.kind !== 'html')
        .map((block) => `p-${block.n}`);
      const ids = $('[id^="p-"]')
        .map((_i, el) => $(el).attr('id'))
        .get();
      expect(expected.length).toBeGreaterThan(0);
      expect(ids).toEqual(expected);
    });

    it('publishes an analysis that passes the contract schema', () => {
      const file = join(odd.dir, 'api', 'articles', `${slug}.json`);
      expect(existsSync(file), file).toBe(true);
      const analysis = articleAnalysisSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
      expect(analysis.slug).toBe(slug);
    });
  });

  it('keeps all of a 1 MB body, to its last paragraph', () => {
    const big = articles.find((article) => article.slug === madeArticles.big);
    expect(Buffer.byteLength(big?.body ?? '')).toBeGreaterThanOrEqual(1024 * 1024);
    const $ = page(odd.dir, `articles/${madeArticles.big}/`);
    expect(writtenText($, `#p-${bigArticleParagraphs}`)).toBe(bigParagraph(bigArticleParagraphs));
  });

  it('reads CRLF line endings as line breaks, not as text', () => {
    const $ = page(odd.dir, `articles/${madeArticles.crlf}/`);
    expect($('main h1').text()).toBe('Windows line endings');
    expect($('main').html()).not.toContain('\r');
    expect($('#p-2').text()).toMatch(/^The next paragraph opens ‘another one/);
  });

  it('keeps emoji, astral and combining characters and right-to-left text exactly', () => {
    const emoji = page(odd.dir, 'articles/emoji/');
    expect(emoji('#p-2').text()).toContain('👩‍🔬👨‍🚀🧑🏾‍🌾 Nothing but emoji and a flag 🏴‍☠️');
    expect(emoji('#p-3').text()).toContain('cafe\u0301');
    const rtl = page(odd.dir, 'articles/right-to-left/');
    expect(writtenText(rtl, '#p-1')).toBe('قالت ليلى حداد: «سنعقد الاجتماع يوم الجمعة» في الشهر الماضي.');
    expect(rtl('#p-3').text()).toContain('\u202ereversed\u202c');
  });

  it('renders an article with no paragraph as its list, rule, table and code', () => {
    const $ = page(odd.dir, 'articles/no-paragraphs/');
    const text = $('#p-1').parent();
    expect(text.children('p')).toHaveLength(0);
    expect(text.find('li')).toHaveLength(4);
    expect(text.find('hr, table, pre')).toHaveLength(3);
  });

  it('draws thousands of events on the events page as counts, each linking to a year page that lists them', () => {
    const events = z.array(siteEventSchema).parse(JSON.parse(readFileSync(join(odd.dir, 'api/events.json'), 'utf8')));
    expect(events.length).toBeGreaterThan(1000);
    const $ = page(odd.dir, 'events/');
    const bars = $('.timeline-overview svg a.timeline__event');
    expect(bars.length).toBeGreaterThan(0);
    // Counted per month or year: far fewer bars than events.
    expect(bars.length).toBeLessThan(events.length / 4);
    let counted = 0;
    bars.each((_i, bar) => {
      const href = $(bar).attr('href') ?? '';
      expect(fileFor(odd.dir, '/', href), href).toBeDefined();
      expect($(bar).find('rect').length, href).toBeGreaterThan(0);
      const [, happened = '0', expected = '0'] =
        /: (\d+) events?(?:, (\d+) expected)?$/.exec($(bar).children('title').text()) ?? [];
      counted += Number(happened) + Number(expected);
    });
    expect(counted).toBe(events.length);
  });
});
