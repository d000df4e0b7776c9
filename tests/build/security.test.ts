/**
 * The Content-Security-Policy of every page and the static host's headers: no script runs unless it is
 * one of the site's own files or an inline script whose hash the page's policy lists.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, inject, it } from 'vitest';
import themeScript from '../../src/scripts/theme-init.js?raw';
import { page } from './html';
import { htmlPages, readText } from './site-files';

const { root, subpath } = inject('builds');

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Each CSP <meta> of a page as directive name -> sources. */
function policies($: CheerioAPI): Map<string, string[]>[] {
  return $('meta[http-equiv="content-security-policy"]')
    .map((_i, el) => {
      const directives = ($(el).attr('content') ?? '')
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .filter(([name]) => name);
      return new Map(directives.map(([name = '', ...sources]) => [name, sources]));
    })
    .get();
}

/** The `_headers` file as pattern -> header lines. */
function headerRules(text: string): Map<string, string[]> {
  const rules = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (/^\S/.test(line)) rules.set(line.trim(), (current = []));
    else current.push(line.trim());
  }
  return rules;
}

describe.each([
  ['at the domain root', root],
  ['under a sub-path', subpath],
])('the security of the built site %s', (_label, site) => {
  it('opens every page with a script policy that covers everything after it', () => {
    for (const file of htmlPages(site.dir)) {
      const $ = page(site.dir, file);
      const first = $('head').children().eq(1);
      expect(first.is('meta[http-equiv="content-security-policy"]'), file).toBe(true);
      expect($('head').children().eq(0).is('meta[charset]'), file).toBe(true);
    }
  });

  it('allows only the site’s own scripts and the hashes of its inline scripts and styles', () => {
    for (const file of htmlPages(site.dir)) {
      const $ = page(site.dir, file);
      const [early, full, ...more] = policies($);
      expect(more, file).toEqual([]);
      expect(early?.get('script-src')?.[0], file).toBe("'self'");
      expect(full?.get('default-src'), file).toEqual(["'self'"]);
      expect(full?.get('object-src'), file).toEqual(["'none'"]);
      for (const policy of [early, full]) {
        const sources = policy?.get('script-src') ?? [];
        expect(sources, file).not.toContain("'unsafe-inline'");
        expect(sources, file).not.toContain("'unsafe-eval'");
      }
      expect(full?.get('style-src'), file).not.toContain("'unsafe-inline'");

      $('script:not([src])')
        .filter((_i, el) => ($(el).attr('type') ?? '') !== 'application/ld+json')
        .each((_i, el) => {
          const hash = sha256($(el).text());
          expect(early?.get('script-src'), `${file}: inline script`).toContain(hash);
          expect(full?.get('script-src'), `${file}: inline script`).toContain(hash);
        });
      $('style').each((_i, el) => {
        expect(full?.get('style-src'), `${file}: inline style`).toContain(sha256($(el).text()));
      });
      // Style and event-handler attributes would need 'unsafe-inline' / 'unsafe-hashes'.
      expect($('[style]').length, `${file}: style attributes`).toBe(0);
      const handlers = $('*')
        .toArray()
        .flatMap((el) => Object.keys($(el).attr() ?? {}).filter((name) => name.startsWith('on')));
      expect(handlers, file).toEqual([]);
    }
  });

  it('lets only the search page compile WebAssembly (Pagefind)', () => {
    for (const file of htmlPages(site.dir)) {
      const wasm = policies(page(site.dir, file)).map((policy) =>
        policy.get('script-src')?.includes("'wasm-unsafe-eval'"),
      );
      expect(wasm, file).toEqual(file === 'search/index.html' ? [true, true] : [false, false]);
    }
  });

  it('inlines exactly the theme script whose hash the policy lists', () => {
    const $ = page(site.dir, '');
    expect($('head > script:not([src])').first().text()).toBe(themeScript);
  });

  it('ships headers for Netlify and Cloudflare Pages: security on every path, immutable hashed assets', () => {
    const rules = headerRules(readText(join(site.dir, '_headers')));
    const everyPath = rules.get('/*') ?? [];
    expect(everyPath).toContain(
      "Content-Security-Policy: frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
    expect(everyPath).toContain('X-Content-Type-Options: nosniff');
    expect(everyPath).toContain('Referrer-Policy: strict-origin-when-cross-origin');
    expect(everyPath.some((line) => line.startsWith('Permissions-Policy: ') && line.includes('camera=()'))).toBe(true);
    // Cloudflare joins the values of all matching rules: the catch-all must not set caching.
    expect(everyPath.some((line) => line.startsWith('Cache-Control'))).toBe(false);
    expect(rules.get('/_astro/*')).toEqual(['Cache-Control: public, max-age=31536000, immutable']);
  });

  it('marks immutable only files whose names carry a hash of their content, never a page or an entry file', () => {
    const immutable = [...headerRules(readText(join(site.dir, '_headers')))]
      .filter(([, lines]) => lines.some((line) => line.startsWith('Cache-Control') && line.includes('immutable')))
      .map(([pattern]) => pattern.replace(/\*$/, '').slice(1));
    expect(immutable).toEqual(['_astro/', 'pagefind/fragment/', 'pagefind/index/']);
    for (const folder of immutable) {
      const files = readdirSync(join(site.dir, folder));
      expect(files.length, folder).toBeGreaterThan(0);
      // Astro: name.DkOXvZ1F.css; Pagefind: en_1fa3335.pf_fragment
      for (const file of files) expect(file, folder).toMatch(/[._][A-Za-z0-9_-]{7,}\.\w+$/);
    }
  });
});
