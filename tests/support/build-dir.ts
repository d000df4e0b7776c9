/**
 * Where a test build writes: a fresh folder inside the project, with the site in `site/` and Astro's
 * content-layer cache in `cache/`. Builds run side by side (two test projects, two people's test runs),
 * and Astro shares two things between builds unless told otherwise: the prerender chunks of any build
 * whose output is outside the project (`.astro/.prerender/`), and the content cache, from which the
 * pages are rendered (`node_modules/.astro/`). Either makes one build publish another's pages.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const parent = resolve('node_modules/.cache/quotewire-builds');

export interface BuildFolders {
  /** The built site. */
  readonly dir: string;
  /** Environment for `astro build`: `OUT_DIR` and `CACHE_DIR` (read by `astro.config.mjs`). */
  readonly env: { OUT_DIR: string; CACHE_DIR: string };
}

export function freshBuildFolders(name: string): BuildFolders {
  mkdirSync(parent, { recursive: true });
  const folder = mkdtempSync(join(parent, `${name}-`));
  const dir = join(folder, 'site');
  return { dir, env: { OUT_DIR: dir, CACHE_DIR: join(folder, 'cache') } };
}

/** Removes a build made by `freshBuildFolders`, site and cache. */
export function removeBuild(dir: string): void {
  if (dir.startsWith(parent)) rmSync(join(dir, '..'), { recursive: true, force: true });
}
