/** Reads built pages as parsed HTML (cheerio), for assertions on structure rather than text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

/** Loads `<dir>/<path>`; a path ending in "/" means its index.html. */
export function page(dir: string, path: string): CheerioAPI {
  const file = path.endsWith('/') || path === '' ? join(path, 'index.html') : path;
  return load(readFileSync(join(dir, file), 'utf8'));
}
