import { describe, expect, it } from 'vitest';
import { searchKindOf } from '../../../src/lib/search-scope';

describe('searchKindOf', () => {
  it.each([
    ['/articles/2023-03-13-biden-xi-call/', 'Article'],
    ['/people/ivan-kanapathy/', 'Person'],
  ])('indexes %s as %s', (path, kind) => {
    expect(searchKindOf(path, '/')).toBe(kind);
    expect(searchKindOf(`/quotewire${path}`, '/quotewire/')).toBe(kind);
  });

  it.each([
    '/',
    '/search/',
    '/people/',
    '/articles/',
    '/404.html',
    '/sources/',
    '/quotes/',
    '/quotes/2/',
    '/quotes/speakers/',
    '/events/',
    '/events/2023/',
  ])('leaves %s out of the index', (path) => {
    expect(searchKindOf(path, '/')).toBeUndefined();
  });

  it('leaves out pages outside the base', () => {
    expect(searchKindOf('/articles/x/', '/quotewire/')).toBeUndefined();
  });
});
