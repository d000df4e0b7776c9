import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkLinks } from '../support/check-links';
import { htmlPages, readText } from './site-files';

const { root, subpath } = inject('builds');

describe('the link check (linkinator)', () => {
  it('reports a missing page, a missing #fragment and a link that ignores the base', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quotewire-links-'));
    const links =
      '<a href="/sub/page/#here">ok</a> <a href="/sub/page/#p-9">no anchor</a> <a href="/sub/gone/">gone</a>';
    writeFileSync(join(dir, 'index.html'), `<!doctype html><title>t</title>${links} <a href="/page/">no base</a>`);
    writeFileSync(join(dir, '404.html'), '<!doctype html><title>Not found</title>');
    mkdirSync(join(dir, 'page'));
    writeFileSync(join(dir, 'page', 'index.html'), '<!doctype html><title>p</title><p id="here">here</p>');
    const { broken } = await checkLinks(dir, '/sub/');
    rmSync(dir, { recursive: true });
    expect(broken.map((line) => line.split(' ')[0]).sort()).toEqual([
      expect.stringMatching(/\/page\/$/),
      expect.stringMatching(/\/sub\/gone\/$/),
      expect.stringMatching(/\/sub\/page\/#p-9$/),
    ]);
  });
});

describe.each([
  ['at the domain root', root],
  ['under a sub-path', subpath],
])('every internal link of the site built %s', (_label, site) => {
  it('leads to a page, and every #fragment (#p-N included) to an element on it', async () => {
    const { broken, ok } = await checkLinks(site.dir, site.base);
    expect(broken).toEqual([]);
    // The crawl reached every page, and there were paragraph links among them to check.
    const pages = htmlPages(site.dir);
    expect(ok.length).toBeGreaterThanOrEqual(pages.length);
    const linkingToParagraphs = pages.filter((file) =>
      /href="[^"]*\/articles\/[^"/]+\/#p-\d+"/.test(readText(join(site.dir, file))),
    );
    expect(linkingToParagraphs.length).toBeGreaterThan(0);
  }, 120_000);
});
