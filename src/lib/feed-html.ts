/**
 * An article's text as HTML for the RSS feed: its Markdown rendered without the site's annotations,
 * raw HTML dropped, sanitised (rehype-sanitize's GitHub-style allow-list: no scripts, no event
 * handlers, no `javascript:` links), and every link made absolute, since feed readers show the text
 * away from the site.
 */
import type { Root } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

function absoluteLinks(pageUrl: string) {
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      for (const name of ['href', 'src'] as const) {
        const value = node.properties[name];
        if (typeof value === 'string') node.properties[name] = new URL(value, pageUrl).href;
      }
    });
  };
}

/** `markdown` (an article body) as sanitised HTML whose links resolve against `pageUrl`. */
export async function feedHtml(markdown: string, pageUrl: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype)
    .use(rehypeSanitize)
    .use(absoluteLinks, pageUrl)
    .use(rehypeStringify)
    .process(markdown);
  return String(file);
}
