import { describe, expect, it } from 'vitest';
import { editUrl } from '../../../src/lib/edit-url';

describe('the "Edit this page" address', () => {
  it.each([
    ['https://github.com/me/quotewire', 'https://github.com/me/quotewire/edit/main/content/articles/a-b.md'],
    ['https://github.com/me/quotewire/', 'https://github.com/me/quotewire/edit/main/content/articles/a-b.md'],
    ['https://github.com/me/quotewire.git', 'https://github.com/me/quotewire/edit/main/content/articles/a-b.md'],
  ])('is the file in the web editor of %s', (repository, expected) => {
    expect(editUrl(repository, 'a-b')).toBe(expected);
  });

  it.each([[''], ['  '], ['javascript:alert(1)//x'], ['github.com/me/quotewire']])(
    'is not shown for a repository address %j that is not a web address',
    (repository) => {
      expect(editUrl(repository, 'a-b')).toBeUndefined();
    },
  );
});
