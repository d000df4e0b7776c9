/**
 * Builds the site search index with Pagefind into `<outDir>/pagefind/`. It runs after `astro build` has
 * exited, not inside it: at 5000 articles Astro's process holds 2.4-2.7 GB until it ends and Pagefind's
 * indexer 1.4-1.8 GB, so one after the other they stay under 3 GB where side by side they did not.
 * Every place that builds the site calls this (npm run build, the test setups, the bench, Lighthouse).
 * Which pages are indexed is decided by `data-pagefind-body` (see src/lib/search-scope.ts).
 */
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

function failOn(errors: readonly string[], step: string): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

/** Indexes the built site in `outDir` and returns how many pages it read. */
export async function buildSearchIndex(outDir: string): Promise<number> {
  const { index, errors } = await createIndex();
  failOn(errors, 'start');
  if (!index) throw new Error('Pagefind could not start: no index was created');
  try {
    const added = await index.addDirectory({ path: outDir });
    failOn(added.errors, `index ${outDir}`);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    failOn(written.errors, 'write its files');
    return added.page_count;
  } finally {
    await close();
  }
}
