/**
 * An article's analysis, HTML and body, kept out of Astro's content store in a file per entry digest:
 * what the loader writes, the pages read back; a missing file stops the build with a message naming
 * the article, rather than publishing an empty page.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/analysis/index';
import { articleParts, hasArticleParts, writeArticleParts, type ArticleParts } from '../../../src/lib/article-parts';

const body = '“We are back on Monday,” said Ana Ruiz.\n\nService stopped last week.\n';
const parts: ArticleParts = {
  analysis: analyzeArticle({ slug: 'ferry', title: 'Ferry service resumes', published: '2024-05-06', body }),
  html: '<p id="p-1">“We are back on Monday,” said Ana Ruiz.</p>',
  body,
};

const freshDir = () => mkdtempSync(join(tmpdir(), 'quotewire-article-parts-'));

describe('article parts', () => {
  it('reads back what the loader wrote under the entry digest', () => {
    const dir = freshDir();
    expect(hasArticleParts(dir, 'abc123')).toBe(false);
    writeArticleParts(dir, 'abc123', parts);
    expect(hasArticleParts(dir, 'abc123')).toBe(true);
    expect(articleParts({ id: 'ferry', digest: 'abc123' }, dir)).toEqual(JSON.parse(JSON.stringify(parts)));
  });

  it('keeps one article apart from another by digest', () => {
    const dir = freshDir();
    writeArticleParts(dir, 'one', parts);
    writeArticleParts(dir, 'two', { ...parts, html: '<p id="p-1">Edited.</p>' });
    expect(articleParts({ id: 'ferry', digest: 'one' }, dir).html).toBe(parts.html);
    expect(articleParts({ id: 'ferry', digest: 'two' }, dir).html).toBe('<p id="p-1">Edited.</p>');
  });

  it('fails naming the article and the file when the cache was cleared', () => {
    const dir = freshDir();
    expect(() => articleParts({ id: 'ferry', digest: 'gone' }, dir)).toThrow(
      /Article "ferry": its analysis and HTML are missing from the cache \(.*gone\.json\)/,
    );
  });
});
