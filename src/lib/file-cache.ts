/**
 * A folder of files computed once and kept between builds, each under a key that hashes everything it
 * was made from: a changed input gives a new key, so an entry never goes stale, it only goes unused.
 * Writes go through a temporary name and a rename, so builds running side by side never read half a file.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The build's cache folder, relative to the project: `CACHE_DIR` as astro.config.mjs reads it, or Astro's default. */
export function defaultCacheDir(): string {
  return process.env['CACHE_DIR'] ?? 'node_modules/.astro';
}

/** A key for `parts`, in order. */
export function cacheKey(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/** The file `dir/key` (plus `extension`), made by `make` the first time it is asked for. */
export async function cachedFile(
  dir: string,
  key: string,
  extension: string,
  make: () => Promise<Uint8Array<ArrayBuffer>>,
): Promise<Uint8Array<ArrayBuffer>> {
  const file = join(dir, `${key}${extension}`);
  return readCached(file) ?? writeCachedFile(file, await make());
}

/** As `cachedFile`, for what is made synchronously. */
export function cachedFileSync(
  dir: string,
  key: string,
  extension: string,
  make: () => Uint8Array<ArrayBuffer>,
): Uint8Array<ArrayBuffer> {
  const file = join(dir, `${key}${extension}`);
  return readCached(file) ?? writeCachedFile(file, make());
}

/** Each `.ts` file under `dir` (recursive, sorted), as its name and text: what a source digest hashes. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => `${name}\n${readFileSync(join(dir, name), 'utf8')}`);
}

function readCached(file: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    return new Uint8Array(readFileSync(file));
  } catch {
    return undefined; // Not made yet (or the cache was cleared).
  }
}

/** Writes `file` (making its folder), through a temporary name, so no reader sees half of it. */
export function writeCachedFile(file: string, made: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  mkdirSync(join(file, '..'), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, made);
  renameSync(temporary, file);
  return made;
}
