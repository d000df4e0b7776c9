import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkArticleSource, formatProblem } from '../../src/lib/validate';
import { contentFolders } from './setup';

const { invalid } = inject('fixtureBuilds');
const articlesDir = `${contentFolders.invalid}/articles`;
const problems = readdirSync(articlesDir)
  .sort()
  .flatMap((name) => {
    const file = `${articlesDir}/${name}`;
    return checkArticleSource(readFileSync(file, 'utf8'), file).problems.map(formatProblem);
  });

describe('a build of invalid content (tests/fixtures/content-invalid)', () => {
  it('fails', () => {
    expect(invalid.status, invalid.output).not.toBe(0);
  });

  it('prints the validator’s message for every bad file, at its line and column', () => {
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^tests\/fixtures\/content-invalid\/articles\/bad-date\.md:3:12 published: /);
    expect(problems[1]).toMatch(/^tests\/fixtures\/content-invalid\/articles\/misspelt-field\.md:4:1 bylin: /);
    for (const problem of problems) expect(invalid.output).toContain(problem);
  });

  it('publishes nothing, not even the valid article', () => {
    expect(existsSync(join(invalid.dir, 'index.html'))).toBe(false);
    expect(existsSync(join(invalid.dir, 'articles'))).toBe(false);
  });
});
