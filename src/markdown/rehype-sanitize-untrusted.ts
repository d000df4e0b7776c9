/**
 * Makes the HTML an article's author wrote inert, and keeps the markup the site itself added.
 *
 * Articles arrive by pull request from people we may not know, and Markdown passes raw HTML through.
 * This plugin parses that HTML (rehype-raw) and filters the whole tree through an allow-list
 * (rehype-sanitize with `untrustedHtmlSchema`: no scripts, styles, frames, forms or event handlers;
 * links and images over safe protocols only; ids and names prefixed with `user-content-`).
 *
 * The site's own markup must survive the filter, and an author must not be able to forge it: the
 * `p-N` paragraph ids, footnote ids, and the classes and `data-*` attributes of quote marks and
 * credits. Every element in the tree before the raw HTML is parsed was made by the site's plugins or
 * from Markdown syntax, never from an author's HTML; while the filter runs, those properties are taken
 * off and the element carries a random token in its id instead, which no author can know. Afterwards
 * each token is swapped back for the properties it stands for. Everything else on those elements
 * (URLs included) is judged by the filter like the author's own HTML.
 *
 * Run it after the site's other rehype plugins, so nothing they make escapes the filter (a plugin that
 * runs after it is not filtered, and keeps its markup too).
 */
import type { Properties, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import GithubSlugger from 'github-slugger';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { untrustedHtmlSchema } from './untrusted-html-schema';

/** Properties the filter prefixes (ids, names, ARIA id references). */
const clobbered = untrustedHtmlSchema.clobber ?? [];
const prefix = untrustedHtmlSchema.clobberPrefix ?? '';

export function rehypeSanitizeUntrusted() {
  const parseRawHtml = rehypeRaw();
  const filter = rehypeSanitize(untrustedHtmlSchema);
  return (tree: Root, file: VFile): Root => {
    const hidden = hideSiteMarkup(tree);
    const safe = filter(parseRawHtml(tree, file));
    restoreSiteMarkup(safe, hidden);
    prefixHeadingIds(safe);
    return safe;
  };
}

/** The properties that make an element part of the site's markup rather than the text's. */
function isSiteMarkup(key: string): boolean {
  return key === 'className' || /^data[A-Z]/.test(key) || clobbered.includes(key);
}

/** Takes the site's markup off every element, leaving a token in its id; returns token -> markup. */
function hideSiteMarkup(tree: Root): Map<string, Properties> {
  const hidden = new Map<string, Properties>();
  visit(tree, 'element', (node) => {
    const markup = Object.entries(node.properties).filter(([key]) => isSiteMarkup(key));
    if (markup.length === 0) return;
    const token = `site-${crypto.randomUUID()}`;
    for (const [key] of markup) delete node.properties[key];
    node.properties['id'] = token;
    hidden.set(token, Object.fromEntries(markup));
  });
  return hidden;
}

function restoreSiteMarkup(tree: Root, hidden: Map<string, Properties>): void {
  visit(tree, 'element', (node) => {
    const id = node.properties['id'];
    const markup = typeof id === 'string' && id.startsWith(prefix) ? hidden.get(id.slice(prefix.length)) : undefined;
    if (!markup) return;
    delete node.properties['id'];
    Object.assign(node.properties, markup);
  });
}

/**
 * Astro gives each heading without an id one made from its text, after every plugin has run: a heading
 * an author nests in a list or quote ("> ## main") would get `id="main"`, unprefixed. Giving those
 * headings the prefixed id here leaves Astro nothing to add.
 */
function prefixHeadingIds(tree: Root): void {
  const slugger = new GithubSlugger();
  visit(tree, 'element', (node) => {
    if (/^h[1-6]$/.test(node.tagName) && node.properties['id'] === undefined) {
      node.properties['id'] = `${prefix}${slugger.slug(toString(node))}`;
    }
  });
}
