/**
 * Checks content files with the site's zod schemas and reports every problem at its line and column,
 * in words an editor can act on: `content/articles/x.md:3:12 published: expected a date like …`.
 * Used by the content loader (a bad file fails the build) and by `npm run validate`.
 */
import type { z } from 'astro/zod';
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import { articleFrontmatterSchema, type ArticleFrontmatter } from '../schemas/article';
import { readFrontmatter } from './frontmatter';

export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** Dotted path of the field, e.g. `published` or `overrides.quotes.0.speaker`; empty for the file. */
  readonly field: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const label = problem.severity === 'warning' ? ' warning' : '';
  return `${where}${label} ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}

export interface CheckedArticle {
  readonly data: ArticleFrontmatter | null;
  readonly body: string;
  /** 1-based line in the file where the body starts. */
  readonly bodyLine: number;
  readonly problems: Problem[];
}

/** Parses and checks one article file's frontmatter. `data` is null when there are errors. */
export function checkArticleSource(source: string, file: string): CheckedArticle {
  const { data, document, lineCounter, split } = readFrontmatter(source);
  const problems: Problem[] = [];
  const at = (line: number, column: number, field: string, message: string): Problem => ({
    file,
    line,
    column,
    field,
    message,
    severity: 'error',
  });

  if (split.yaml === null) {
    problems.push(at(1, 1, '', 'missing frontmatter: start the file with a line "---", the fields, then "---"'));
    return { data: null, body: split.body, bodyLine: split.bodyLine, problems };
  }
  if (document && document.errors.length > 0) {
    for (const error of document.errors) {
      const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1];
      const firstLine = error.message.split('\n')[0] ?? error.message;
      problems.push(at(line + split.yamlLine - 1, column, '', `the frontmatter is not valid YAML: ${firstLine}`));
    }
    return { data: null, body: split.body, bodyLine: split.bodyLine, problems };
  }
  if (document && document.contents !== null && !isMap(document.contents)) {
    problems.push(at(split.yamlLine, 1, '', 'the frontmatter must be fields written as "name: value" lines'));
    return { data: null, body: split.body, bodyLine: split.bodyLine, problems };
  }

  const result = articleFrontmatterSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push(issueProblem(issue, document, lineCounter, split.yamlLine, file));
    }
  }
  if (split.body.trim() === '') {
    problems.push(at(split.bodyLine, 1, '', 'the article has no text after the frontmatter'));
  }
  const ok = result.success && problems.length === 0;
  return { data: ok ? result.data : null, body: split.body, bodyLine: split.bodyLine, problems };
}

/** Maps a zod issue to the line and column of the YAML node it is about. */
export function issueProblem(
  issue: z.core.$ZodIssue,
  document: Document | null,
  lineCounter: LineCounter,
  yamlLine: number,
  file: string,
): Problem {
  const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
  const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const target = unknownKey === undefined ? path : [...path, unknownKey];
  const offset = document ? locate(document, target, unknownKey !== undefined) : undefined;
  const position = offset === undefined ? { line: 1, col: 1 } : lineCounter.linePos(offset);
  const isFileLevel = offset === undefined && path.length > 0;
  return {
    file,
    line: offset === undefined ? Math.max(1, yamlLine - 1) : position.line + yamlLine - 1,
    column: isFileLevel ? 1 : position.col,
    field: target.join('.'),
    message: issue.message,
    severity: 'error',
  };
}

/**
 * Offset of the value at `path` (or of its key when the value is missing, or of the nearest parent
 * that exists), so a missing field points at the group it belongs in.
 */
function locate(document: Document, path: readonly (string | number)[], atKey = false): number | undefined {
  let node: unknown = document.contents;
  let best: number | undefined;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === part);
      if (!pair) return best;
      const keyNode = pair.key as Node;
      const valueNode = pair.value as Node | null;
      best = !atKey && valueNode?.range ? valueNode.range[0] : keyNode.range?.[0];
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part] as Node | undefined;
      if (!item) return best;
      best = item.range?.[0] ?? best;
      node = item;
    } else {
      return best;
    }
  }
  return best;
}
