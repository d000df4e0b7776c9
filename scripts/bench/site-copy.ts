/**
 * A temporary copy of the site to build a generated corpus in: the repository's files as they are in
 * the working tree (tracked, and untracked unless ignored), `node_modules` linked entry by entry so the
 * copy keeps its own caches (`node_modules/.astro`, `.vite`), and the content replaced by the corpus.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Folders of the copy that hold caches, never shared with the repository. */
const ownCaches = new Set(['.astro', '.vite', '.cache']);

/**
 * The plain baseline is a news site without the analysis: its article pages (same pipeline, same
 * sanitising), home pages, feed, sitemap, search and link-preview cards, without the derived pages.
 */
const plainPages = new Set([
  '[...page].astro',
  '404.astro',
  'articles/[slug].astro',
  'og/[...card].png.ts',
  'rss.xml.ts',
  'robots.txt.ts',
  'search.astro',
]);
/** The bare build also leaves out the reader features that cost the most (cards, search), to show their cost. */
const barePages = new Set([...plainPages].filter((page) => page !== 'og/[...card].png.ts' && page !== 'search.astro'));

export type Variant = 'full' | 'plain' | 'bare';

const keptPages: Record<Variant, ReadonlySet<string> | undefined> = {
  full: undefined,
  plain: plainPages,
  bare: barePages,
};

export function copySite(repo: string, variant: Variant): string {
  const dir = mkdtempSync(join(tmpdir(), `quotewire-bench-${variant}-`));
  const pages = keptPages[variant];
  for (const file of workingTreeFiles(repo)) {
    if (file.startsWith('content/')) continue;
    if (pages && file.startsWith('src/pages/') && !pages.has(file.slice('src/pages/'.length))) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(repo, file), join(dir, file));
  }
  for (const page of pages ?? []) {
    if (!existsSync(join(dir, 'src/pages', page))) {
      throw new Error(`the ${variant} build needs src/pages/${page}: update plainPages in scripts/bench/site-copy.ts`);
    }
  }
  linkNodeModules(join(repo, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Forgets what earlier builds cached, so the next build is a cold one. */
export function clearBuildCache(site: string): void {
  for (const cache of ownCaches) rmSync(join(site, 'node_modules', cache), { recursive: true, force: true });
  rmSync(join(site, '.astro'), { recursive: true, force: true });
}

function workingTreeFiles(repo: string): string[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // A tracked file deleted in the working tree is still listed: skip what is gone.
  return [...new Set(listed.split('\0'))].filter((file) => file !== '' && isFile(join(repo, file)));
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

function linkNodeModules(from: string, to: string): void {
  if (!existsSync(from)) throw new Error(`${from} is missing: run npm install first`);
  mkdirSync(to);
  for (const entry of readdirSync(from)) {
    if (!ownCaches.has(entry)) symlinkSync(join(from, entry), join(to, entry));
  }
}
