/**
 * Which pages the site search (Pagefind) indexes, and what each result is called. Pages are matched by
 * their path below `base`, so a new page in one of these sections is findable without further work.
 * Everything else stays out of the index because it only repeats what the indexed pages say: home,
 * lists of links, the search page, and the quotes and events listings (a quote is found on its
 * article, linked to its paragraph, and on its speaker's page; an event's words are its article's).
 * Indexing the listings too held every quote three or four times: at 5000 articles Pagefind's indexer
 * then peaked at 3.27 GB.
 */
const sections: readonly (readonly [RegExp, string])[] = [
  [/^articles\/[^/]+\/$/, 'Article'],
  [/^people\/[^/]+\/$/, 'Person'],
];

/** The kind of search result a page is ("Article", "Person", …), or undefined when it is not indexed. */
export function searchKindOf(pathname: string, base: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const path = pathname.slice(base.length);
  return sections.find(([pattern]) => pattern.test(path))?.[1];
}
