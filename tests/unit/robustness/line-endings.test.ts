import { describe, expect, it } from 'vitest';
import { checkArticleSource } from '../../../src/lib/validate';

const article = ['---', 'title: "Line endings"', 'published: "2023-03-13"', '---', '', 'One.', '', 'Two.', ''];

describe.each([
  ['LF', '\n'],
  ['CRLF (Windows)', '\r\n'],
  ['CR (classic Mac OS)', '\r'],
])('an article saved with %s line endings', (_name, newline) => {
  it('is valid, with the same frontmatter and a body of plain line breaks', () => {
    const checked = checkArticleSource(article.join(newline), 'content/articles/line-endings.md');
    expect(checked.problems).toEqual([]);
    expect(checked.data).toEqual({ title: 'Line endings', published: '2023-03-13' });
    expect(checked.body).toBe('One.\n\nTwo.');
    expect(checked.bodyLine).toBe(6);
  });

  it('reports a bad field at the same line and column', () => {
    const source = article.join(newline).replace('"2023-03-13"', '"13/03/2023"');
    const [problem] = checkArticleSource(source, 'content/articles/line-endings.md').problems;
    expect(problem).toMatchObject({ line: 3, column: 12, field: 'published' });
  });
});
