/**
 * Which content files a change touches, and what they were before it, from git. A pull request is
 * compared with where it branched from `origin/main`; uncommitted and new files count too.
 */
import { execFileSync } from 'node:child_process';

function git(args: readonly string[]): string | null {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

/** The commit the change started from, or null when there is no such ref (no remote, a shallow clone). */
export function changeBase(ref: string): string | null {
  return git(['merge-base', ref, 'HEAD'])?.trim() || null;
}

/** Files under `dir` changed since `base`, deleted ones left out, untracked new ones included. */
export function changedFiles(base: string, dir: string): string[] {
  const changed = git(['diff', '--name-only', '--diff-filter=d', base, '--', dir]) ?? '';
  const added = git(['ls-files', '--others', '--exclude-standard', '--', dir]) ?? '';
  return [...new Set(`${changed}\n${added}`.split('\n').filter((line) => line !== ''))].sort();
}

/** A file's text at `base`, or null when it did not exist there. */
export function fileAt(base: string, file: string): string | null {
  return git(['show', `${base}:${file}`]);
}
