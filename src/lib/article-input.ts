/**
 * Turns an article file into the engine's input. The content loader, `npm run analyze` and the tests
 * all go through here, so the site and the CLI analyse the same text in the same way.
 */
import { basename } from 'node:path';
import type { ArticleInput, RegistryPerson } from '../analysis/input';
import { readFrontmatter } from './frontmatter';

/** The slug of `content/articles/<slug>.md`. */
export function slugOf(filePath: string): string {
  return basename(filePath).replace(/\.md$/i, '');
}

/**
 * Reads an article's source into engine input. Frontmatter is taken as written: check it with the
 * article schema first where correctness matters (the site and `npm run validate` do).
 */
export function articleInputFromSource(
  source: string,
  filePath: string,
  registry: readonly RegistryPerson[],
): ArticleInput {
  const { data, split } = readFrontmatter(source);
  const published = typeof data['published'] === 'string' ? data['published'] : '';
  return {
    slug: slugOf(filePath),
    title: typeof data['title'] === 'string' ? data['title'] : '',
    published,
    body: split.body,
    registry,
    overrides: (data['overrides'] ?? undefined) as ArticleInput['overrides'],
  };
}
