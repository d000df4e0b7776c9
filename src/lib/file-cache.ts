/**
 * A folder of files computed once and kept between builds, each under a key that hashes everything it
 * was made from: a changed input gives a new key, so an entry never goes stale, it only goes unused.
 * Writes go through a temporary name and a rename, so builds running side by side never read half a file.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
  try {
    return new Uint8Array(readFileSync(file));
  } catch {
    // Not made yet (or the cache was cleared).
  }
  const made = await make();
  mkdirSync(dir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, made);
  renameSync(temporary, file);
  return made;
}
