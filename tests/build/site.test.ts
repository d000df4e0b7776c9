import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { page } from './html';

const { root, subpath } = inject('builds');
const seed = '2023-03-13-biden-xi-call';

describe.each([
  ['at the domain root', root],
  ['under a sub-path', subpath],
])('the built site %s', (_label, site) => {
  it('has a home page listing the seed article with date, headline and dek', () => {
    const $ = page(site.dir, '');
    expect($('html').attr('lang')).toBe('en');
    expect($('title').text()).toBe('Quotewire');
    expect($('meta[name="description"]').attr('content')).toBeTruthy();
    const card = $(`a[href="${site.base}articles/${seed}/"]`);
    expect(card.text()).toContain('Biden seeks a phone call with Xi');
    const item = card.closest('article');
    expect(item.find('time').attr('datetime')).toBe('2023-03-13');
    expect(item.find('.card__dek').text()).toContain('Jake Sullivan');
  });

  it('renders the article as semantic HTML with numbered, linkable paragraphs', () => {
    const $ = page(site.dir, `articles/${seed}/`);
    const article = $('main article');
    expect(article.find('header h1').text()).toBe(
      'Biden seeks a phone call with Xi to ease tensions after the spy balloon',
    );
    expect(article.find('header time').attr('datetime')).toBe('2023-03-13');
    const ids = article
      .find('p[id^="p-"]')
      .map((_i, el) => $(el).attr('id'))
      .get();
    expect(ids).toEqual(Array.from({ length: 16 }, (_v, i) => `p-${i + 1}`));
    expect($('#p-16').text()).toContain('Madeiros said.');
    // The source's quote marks are kept as published, straight opening included.
    expect($('#p-11').text()).toContain('"[We] are not trying to withhold');
  });

  it('gives every page a canonical URL under the site and base', () => {
    const $ = page(site.dir, `articles/${seed}/`);
    expect($('link[rel="canonical"]').attr('href')).toBe(`http://localhost:4321${site.base}articles/${seed}/`);
  });

  it('prefixes every internal link with the base', () => {
    const pages = readdirSync(site.dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(2);
    for (const file of pages) {
      const $ = page(site.dir, file);
      $('a[href^="/"], link[href^="/"], script[src^="/"]').each((_i, el) => {
        const href = $(el).attr('href') ?? $(el).attr('src') ?? '';
        expect(href.startsWith(site.base), `${file}: ${href}`).toBe(true);
      });
    }
  });

  it('has a 404 page and writes only static files', () => {
    expect(existsSync(join(site.dir, '404.html'))).toBe(true);
    const $ = page(site.dir, '404.html');
    expect($('h1').text()).toBe('Page not found');
    expect($(`a[href="${site.base}"]`).length).toBeGreaterThan(0);
  });
});
