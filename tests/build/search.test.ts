/** The search index built with every site: what a reader finds, and what is kept out of it. */
import { describe, expect, inject, it } from 'vitest';
import { resultLink } from '../../src/lib/search-results';
import { searchSite } from './search-index';
import { htmlPages } from './site-files';
import { searchKindOf } from '../../src/lib/search-scope';

const { root, subpath } = inject('builds');
const seedUrl = (base: string) => `${base}articles/2023-03-13-biden-xi-call/`;

describe.each([
  ['at the domain root', root],
  ['under a sub-path', subpath],
])('site search %s', (_label, site) => {
  it('finds the article by a word of its text, labelled as an article', async () => {
    const hits = await searchSite(site.dir, site.base, 'balloon');
    const article = hits.find((hit) => hit.url === seedUrl(site.base));
    expect(article?.meta).toEqual({
      kind: 'Article',
      title: 'Biden seeks a phone call with Xi to ease tensions after the spy balloon',
    });
    expect(article?.excerpt).toContain('<mark>balloon');
  });

  it('finds a person’s quote, linked to its paragraph, and the person’s page', async () => {
    const hits = await searchSite(site.dir, site.base, 'Kanapathy');
    const article = hits.find((hit) => hit.url === seedUrl(site.base));
    expect(article && resultLink(article)).toBe(`${seedUrl(site.base)}#p-14`);
    const person = hits.find((hit) => hit.url === `${site.base}people/ivan-kanapathy/`);
    expect(person?.meta.kind).toBe('Person');
  });

  it('indexes exactly the article and person pages, each labelled with its kind', async () => {
    const indexed = (await searchSite(site.dir, site.base, null)).map((hit) => `${hit.url} ${hit.meta.kind}`);
    const expected = htmlPages(site.dir)
      .map((file) => `${site.base}${file.replace(/(^|\/)index\.html$/, '$1')}`)
      .flatMap((address) => {
        const kind = searchKindOf(address, site.base);
        return kind === undefined ? [] : [`${address} ${kind}`];
      });
    expect(indexed.sort()).toEqual(expected.sort());
    expect(indexed).toContain(`${seedUrl(site.base)} Article`);
    expect(indexed.join('\n')).not.toMatch(new RegExp(`^${site.base}(search/)? `, 'm'));
  });
});
