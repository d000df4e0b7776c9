/**
 * What the content loader makes of an article, kept out of Astro's content store: its analysis, its
 * rendered and sanitised HTML and its Markdown body, one file per entry digest in `<cacheDir>/articles/`.
 * Astro imports its whole store as one module, and that import grows with the square of the store's size
 * (README, "Performance at scale"), so a store entry holds only the frontmatter and the digest.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ArticleAnalysis } from '../analysis/schema';
import { defaultCacheDir, writeCachedFile } from './file-cache';

export interface ArticleParts {
  readonly analysis: ArticleAnalysis;
  /** The article text as HTML: annotated and sanitised by the site's Markdown pipeline. */
  readonly html: string;
  /** The Markdown body, below the frontmatter. */
  readonly body: string;
}

/** Where the parts live: `root` is the project folder (the build's working folder at page time). */
export function articlePartsDir(root = process.cwd()): string {
  return join(resolve(root, defaultCacheDir()), 'articles');
}

const fileOf = (dir: string, digest: string) => join(dir, `${digest}.json`);

export function hasArticleParts(dir: string, digest: string): boolean {
  return existsSync(fileOf(dir, digest));
}

export function writeArticleParts(dir: string, digest: string, parts: ArticleParts): void {
  writeCachedFile(fileOf(dir, digest), new TextEncoder().encode(JSON.stringify(parts)));
}

interface StoredArticle {
  readonly id: string;
  readonly digest?: string | number | undefined;
}

const read = new Map<string, ArticleParts>();

/** The parts of a collection entry, read once per digest (an edited article has a new digest). */
export function articleParts(entry: StoredArticle, dir = articlePartsDir()): ArticleParts {
  const file = fileOf(dir, String(entry.digest));
  const known = read.get(file);
  if (known) return known;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(
      `Article "${entry.id}": its analysis and HTML are missing from the cache (${file}). The cache was ` +
        'cleared after the content was loaded: build again, and the loader renders the article anew.',
    );
  }
  const parts = JSON.parse(text) as ArticleParts;
  read.set(file, parts);
  return parts;
}
