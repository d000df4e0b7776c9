import { describe, expect, it } from 'vitest';
import { feedHtml } from '../../../src/lib/feed-html';

const page = 'https://news.example.org/quotewire/articles/x/';

describe('feedHtml', () => {
  it('renders paragraphs and keeps the text as published', async () => {
    const html = await feedHtml('First “quoted” paragraph.\n\nSecond *one*.', page);
    expect(html).toBe('<p>First “quoted” paragraph.</p>\n<p>Second <em>one</em>.</p>');
  });

  it('makes links absolute against the article', async () => {
    const html = await feedHtml('[a person](/quotewire/people/x/) and [a paragraph](#p-2)', page);
    expect(html).toContain('href="https://news.example.org/quotewire/people/x/"');
    expect(html).toContain(`href="${page}#p-2"`);
  });

  it('drops raw HTML, scripts and script URLs', async () => {
    const html = await feedHtml(
      'Hi <script>alert(1)</script> <img src=x onerror="alert(1)"> [x](javascript:alert(1))\n\n<iframe src="https://evil.example"></iframe>',
      page,
    );
    expect(html).not.toMatch(/<script|onerror|javascript:|<iframe|<img/i);
    expect(html).toContain('Hi');
  });
});
