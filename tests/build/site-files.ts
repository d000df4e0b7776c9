/** Finding things in a built site: its pages, the file behind a URL, gzipped sizes. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CheerioAPI } from 'cheerio';

/** Every HTML page of the build, as paths relative to its folder ("articles/x/index.html"). */
export function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/** The built file an address of the site is served from, or undefined when there is none. */
export function fileFor(dir: string, base: string, address: string): string | undefined {
  const { pathname } = new URL(address, 'http://site.invalid');
  if (!pathname.startsWith(base)) return undefined;
  const path = decodeURIComponent(pathname.slice(base.length));
  const file = join(dir, path.endsWith('/') || path === '' ? join(path, 'index.html') : path);
  return existsSync(file) ? file : undefined;
}

export const gzippedSize = (content: string | Buffer): number => gzipSync(content).length;

export const readText = (file: string): string => readFileSync(file, 'utf8');

/** All CSS a page uses: its inline <style> elements and the stylesheets it links. */
export function pageCss(dir: string, base: string, $: CheerioAPI): string[] {
  const inline = $('style')
    .map((_i, el) => $(el).text())
    .get();
  const linked = $('link[rel="stylesheet"]')
    .map((_i, el) => {
      const href = $(el).attr('href') ?? '';
      const file = fileFor(dir, base, href);
      if (file === undefined) throw new Error(`stylesheet ${href} is not in the build`);
      return readText(file);
    })
    .get();
  return [...inline, ...linked];
}
