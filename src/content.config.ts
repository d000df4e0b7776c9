/**
 * Content collections. `articles` are the Markdown stories in `content/articles/` (their analysis and
 * HTML are read with `articleParts`, `src/lib/article-parts.ts`); `people` is the registry in `content/people.yaml`. The field schemas live in
 * `src/schemas/` (plain `astro/zod`), shared with `npm run validate`, the CLI and the tests.
 */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { articleLoader } from './loaders/articles';
import { articleFrontmatterObject } from './schemas/article';
import { personSchema } from './schemas/person';

/** The content folder: `content/`, or another (tests build fixture sites with `CONTENT_DIR`). */
const contentDir = process.env['CONTENT_DIR'] ?? 'content';

const articles = defineCollection({
  loader: articleLoader({
    base: `${contentDir}/articles`,
    registry: `${contentDir}/people.yaml`,
    code: ['src/analysis', 'src/markdown'],
  }),
  schema: articleFrontmatterObject,
});

const people = defineCollection({
  loader: file(`${contentDir}/people.yaml`),
  schema: personSchema,
});

export const collections = { articles, people };
