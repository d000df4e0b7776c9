/** The registry's own checks, for the shapes of mistake the fixture folders do not hold. */
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintContent } from '../../../src/lib/lint/index';
import { checkArticleSource, checkRegistrySource, formatProblem } from '../../../src/lib/validate';

const check = (source: string) => checkRegistrySource(source, 'content/people.yaml').problems.map(formatProblem);

describe('the people registry check', () => {
  it('points at broken YAML where reading stopped', () => {
    expect(check('- id: ada\n  name: "Ada\n')).toEqual([
      'content/people.yaml:3:1 the registry is not valid YAML: Missing closing "quote',
    ]);
  });

  it('reports an alias to no anchor, and aliases multiplied into a huge value, instead of throwing', () => {
    expect(check('- id: ada-lindqvist\n  name: *nope\n')).toEqual([
      'content/people.yaml:2:9 the registry is not valid YAML: Unresolved alias (the anchor must be set before the alias): nope',
    ]);
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ];
    const article = checkArticleSource(`---\n${bomb.join('\n')}\n---\n\nText.\n`, 'a.md');
    expect(article.problems.map(formatProblem)).toEqual([
      'a.md:3:8 the frontmatter is not valid YAML: Excessive alias count indicates a resource exhaustion attack',
    ]);
  });

  it('wants a list of people', () => {
    expect(check('id: ada-lindqvist\nname: Ada Lindqvist\n')).toEqual([
      'content/people.yaml:1:1 expected a list of people (lines starting with "- id:")',
    ]);
  });

  it('keeps the good entries when others are bad, so the articles can still be checked', () => {
    const checked = checkRegistrySource(
      '- id: ada-lindqvist\n  name: Ada Lindqvist\n- id: Bad Id\n  name: X\n',
      'p.yaml',
    );
    expect(checked.people.map((person) => person.id)).toEqual(['ada-lindqvist']);
    expect(checked.problems.map(formatProblem)).toEqual([
      'p.yaml:3:7 1.id: expected a person id like "jake-sullivan" (lower-case letters, digits and hyphens), got "Bad Id"',
    ]);
  });

  it('reports a content folder without a registry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quotewire-empty-'));
    mkdirSync(join(dir, 'articles'));
    const { problems } = lintContent(dir, dir);
    expect(problems.map(formatProblem)).toEqual([
      'people.yaml:1:1 the people registry is missing: create it, even as an empty list ([])',
    ]);
  });
});
