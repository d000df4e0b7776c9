/**
 * What readers and other programs get besides the pages: link previews, feed, sitemap, robots.txt,
 * the theme toggle and the search page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, inject, it } from 'vitest';
import { page } from './html';
import { fileFor, htmlPages, pageCss, readText } from './site-files';

const { root, subpath } = inject('builds');
const seed = '2023-03-13-biden-xi-call';
const origin = 'http://localhost:4321';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe.each([
  ['at the domain root', root],
  ['under a sub-path', subpath],
])('the built site %s', (_label, site) => {
  const home = `${origin}${site.base}`;

  it('gives every page a canonical URL, Open Graph and Twitter card metadata with a real image', () => {
    for (const file of htmlPages(site.dir)) {
      const $ = page(site.dir, file);
      const meta = (key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr('content') ?? '';
      const canonical = $('link[rel="canonical"]').attr('href') ?? '';
      expect(canonical.startsWith(home), `${file}: canonical ${canonical}`).toBe(true);
      expect(meta('og:url'), file).toBe(canonical);
      expect(meta('og:title'), file).not.toBe('');
      expect(meta('og:description'), file).toBe($('meta[name="description"]').attr('content'));
      expect(['website', 'article', 'profile'], file).toContain(meta('og:type'));
      expect(meta('twitter:card'), file).toBe('summary_large_image');
      expect(meta('twitter:image'), file).toBe(meta('og:image'));
      expect(meta('og:image:alt'), file).not.toBe('');
      const image = fileFor(site.dir, site.base, meta('og:image'));
      expect(image, `${file}: ${meta('og:image')}`).toBeDefined();
      expect(meta('og:image').startsWith(home), file).toBe(true);
      expect(pngSize(image ?? '')).toEqual({ width: 1200, height: 630 });
    }
  });

  it('gives each article its own preview image and article metadata', () => {
    const $ = page(site.dir, `articles/${seed}/`);
    expect($('meta[property="og:type"]').attr('content')).toBe('article');
    expect($('meta[property="og:image"]').attr('content')).toBe(`${home}og/articles/${seed}.png`);
    expect($('meta[property="article:published_time"]').attr('content')).toBe('2023-03-13');
    expect($('meta[property="og:title"]').attr('content')).toBe(
      'Biden seeks a phone call with Xi to ease tensions after the spy balloon',
    );
  });

  it('publishes an RSS feed of the articles with dates, links and escaped full text', () => {
    const $ = load(readText(join(site.dir, 'rss.xml')), { xml: true });
    expect($('channel > link').text()).toBe(home);
    const item = $('item').filter((_i, el) => $(el).find('link').text() === `${home}articles/${seed}/`);
    expect(item.length).toBe(1);
    expect(item.find('title').text()).toBe('Biden seeks a phone call with Xi to ease tensions after the spy balloon');
    expect(item.find('pubDate').text()).toBe('Mon, 13 Mar 2023 00:00:00 GMT');
    expect(item.find('description').text()).toContain('Jake Sullivan');
    const content = item.find('content\\:encoded').text();
    expect(content).toContain('<p>President Biden is seeking to have a call');
    expect(content).toContain('Madeiros said.');
    expect(content).not.toMatch(/<script|\son\w+=/i);
    // Every page links to the feed.
    expect(page(site.dir, '')('link[rel="alternate"][type="application/rss+xml"]').attr('href')).toBe(
      `${site.base}rss.xml`,
    );
  });

  it('lists every page in the sitemap, except the 404 page, and points robots.txt at it', () => {
    const index = load(readText(join(site.dir, 'sitemap-index.xml')), { xml: true });
    const sitemaps = index('sitemap > loc')
      .map((_i, el) => index(el).text())
      .get();
    expect(sitemaps.length).toBeGreaterThan(0);
    const listed = sitemaps.flatMap((address) => {
      const file = fileFor(site.dir, site.base, address);
      expect(file, address).toBeDefined();
      const $ = load(readText(file ?? ''), { xml: true });
      return $('url > loc')
        .map((_i, el) => $(el).text())
        .get();
    });
    expect(listed).toContain(home);
    expect(listed).toContain(`${home}articles/${seed}/`);
    expect(listed.some((address) => address.includes('404'))).toBe(false);
    for (const address of listed) expect(fileFor(site.dir, site.base, address), address).toBeDefined();

    const robots = readText(join(site.dir, 'robots.txt'));
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${home}sitemap-index.xml`);
  });

  it('has a theme toggle that is hidden until the theme script runs', () => {
    const $ = page(site.dir, '');
    const toggle = $('header button[data-theme-toggle]');
    expect(toggle.attr('type')).toBe('button');
    expect(toggle.attr('aria-pressed')).toBe('false');
    // Its name never changes; the state is aria-pressed, shown as "on"/"off" beside the name (hidden from its name).
    expect(toggle.clone().find('[aria-hidden="true"]').remove().end().text().trim()).toBe('Dark theme');
    const states = toggle.find('.theme-toggle__state[aria-hidden="true"]');
    expect(states.map((_i, el) => $(el).text()).get()).toEqual(['off', 'on']);
    const css = pageCss(site.dir, site.base, $).join('');
    // Hidden by default, shown once the script has marked <html> with data-js.
    expect(css).toMatch(/(^|\})\.theme-toggle(\[[^\]]+\])?\{[^}]*display:none/);
    expect(css).toMatch(/:root\[data-js\] \.theme-toggle(\[[^\]]+\])?\{[^}]*display:inline-flex/);
    expect(css).toMatch(
      /\.theme-toggle(\[[^\]]+\])*\[aria-pressed=(["']?)true\2\] \.theme-toggle__state--off[^{]*\{[^}]*display:none/,
    );
  });

  it('has a search page with a form that works without JavaScript and links to the indexes', () => {
    const $ = page(site.dir, 'search/');
    const form = $('main form[role="search"]');
    expect(form.attr('action')).toBe(`${site.base}search/`);
    expect(form.attr('method')).toBe('get');
    const input = form.find('input[type="search"][name="q"]');
    expect($(`label[for="${input.attr('id')}"]`).text()).not.toBe('');
    expect($('main noscript').text()).toContain('needs JavaScript');
    const links = $('main nav a')
      .map((_i, el) => $(el).attr('href'))
      .get();
    expect(links).toEqual(
      expect.arrayContaining([site.base, `${site.base}quotes/`, `${site.base}people/`, `${site.base}events/`]),
    );
    expect($('[role="status"]').length).toBe(1);
    expect($('header nav a[href$="search/"]').length).toBe(1);
  });
});
