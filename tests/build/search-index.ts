/**
 * Runs a built site's own Pagefind bundle (`pagefind/pagefind.js` and its WebAssembly) in Node, so
 * tests search the index exactly as the search page does. Pagefind loads its files with `fetch`
 * relative to its own URL; Node's fetch cannot read `file:` URLs, so those are answered from disk.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PagefindResultData } from '../../src/lib/search-results';

export interface SearchHit extends PagefindResultData {
  readonly meta: { readonly title?: string; readonly kind?: string };
}

interface PagefindModule {
  options: (options: { baseUrl: string }) => Promise<void>;
  search: (query: string | null) => Promise<{ results: { data: () => Promise<SearchHit> }[] }>;
}

const networkFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  const address = input instanceof Request ? input.url : String(input);
  if (!address.startsWith('file:')) return networkFetch(input, init);
  try {
    return new Response(await readFile(fileURLToPath(address)));
  } catch {
    return new Response(null, { status: 404 });
  }
};

/** Searches the Pagefind index of the site built in `dir`, served at `base`; `null` lists every page. */
export async function searchSite(dir: string, base: string, query: string | null): Promise<SearchHit[]> {
  const pagefind = (await import(pathToFileURL(join(dir, 'pagefind', 'pagefind.js')).href)) as PagefindModule;
  await pagefind.options({ baseUrl: base });
  const { results } = await pagefind.search(query);
  return Promise.all(results.map((result) => result.data()));
}
