/** The registry's own checks, for the shapes of mistake the fixture folders do not hold. */
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintContent } from '../../../src/lib/lint/index';
import { checkRegistrySource, formatProblem } from '../../../src/lib/validate';

const check = (source: string) => checkRegistrySource(source, 'content/people.yaml').problems.map(formatProblem);

describe('the people registry check', () => {
  it('points at broken YAML where reading stopped', () => {
    expect(check('- id: ada\n  name: "Ada\n')).toEqual([
      'content/people.yaml:3:1 the registry is not valid YAML: Missing closing "quote',
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
