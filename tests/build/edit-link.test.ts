import { describe, expect, inject, it } from 'vitest';
import { testRepositoryUrl } from './build-site';
import { page } from './html';

const { root, subpath } = inject('builds');
const seed = '2023-03-13-biden-xi-call';

describe('"Edit this page" on an article', () => {
  it('links to the article’s file in the repository’s web editor when the repository is configured', () => {
    const $ = page(subpath.dir, `articles/${seed}/`);
    const link = $('main article a').filter((_i, el) => $(el).text() === 'Edit this page');
    expect(link.attr('href')).toBe(`${testRepositoryUrl}/edit/main/content/articles/${seed}.md`);
  });

  it('is left out when no repository is configured', () => {
    const $ = page(root.dir, `articles/${seed}/`);
    expect($('main').text()).not.toContain('Edit this page');
    expect($('a[href*="/edit/main/"]')).toHaveLength(0);
  });
});
