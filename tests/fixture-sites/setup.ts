/**
 * Vitest global setup of the `fixture-sites` project: builds the site from fixture content instead of
 * `content/`, each into a temporary folder: hostile content (HTML and frontmatter that try to run
 * script), odd but valid content (no paragraphs, a 1 MB body, CRLF line endings, ...) and invalid
 * content (the build must fail). It also builds `content/` itself, after recording every content file,
 * so a test can prove that no build wrote to them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { indexSearch } from '../build/build-site';
import { writeOddContent } from '../fixtures/odd-content';
import { freshBuildFolders, removeBuild } from '../support/build-dir';
import { snapshotFiles, type FileSnapshot } from '../support/file-snapshot';

export const contentFolders = {
  hostile: 'tests/fixtures/content-hostile',
  invalid: 'tests/fixtures/content-invalid',
} as const;

export interface BuildRun {
  /** The folder the build wrote to. */
  readonly dir: string;
  readonly contentDir: string;
  readonly status: number | null;
  /** Everything the build printed, stdout then stderr. */
  readonly output: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureBuilds: { content: BuildRun; hostile: BuildRun; odd: BuildRun; invalid: BuildRun };
    contentBefore: { folders: string[]; files: FileSnapshot };
  }
}

export function runBuild(contentDir: string): BuildRun {
  const { dir, env } = freshBuildFolders('fixture');
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...process.env, ...env, CONTENT_DIR: contentDir, BASE_PATH: '/', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status === 0) indexSearch(dir);
  return { dir, contentDir, status: result.status, output: `${result.stdout}${result.stderr}` };
}

export default function setup(project: TestProject): () => void {
  const oddContent = writeOddContent(mkdtempSync(join(tmpdir(), 'quotewire-odd-content-')));
  const folders = ['content', ...Object.values(contentFolders), oddContent];
  project.provide('contentBefore', { folders, files: snapshotFiles(folders) });
  const builds = {
    content: runBuild('content'),
    hostile: runBuild(contentFolders.hostile),
    odd: runBuild(oddContent),
    invalid: runBuild(contentFolders.invalid),
  };
  project.provide('fixtureBuilds', builds);
  return () => {
    for (const build of Object.values(builds)) removeBuild(build.dir);
    rmSync(oddContent, { recursive: true, force: true });
  };
}
