/**
 * Analyses kept between runs, so `npm run build` analyses each article once: `npm run validate` (which
 * runs first and needs the analysis to report problems at their lines) stores what it computes, and the
 * content loader reads it back. The key hashes the engine's input (article, registry, corrections), the
 * engine's source and the lockfile, so a stored analysis is exactly what `analyzeArticle` would return.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeArticle, type ArticleInput } from '../analysis/index';
import type { ArticleAnalysis } from '../analysis/schema';
import { cachedFileSync, cacheKey, defaultCacheDir, sourceFiles } from './file-cache';

export interface AnalysisCache {
  /** `analyzeArticle(input)`, from the cache when the same input was analysed by the same engine. */
  readonly analyse: (input: ArticleInput) => ArticleAnalysis;
}

/**
 * `root` is the project folder (holding `src/analysis/`); entries go to `<cacheDir>/analyses/`, Astro's
 * cache folder by default (`CACHE_DIR`, as astro.config.mjs reads it), so clearing it clears them too.
 */
export function analysisCache(root: string, cacheDir = defaultCacheDir()): AnalysisCache {
  const dir = join(resolve(root, cacheDir), 'analyses');
  const lockfile = join(root, 'package-lock.json');
  const engine = cacheKey(
    ...sourceFiles(join(root, 'src/analysis')),
    existsSync(lockfile) ? readFileSync(lockfile, 'utf8') : '',
  );
  const registryKeys = new WeakMap<NonNullable<ArticleInput['registry']>, string>();
  const registryKey = (registry: ArticleInput['registry']): string => {
    if (registry === undefined) return '';
    const known = registryKeys.get(registry);
    if (known !== undefined) return known;
    const key = cacheKey(JSON.stringify(registry));
    registryKeys.set(registry, key);
    return key;
  };
  const encoder = new TextEncoder();
  return {
    analyse: (input) => {
      const { registry, ...article } = input;
      const key = cacheKey(engine, registryKey(registry), JSON.stringify(article));
      const stored = cachedFileSync(dir, key, '.json', () => encoder.encode(JSON.stringify(analyzeArticle(input))));
      return JSON.parse(new TextDecoder().decode(stored)) as ArticleAnalysis;
    },
  };
}
