// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { remarkParagraphIds } from './src/markdown/remark-paragraph-ids.ts';
import { rehypeAnnotations } from './src/markdown/rehype-annotations.ts';
import { rehypeSanitizeUntrusted } from './src/markdown/rehype-sanitize-untrusted.ts';
import { cspDirectives } from './src/lib/csp.ts';
import { siteConfig } from './src/site-config.ts';

// SITE_URL and BASE_PATH let one build deploy at a domain root or under a sub-path
// (a GitHub Pages project site): BASE_PATH=/my-repo/ SITE_URL=https://me.github.io npm run build
export default defineConfig({
  site: siteConfig.siteUrl,
  base: siteConfig.basePath,
  trailingSlash: 'always',
  // Styles inline in <head>: no render-blocking request (their hashes are in each page's CSP).
  build: { format: 'directory', inlineStylesheets: 'always' },
  outDir: process.env.OUT_DIR ?? './dist',
  // Test builds run side by side: each keeps its own content cache (see tests/support/build-dir.ts).
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  // The search index is built after `astro build` exits (npm run search-index), not in a hook here.
  integrations: [sitemap()],
  // A CSP <meta> on every page, with hashes of its inline scripts and styles (no 'unsafe-inline').
  security: { csp: { directives: [...cspDirectives] } },
  markdown: {
    // Shiki colours code with inline styles, which the CSP refuses; articles carry no code to colour.
    syntaxHighlight: false,
    processor: unified({
      // The article text is a record of what was published: no typographic rewriting of its quote marks.
      smartypants: false,
      remarkPlugins: [remarkParagraphIds],
      // The analysis marks (quotes, credits, mention links) are added while the author's raw HTML is still
      // unparsed, as the engine counts text. Articles come from people we may not know: the filter runs
      // last, so nothing escapes it; it keeps the site's marks and an author's HTML cannot forge them.
      rehypePlugins: [
        [rehypeAnnotations, { personUrl: (/** @type {string} */ id) => `${siteConfig.basePath}people/${id}/` }],
        rehypeSanitizeUntrusted,
      ],
    }),
  },
});
