/**
 * Makes the HTML an article's author wrote inert, and keeps the markup the site itself added.
 *
 * Articles arrive by pull request from people we may not know, and Markdown passes raw HTML through.
 * This plugin parses that HTML (rehype-raw) and filters the whole tree through an allow-list
 * (rehype-sanitize, GitHub's rules plus what the site needs). It must run after the site's own rehype
 * plugins, so nothing they produce escapes the filter.
 *
 * The filter prefixes every `id` and `name` with `user-content-` so content cannot clobber globals or
 * hijack the site's anchors. The ids the site set before the raw HTML was parsed (`p-N` paragraph
 * ids, ids a site plugin adds, footnote ids) must survive unprefixed, and an author must not be able
 * to forge them: while the raw HTML is parsed and filtered, each one is swapped for a random token that
 * no author can know, then swapped back.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import GithubSlugger from 'github-slugger';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { untrustedHtmlSchema } from './untrusted-html-schema';

/** Properties the filter prefixes, so properties the site set must be hidden from it. */
const clobbered = untrustedHtmlSchema.clobber ?? [];
const prefix = untrustedHtmlSchema.clobberPrefix ?? '';

export function rehypeSanitizeUntrusted() {
  const parseRawHtml = rehypeRaw();
  const filter = rehypeSanitize(untrustedHtmlSchema);
  return (tree: Root, file: VFile): Root => {
    const hidden = hideSiteProperties(tree);
    const safe = filter(parseRawHtml(tree, file));
    restoreSiteProperties(safe, hidden);
    prefixHeadingIds(safe);
    return safe;
  };
}

/** Replaces every clobberable property value with a fresh random token; returns token -> value. */
function hideSiteProperties(tree: Root): Map<string, Element['properties'][string]> {
  const hidden = new Map<string, Element['properties'][string]>();
  visit(tree, 'element', (node) => {
    for (const key of clobbered) {
      const value = node.properties[key];
      if (value === undefined || value === null) continue;
      const token = `site-${crypto.randomUUID()}`;
      hidden.set(token, value);
      node.properties[key] = token;
    }
  });
  return hidden;
}

function restoreSiteProperties(tree: Root, hidden: Map<string, Element['properties'][string]>): void {
  visit(tree, 'element', (node) => {
    for (const key of clobbered) {
      // Parsing turns a space-separated property's token into a list of one.
      const property = node.properties[key];
      const value = Array.isArray(property) && property.length === 1 ? property[0] : property;
      if (typeof value !== 'string' || !value.startsWith(prefix)) continue;
      const original = hidden.get(value.slice(prefix.length));
      if (original !== undefined) node.properties[key] = original;
    }
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
