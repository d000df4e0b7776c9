/**
 * Checks a whole content folder (`articles/**\/*.md` and `people.yaml`) and returns every problem in
 * every file, errors and warnings, in file and line order. `npm run validate` prints them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { checkArticleSource, checkRegistrySource, type Problem } from '../validate';
import { lintAnalysis, type RegistryContext } from './analysis';
import { lintBody } from './body';
import { duplicateIds, duplicateSlugs } from './unique';

export interface ContentReport {
  readonly problems: Problem[];
  /** Files read, as named in the problems. */
  readonly files: string[];
}

/** `contentDir` holds `articles/` and `people.yaml`; file names in problems are relative to `cwd`. */
export function lintContent(contentDir: string, cwd = process.cwd()): ContentReport {
  const root = resolve(cwd, contentDir);
  const name = (path: string) => relative(cwd, path).split(sep).join('/');
  const registryPath = join(root, 'people.yaml');
  const registryFile = name(registryPath);
  const problems: Problem[] = [];

  let registry: RegistryContext = { people: [], file: registryFile };
  if (existsSync(registryPath)) {
    const checked = checkRegistrySource(readFileSync(registryPath, 'utf8'), registryFile);
    problems.push(...checked.problems, ...duplicateIds(checked.yaml, registryFile));
    registry = { people: checked.people, file: registryFile };
  } else {
    const message = 'the people registry is missing: create it, even as an empty list ([])';
    problems.push({ file: registryFile, line: 1, column: 1, field: '', message, severity: 'error', rule: 'registry' });
  }

  const articlePaths = markdownFiles(join(root, 'articles'));
  const articleFiles = articlePaths.map(name);
  articlePaths.forEach((path, index) => {
    const file = articleFiles[index] ?? path;
    const checked = checkArticleSource(readFileSync(path, 'utf8'), file);
    problems.push(...checked.problems, ...lintBody({ file, body: checked.body, bodyLine: checked.bodyLine }));
    if (checked.data) problems.push(...lintAnalysis({ ...checked, file, data: checked.data }, registry));
  });
  problems.push(...duplicateSlugs(articleFiles));
  return { problems: problems.sort(byPlace), files: [registryFile, ...articleFiles] };
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => join(dir, file));
}

function byPlace(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
