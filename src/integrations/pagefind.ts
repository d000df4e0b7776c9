/**
 * Builds the site search index with Pagefind after every `astro build`, into `<outDir>/pagefind/`, so
 * any build (including test builds into temporary folders) ships a working search. Which pages are
 * indexed is decided by `data-pagefind-body` (see src/lib/search-scope.ts).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

function failOn(errors: readonly string[], step: string): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

export function pagefindSearch(): AstroIntegration {
  return {
    name: 'quotewire:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await createIndex();
        failOn(errors, 'start');
        if (!index) throw new Error('Pagefind could not start: no index was created');
        try {
          const added = await index.addDirectory({ path: outDir });
          failOn(added.errors, `index ${outDir}`);
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          failOn(written.errors, 'write its files');
          logger.info(`search index: ${added.page_count} pages`);
        } finally {
          await close();
        }
      },
    },
  };
}
