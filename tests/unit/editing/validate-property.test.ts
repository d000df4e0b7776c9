/**
 * Whatever an editor writes, the checks answer with problems that point inside the file: they never
 * throw, and every line and column exists.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintAnalysis } from '../../../src/lib/lint/analysis';
import { lintBody } from '../../../src/lib/lint/body';
import { checkArticleSource, checkRegistrySource, type Problem } from '../../../src/lib/validate';

/** Lines and columns of the file, 1-based; a column may sit just past a line's last character. */
function expectInside(problems: readonly Problem[], source: string): void {
  const lines = source.split('\n');
  for (const problem of problems) {
    expect(problem.line, problem.message).toBeGreaterThanOrEqual(1);
    expect(problem.line, problem.message).toBeLessThanOrEqual(lines.length + 1);
    expect(problem.column, problem.message).toBeGreaterThanOrEqual(1);
    expect(problem.column, problem.message).toBeLessThanOrEqual((lines[problem.line - 1]?.length ?? 0) + 1);
  }
}

/** Pieces editors' files are made of, mistakes included. */
const piece = fc.constantFrom(
  '---',
  'title: "A headline"',
  'title: 42',
  'published: "2023-03-13"',
  'published: 13/03/2023',
  'overrides:',
  '  quotes:',
  '    - match: "we will"',
  '      speaker: jake-sullivan',
  '      notQuote: true',
  '  events:',
  '    - expression: "on Friday"',
  '      date: "2023-03"',
  '      precision: day',
  'tags: [a, b',
  '"unclosed',
  '',
  '“We will,” she said.',
  'He said ” and “ and "',
  '<span onclick="x()">hi</span>',
  '<!-- note -->',
  '- a list item',
  '> a block quote',
  'Text on Friday, in July.',
);
const file = fc.array(fc.oneof(piece, fc.string()), { maxLength: 30 }).map((lines) => lines.join('\n'));

describe('the content checks on anything an editor could write', () => {
  it('report article problems inside the file and never throw', () => {
    fc.assert(
      fc.property(file, (source) => {
        const checked = checkArticleSource(source, 'a.md');
        const problems = [
          ...checked.problems,
          ...lintBody({ file: 'a.md', body: checked.body, bodyLine: checked.bodyLine }),
        ];
        if (checked.data)
          problems.push(
            ...lintAnalysis({ ...checked, file: 'a.md', data: checked.data }, { people: [], file: 'p.yaml' }),
          );
        expectInside(problems, source);
      }),
      { numRuns: 300 },
    );
  });

  it('report registry problems inside the file and never throw', () => {
    const entry = fc.constantFrom(
      '- id: ada-lindqvist',
      '  name: Ada',
      '- id: Bad Id',
      '  roles:',
      '    - title: X',
      '      from: soon',
      '  nickname: x',
      '- id: ada-lindqvist',
    );
    const registry = fc.array(fc.oneof(entry, fc.string()), { maxLength: 20 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(registry, (source) => expectInside(checkRegistrySource(source, 'p.yaml').problems, source)),
      { numRuns: 300 },
    );
  });
});
