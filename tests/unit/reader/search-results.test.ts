import { describe, expect, it } from 'vitest';
import { excerptSegments, resultLink, type PagefindResultData } from '../../../src/lib/search-results';

describe('excerptSegments', () => {
  it('splits an excerpt into plain and marked text', () => {
    expect(excerptSegments('a Chinese spy <mark>balloon</mark> over sites')).toEqual([
      { text: 'a Chinese spy ', marked: false },
      { text: 'balloon', marked: true },
      { text: ' over sites', marked: false },
    ]);
  });

  it('decodes entities to text, so markup in a page stays text in the results', () => {
    expect(
      excerptSegments('&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>Kanapathy&#39;s</mark> &#x201C;'),
    ).toEqual([
      { text: '<script>alert(1)</script> & ', marked: false },
      { text: "Kanapathy's", marked: true },
      { text: ' \u201c', marked: false },
    ]);
  });

  it('leaves unknown or out-of-range entities as written', () => {
    expect(excerptSegments('&bogus; &#0; &#x110000;')).toEqual([{ text: '&bogus; &#0; &#x110000;', marked: false }]);
  });
});

describe('resultLink', () => {
  const page: PagefindResultData = {
    url: '/quotewire/articles/x/',
    excerpt: '',
    meta: {},
    locations: [700, 42],
    anchors: [
      { id: 'p-1', location: 0 },
      { id: 'p-2', location: 40 },
      { id: 'p-3', location: 90 },
    ],
  };

  it('links to the element with an id where the first match is', () => {
    expect(resultLink(page)).toBe('/quotewire/articles/x/#p-2');
  });

  it('links to the page itself when no element with an id precedes the match', () => {
    expect(resultLink({ ...page, anchors: [{ id: 'late', location: 800 }] })).toBe('/quotewire/articles/x/');
  });

  it('escapes ids for the URL', () => {
    expect(resultLink({ ...page, anchors: [{ id: 'a b#c', location: 1 }] })).toBe('/quotewire/articles/x/#a%20b%23c');
  });
});
