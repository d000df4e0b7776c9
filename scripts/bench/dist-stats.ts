/**
 * What a build wrote: total size, pages, and the largest file of each kind of page, so a page that grows
 * with the archive (a list that does not paginate) shows up when the corpus grows.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface LargestFile {
  readonly path: string;
  readonly bytes: number;
}

export interface DistStats {
  readonly bytes: number;
  readonly files: number;
  readonly pages: number;
  /** The largest HTML page of each section: "articles", "people", "(root)", … */
  readonly largestPage: ReadonlyMap<string, LargestFile>;
  /** The largest file under `api/articles/`, the per-article JSON. */
  readonly largestArticleJson: LargestFile | undefined;
  /** The largest file of the search index. */
  readonly largestSearchFile: LargestFile | undefined;
}

export function distStats(dir: string): DistStats {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  const largestPage = new Map<string, LargestFile>();
  let largestArticleJson: LargestFile | undefined;
  let largestSearchFile: LargestFile | undefined;
  const larger = (current: LargestFile | undefined, file: LargestFile) =>
    current === undefined || file.bytes > current.bytes ? file : current;

  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dir, entry));
    if (!stat.isFile()) continue;
    const path = relative(dir, join(dir, entry)).split(sep).join('/');
    const file = { path, bytes: stat.size };
    bytes += stat.size;
    files += 1;
    if (path.endsWith('.html')) {
      pages += 1;
      const section = sectionOf(path);
      largestPage.set(section, larger(largestPage.get(section), file));
    } else if (path.startsWith('api/articles/')) {
      largestArticleJson = larger(largestArticleJson, file);
    } else if (path.startsWith('pagefind/')) {
      largestSearchFile = larger(largestSearchFile, file);
    }
  }
  return { bytes, files, pages, largestPage, largestArticleJson, largestSearchFile };
}

/** "people/ada-lindqvist/2/index.html" -> "people/<id>"; "quotes/3/index.html" -> "quotes"; "2/index.html" -> "(root)". */
export function sectionOf(path: string): string {
  const parts = path.split('/').slice(0, -1);
  const [first, second] = parts;
  if (first === undefined || /^\d+$/.test(first)) return '(root)';
  if (first === 'people' && second !== undefined && !/^\d+$/.test(second)) return 'people/<id>';
  if (first === 'events' && second !== undefined && /^\d{4}$/.test(second)) return 'events/<year>';
  if (first === 'quotes' && second === 'speakers') return 'quotes/speakers';
  return first;
}
