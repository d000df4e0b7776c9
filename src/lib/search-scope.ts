/**
 * Which pages the site search (Pagefind) indexes, and what each result is called. Pages are matched by
 * their path below `base`, so a new page in one of these sections is findable without further work.
 * Everything else (home, lists of links, the search page itself) stays out of the index: it would
 * only repeat what the indexed pages say.
 */
const sections: readonly (readonly [RegExp, string])[] = [
  [/^articles\/[^/]+\/$/, 'Article'],
  [/^people\/[^/]+\/$/, 'Person'],
  [/^quotes\//, 'Quotes'],
  [/^events\//, 'Events'],
];

/** The kind of search result a page is ("Article", "Person", …), or undefined when it is not indexed. */
export function searchKindOf(pathname: string, base: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const path = pathname.slice(base.length);
  return sections.find(([pattern]) => pattern.test(path))?.[1];
}
