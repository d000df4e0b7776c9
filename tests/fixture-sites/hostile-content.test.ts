import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, inject, it } from 'vitest';
import { loadRegistry } from '../../src/lib/registry';
import { checkArticleSource } from '../../src/lib/validate';
import { activeElementsInText, activeMarkup } from '../support/inert-html';
import { contentFolders } from './setup';
import { page } from '../build/html';
import { htmlPages } from '../build/site-files';

const { hostile } = inject('fixtureBuilds');
const slug = 'hostile-html';
const articleFile = `${contentFolders.hostile}/articles/${slug}.md`;
const frontmatter = checkArticleSource(readFileSync(articleFile, 'utf8'), articleFile).data;
const [person] = loadRegistry(`${contentFolders.hostile}/people.yaml`);
if (!frontmatter?.dek || !frontmatter.byline || !frontmatter.tags || !person) {
  throw new Error(`${articleFile} and its registry must hold the hostile fields these tests read`);
}

/** The JSON-LD blocks of a page: raw text as served, and parsed. */
function jsonLd(file: string): { raw: string; data: unknown }[] {
  const $ = page(hostile.dir, file);
  return $('script[type="application/ld+json"]')
    .map((_i, el) => {
      const raw = $(el).html() ?? '';
      return { raw, data: JSON.parse(raw) as unknown };
    })
    .get();
}

/** Every string value in a JSON document, at any depth. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

describe('a site built from hostile content (tests/fixtures/content-hostile)', () => {
  it('builds', () => {
    expect(hostile.status, hostile.output).toBe(0);
  });

  it('has no script, event handler, script URL, refresh or <base> on any page', () => {
    const pages = htmlPages(hostile.dir);
    expect(pages).toContain(`articles/${slug}/index.html`);
    for (const file of pages) expect(activeMarkup(page(hostile.dir, file)), file).toEqual([]);
  });

  it('keeps no frame, plugin, form, style, SVG or metadata element in the article text, but keeps its words', () => {
    const $ = page(hostile.dir, `articles/${slug}/`);
    expect(activeElementsInText($)).toEqual([]);
    expect($('#p-1').text()).toContain('we are only testing the site');
    expect($('main').text()).toContain('Styled paragraph.');
    expect($('main [style]')).toHaveLength(0);
  });

  it('prints the frontmatter as text: title, headline, description, byline, source', () => {
    const $ = page(hostile.dir, `articles/${slug}/`);
    expect($('head > title').text()).toBe(`${frontmatter.title} · Quotewire`);
    expect($('main h1').text()).toBe(frontmatter.title);
    expect($('meta[name="description"]').attr('content')).toBe(frontmatter.dek);
    const header = $('main header').text();
    for (const field of [frontmatter.dek, frontmatter.byline, frontmatter.source]) expect(header).toContain(field);
    const home = page(hostile.dir, '');
    expect(home.text()).toContain(frontmatter.title);
  });

  it('keeps author-written ids and names from clobbering the page’s own', () => {
    const $ = page(hostile.dir, `articles/${slug}/`);
    expect(
      $('[id="main"]')
        .get()
        .map((el) => el.tagName),
    ).toEqual(['main']);
    const paragraphIds = $('[id^="p-"]')
      .map((_i, el) => $(el).attr('id'))
      .get();
    expect(new Set(paragraphIds).size).toBe(paragraphIds.length);
    expect($('#p-1').text()).toContain('Mallory Evans');
    const clobbering =
      '[name="theme"], [name="localStorage"], [name="getElementById"], [id="pagefind"], [id="__proto__"]';
    expect($(clobbering)).toHaveLength(0);
  });

  it('lets no author forge the site’s quote marks or credits', () => {
    const $ = page(hostile.dir, `articles/${slug}/`);
    expect($('[data-quote="q9"], [data-speaker="joe-biden"]')).toHaveLength(0);
    expect($('.quote-credit a[href$="/people/joe-biden/"]')).toHaveLength(0);
  });

  it('escapes JSON-LD so no frontmatter text can leave its script element', () => {
    const blocks = jsonLd(`articles/${slug}/index.html`);
    expect(blocks.length, 'article pages carry schema.org JSON-LD').toBeGreaterThan(0);
    for (const { raw } of blocks) expect(raw).not.toMatch(/[<>\u2028\u2029]/);
    const strings = blocks.flatMap(({ data }) => stringsIn(data));
    expect(strings).toContain(frontmatter.title);
  });

  it('prints registry names and descriptions as text on the person page and in its JSON-LD', () => {
    const file = `people/${person.id}/index.html`;
    const $ = page(hostile.dir, file);
    expect($('main h1').text()).toBe(person.name);
    expect($('main').text()).toContain(person.description);
    expect(activeMarkup($)).toEqual([]);
    const blocks = jsonLd(file);
    expect(blocks.length, 'person pages carry schema.org JSON-LD').toBeGreaterThan(0);
    for (const { raw } of blocks) expect(raw).not.toMatch(/[<>\u2028\u2029]/);
    expect(blocks.flatMap(({ data }) => stringsIn(data))).toContain(person.name);
  });

  it('escapes the RSS feed: titles, descriptions and tags as text, article HTML without script', () => {
    const raw = readFileSync(join(hostile.dir, 'rss.xml'), 'utf8');
    expect(raw).not.toMatch(/<script/i);
    const feed = load(raw, { xml: true });
    const item = feed('item').filter((_i, el) => feed(el).find('title').text() === frontmatter.title);
    expect(item).toHaveLength(1);
    expect(item.find('description').text()).toBe(frontmatter.dek);
    expect(
      item
        .find('category')
        .map((_i, el) => feed(el).text())
        .get(),
    ).toEqual(frontmatter.tags);
    const content = load(item.find('content\\:encoded').text());
    expect(activeMarkup(content)).toEqual([]);
    expect(content('script, iframe, object, embed, form, style, svg, base, meta')).toHaveLength(0);
  });
});
