/** A record of every file under some folders (hash and modification time), to prove nothing wrote to them. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** File path -> "sha256 mtime". */
export type FileSnapshot = Record<string, string>;

export function snapshotFiles(folders: readonly string[]): FileSnapshot {
  const snapshot: FileSnapshot = {};
  for (const folder of folders) {
    for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
      const path = join(folder, name);
      const stat = statSync(path);
      if (!stat.isFile()) continue;
      const hash = createHash('sha256').update(readFileSync(path)).digest('hex');
      snapshot[path] = `${hash} ${stat.mtimeMs}`;
    }
  }
  return snapshot;
}
