/** Names that must be unique across the content: person ids in the registry, and article slugs. */
import { slugOf } from '../article-input';
import type { Problem } from '../validate';
import { documentValue } from '../yaml-data';
import { positionOf, type YamlSource } from '../yaml-positions';

/** A second registry entry with an id already used: both would claim the same page and quotes. */
export function duplicateIds(yaml: YamlSource, file: string): Problem[] {
  const value = yaml.document ? documentValue(yaml.document) : undefined;
  const entries: unknown[] = Array.isArray(value) ? value : [];
  const firstLine = new Map<string, number>();
  const problems: Problem[] = [];
  entries.forEach((entry, index) => {
    const id = entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>)['id'] : undefined;
    const where = positionOf(yaml, [index, 'id']);
    if (typeof id !== 'string' || !where) return;
    const earlier = firstLine.get(id);
    if (earlier === undefined) {
      firstLine.set(id, where.line);
      return;
    }
    const message = `"${id}" is already the id of the person at line ${earlier}: every person needs their own id`;
    problems.push({ file, ...where, field: `${index}.id`, message, severity: 'error', rule: 'duplicate-id' });
  });
  return problems;
}

/** Article files whose slugs collide (same name in two folders, or differing only in case). */
export function duplicateSlugs(files: readonly string[]): Problem[] {
  const firstFile = new Map<string, string>();
  const problems: Problem[] = [];
  for (const file of files) {
    const key = slugOf(file).toLowerCase();
    const earlier = firstFile.get(key);
    if (earlier === undefined) {
      firstFile.set(key, file);
      continue;
    }
    const message = `the address /articles/${slugOf(file)}/ is also the address of ${earlier}: rename one of the files`;
    problems.push({ file, line: 1, column: 1, field: '', message, severity: 'error', rule: 'duplicate-slug' });
  }
  return problems;
}
