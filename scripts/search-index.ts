/**
 * npm run search-index [-- <dir>]
 * Indexes a built site for search (Pagefind), after `astro build`: `<dir>`, else `OUT_DIR`, else dist/.
 * `npm run build` runs it last.
 */
import { existsSync } from 'node:fs';
import { buildSearchIndex } from './lib/search-index';

const outDir = process.argv[2] ?? process.env['OUT_DIR'] ?? 'dist';
if (!existsSync(outDir)) {
  console.error(`search index: ${outDir} does not exist: build the site first (astro build)`);
  process.exit(1);
}
console.log(`search index: ${await buildSearchIndex(outDir)} pages in ${outDir}`);
