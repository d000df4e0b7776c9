/**
 * The performance budget, on the built files: small article pages, no JavaScript outside the search page
 * except the inline theme script, nothing loaded from other sites.
 */
import { describe, expect, inject, it } from 'vitest';
import themeScript from '../../src/scripts/theme-init.js?raw';
import { page } from './html';
import { gzippedSize, htmlPages, pageCss, readText } from './site-files';
import { join } from 'node:path';

const { root, subpath } = inject('builds');
const seed = '2023-03-13-biden-xi-call';
const KB = 1024;

describe.each([
  ['at the domain root', root],
  ['under a sub-path', subpath],
])('the performance budget of the built site %s', (_label, site) => {
  it('keeps the article page, HTML and CSS, under 50 KB gzipped', () => {
    const file = `articles/${seed}/index.html`;
    const html = readText(join(site.dir, file));
    const externalCss = pageCss(site.dir, site.base, page(site.dir, file)).filter((css) => !html.includes(css));
    const total = gzippedSize(html) + externalCss.reduce((sum, css) => sum + gzippedSize(css), 0);
    expect(total).toBeLessThan(50 * KB);
  });

  it('keeps the theme script, which every page carries, tiny', () => {
    expect(gzippedSize(themeScript)).toBeLessThan(1 * KB);
  });

  it('runs no JavaScript but the theme script, except on the search page', () => {
    for (const file of htmlPages(site.dir)) {
      const $ = page(site.dir, file);
      const scripts = $('script')
        .filter((_i, el) => $(el).attr('type') !== 'application/ld+json')
        .map((_i, el) => $(el).attr('src') ?? $(el).text())
        .get();
      if (file === 'search/index.html') {
        expect(scripts[0], file).toBe(themeScript);
        expect(scripts.length, file).toBeGreaterThan(1);
      } else {
        expect(scripts, file).toEqual([themeScript]);
        expect($('link[rel="modulepreload"], link[rel="preload"][as="script"]').length, file).toBe(0);
      }
    }
  });

  it('loads nothing from other sites, fonts included', () => {
    for (const file of htmlPages(site.dir)) {
      const $ = page(site.dir, file);
      const sources = $('script[src], img[src], iframe[src], link[rel="stylesheet"], link[rel="preload"]')
        .map((_i, el) => $(el).attr('src') ?? $(el).attr('href') ?? '')
        .get();
      for (const source of sources) expect(source.startsWith(site.base), `${file}: ${source}`).toBe(true);
      for (const css of pageCss(site.dir, site.base, $)) {
        expect(css, `${file}: CSS`).not.toMatch(/url\(\s*['"]?(https?:)?\/\//i);
        expect(css, `${file}: CSS`).not.toMatch(/@import/i);
      }
    }
  });
});
