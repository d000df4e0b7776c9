/**
 * Checks content files with the site's zod schemas and reports every problem at its line and column,
 * in words an editor can act on: `content/articles/x.md:3:12 published: expected a date like …`.
 * Used by the content loader (a bad file fails the build) and by `npm run validate`.
 */
import type { z } from 'astro/zod';
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import { articleFrontmatterSchema, type ArticleFrontmatter } from '../schemas/article';
import { personSchema, type Person } from '../schemas/person';
import { readFrontmatter } from './frontmatter';
import { documentValue } from './yaml-data';
import type { Rule } from './lint/rules';
import { positionIn, positionOf, type FieldPath, type Position, type YamlSource } from './yaml-positions';

export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** Dotted path of the field, e.g. `published` or `overrides.quotes.0.speaker`; empty for the file. */
  readonly field: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  /** Which check found it (see `rules`), so CONTRIBUTING.md can explain it. */
  readonly rule: Rule;
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
  /** The frontmatter with positions, to point later checks at a field. */
  readonly yaml: YamlSource;
}

/** Parses and checks one article file's frontmatter. `data` is null when there are errors. */
export function checkArticleSource(source: string, file: string): CheckedArticle {
  const { data, document, lineCounter, split } = readFrontmatter(source);
  const yaml: YamlSource = { document, lineCounter, firstLine: split.yamlLine };
  const problems: Problem[] = [];
  const result = { body: split.body, bodyLine: split.bodyLine, problems, yaml };

  if (split.yaml === null) {
    const message = 'missing frontmatter: start the file with a line "---", the fields, then "---"';
    problems.push({ ...at(file, { line: 1, column: 1 }, '', message), rule: 'frontmatter' });
    return { ...result, data: null };
  }
  const structural = documentProblems(split.yaml, document, yaml, file, 'the frontmatter');
  if (structural.length > 0) return { ...result, data: null, problems: structural };

  const parsed = articleFrontmatterSchema.safeParse(data);
  if (!parsed.success) {
    problems.push(...parsed.error.issues.map((issue) => issueProblem(issue, yaml, file, 'frontmatter')));
  }
  if (split.body.trim() === '') {
    const message = 'the article has no text after the frontmatter';
    problems.push({ ...at(file, { line: split.bodyLine, column: 1 }, '', message), rule: 'empty-body' });
  }
  return { ...result, data: parsed.success && problems.length === 0 ? parsed.data : null };
}

export interface CheckedRegistry {
  /** The entries that passed their checks, so the rest of the content can still be checked. */
  readonly people: Person[];
  readonly problems: Problem[];
  readonly yaml: YamlSource;
}

/** Parses and checks the people registry entry by entry, naming each bad field at its line. */
export function checkRegistrySource(source: string, file: string): CheckedRegistry {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false });
  const yaml: YamlSource = { document, lineCounter, firstLine: 1 };
  const value = documentValue(document) ?? [];
  const structural = documentProblems(source, document, yaml, file, 'the registry', 'registry');
  if (structural.length > 0) return { people: [], problems: structural, yaml };

  if (!Array.isArray(value)) {
    const message = 'expected a list of people (lines starting with "- id:")';
    return { people: [], problems: [{ ...at(file, { line: 1, column: 1 }, '', message), rule: 'registry' }], yaml };
  }
  const people: Person[] = [];
  const problems: Problem[] = [];
  value.forEach((entry: unknown, index) => {
    const parsed = personSchema.safeParse(entry);
    if (parsed.success) {
      people.push(parsed.data);
      return;
    }
    for (const issue of parsed.error.issues) {
      const problem = issueProblem({ ...issue, path: [index, ...issue.path] }, yaml, file, 'registry');
      problems.push({ ...problem, field: registryField(entry, problem.field) });
    }
  });
  return { people, problems, yaml };
}

/** `3.roles.0.from` -> `jake-sullivan.roles.0.from`: the entry's id names it better than its place. */
function registryField(entry: unknown, field: string): string {
  const id = entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>)['id'] : undefined;
  const [index, ...rest] = field.split('.');
  const usable = typeof id === 'string' && id.trim() !== '' && rest[0] !== 'id';
  return [usable ? id : index, ...rest].join('.');
}

/** YAML syntax errors, or a document that is not a mapping / list of fields at all. */
function documentProblems(
  text: string,
  document: Document | null,
  yaml: YamlSource,
  file: string,
  what: string,
  rule: Rule = 'frontmatter',
): Problem[] {
  if (!document) return [];
  if (document.errors.length > 0) {
    return document.errors.map((error) => {
      // Positions from the text itself: the line counter stops counting where the parser gave up.
      const position = positionIn(text, error.pos[0]);
      const firstLine = error.message.split('\n')[0] ?? error.message;
      const where = { line: position.line + yaml.firstLine - 1, column: position.column };
      return { ...at(file, where, '', `${what} is not valid YAML: ${firstLine}`), rule: 'yaml' };
    });
  }
  if (rule === 'frontmatter' && document.contents !== null && !isMap(document.contents)) {
    const message = 'the frontmatter must be fields written as "name: value" lines';
    return [{ ...at(file, { line: yaml.firstLine, column: 1 }, '', message), rule }];
  }
  return [];
}

/** Maps a zod issue to the line and column of the YAML node it is about. */
export function issueProblem(issue: z.core.$ZodIssue, yaml: YamlSource, file: string, rule: Rule): Problem {
  const path: FieldPath = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
  const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const target = unknownKey === undefined ? path : [...path, unknownKey];
  const position = positionOf(yaml, target, unknownKey !== undefined);
  // A field missing from the file entirely points at the opening `---` line.
  const where = position ?? { line: Math.max(1, yaml.firstLine - 1), column: 1 };
  return { ...at(file, where, target.join('.'), issue.message), rule };
}

function at(file: string, where: Position, field: string, message: string): Omit<Problem, 'rule'> {
  return { file, line: where.line, column: where.column, field, message, severity: 'error' };
}
