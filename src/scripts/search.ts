/**
 * Live search on the search page: loads the Pagefind index built with the site and lists results as
 * the reader types, without reloading. Without JavaScript the page keeps its form and its links to
 * the indexes; this script only adds to it.
 */
import { excerptSegments, resultLink, type PagefindResultData } from '../lib/search-results';

interface PagefindSearch {
  results: { data: () => Promise<PagefindResultData & { meta: { title?: string; kind?: string } }> }[];
}

interface Pagefind {
  options: (options: { baseUrl: string }) => Promise<void>;
  debouncedSearch: (query: string) => Promise<PagefindSearch | null>;
}

const MAX_RESULTS = 20;
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

async function renderResult(result: PagefindSearch['results'][number]): Promise<HTMLLIElement> {
  const data = await result.data();
  const item = element('li', 'search-result');
  if (data.meta.kind) item.append(element('p', 'search-result__kind', data.meta.kind));
  const heading = element('h2', 'search-result__title');
  const link = element('a', '', data.meta.title ?? data.url);
  link.href = resultLink(data);
  heading.append(link);
  const excerpt = element('p', 'search-result__excerpt');
  for (const segment of excerptSegments(data.excerpt)) {
    excerpt.append(segment.marked ? element('mark', '', segment.text) : document.createTextNode(segment.text));
  }
  item.append(heading, excerpt);
  return item;
}

function describe(count: number, query: string): string {
  if (count === 0) return `No results for “${query}”.`;
  const shown = count > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : '';
  return `${count} ${count === 1 ? 'result' : 'results'} for “${query}”${shown}.`;
}

async function start(form: HTMLFormElement, input: HTMLInputElement, status: HTMLElement, list: HTMLElement) {
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: base });

  const run = async () => {
    const query = input.value.trim();
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    history.replaceState(null, '', query === '' ? location.pathname : url);
    if (query === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const search = await pagefind.debouncedSearch(query);
    if (search === null) return; // A newer query replaced this one.
    list.replaceChildren(...(await Promise.all(search.results.slice(0, MAX_RESULTS).map(renderResult))));
    status.textContent = describe(search.results.length, query);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run());
  if (input.value.trim() !== '') await run();
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLElement>('[data-search-results]');
if (form && input && status && list) {
  input.value = new URL(location.href).searchParams.get('q') ?? '';
  start(form, input, status, list).catch(() => {
    status.textContent = 'Search could not load. Browse the indexes below instead.';
  });
}
