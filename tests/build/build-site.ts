/**
 * Builds the real site into a temporary folder, once per test run (Vitest global setup), at the domain
 * root and under a sub-path. Build tests read the output through `inject('builds')`.
 */
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { freshBuildFolders, removeBuild } from '../support/build-dir';

export interface BuiltSite {
  /** Folder holding the built site. */
  readonly dir: string;
  /** The `base` it was built with: "/" or "/sub-path/". */
  readonly base: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    builds: { root: BuiltSite; subpath: BuiltSite };
  }
}

/** The repository the sub-path build is told it comes from. */
export const testRepositoryUrl = 'https://github.com/example/quotewire';

export function buildSite(base: string, extraEnv: Record<string, string> = {}): BuiltSite {
  const { dir, env } = freshBuildFolders('site');
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...process.env, ...extraEnv, ...env, BASE_PATH: base, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  indexSearch(dir);
  return { dir, base };
}

/** The search index step every build runs after `astro build` (as `npm run build` does). */
export function indexSearch(dir: string): void {
  execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/search-index.ts', dir], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

export default function setup(project: TestProject): () => void {
  // One build knows its repository (for "Edit this page" links), the other does not.
  const root = buildSite('/', { REPOSITORY_URL: '' });
  const subpath = buildSite('/quotewire/', { REPOSITORY_URL: testRepositoryUrl });
  project.provide('builds', { root, subpath });
  return () => {
    removeBuild(root.dir);
    removeBuild(subpath.dir);
  };
}
