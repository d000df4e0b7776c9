/**
 * Astro imports its whole content store as one module, whose import time grows with the square of its
 * size: an article's analysis, HTML and body stay out of it (src/lib/article-parts.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

describe('content store', () => {
  const { root } = inject('builds');
  const store = readFileSync(join(root.dir, '..', 'cache', 'data-store.json'), 'utf8');

  it("holds the articles' frontmatter", () => {
    expect(store).toContain('2023-03-13-biden-xi-call');
  });

  it('holds no rendered HTML, analysis or Markdown body', () => {
    expect(store).not.toContain('p-1');
    expect(store).not.toContain('quoteContexts');
    expect(store).not.toMatch(/"(rendered|analysis|body|speaker)"/);
  });
});
