/**
 * npm run validate [-- --content <dir>]
 * Checks every content file (articles and the people registry) and prints every problem as
 * `file:line:col field: message`. Exits 1 when there is an error; warnings alone do not fail.
 * Under GitHub Actions it also prints annotations, so the pull request's diff is marked at the line.
 */
import { parseArgs } from 'node:util';
import { githubAnnotation } from '../src/lib/lint/github';
import { lintContent } from '../src/lib/lint/index';
import { formatProblem } from '../src/lib/validate';

const { values } = parseArgs({ options: { content: { type: 'string', default: 'content' } } });

const { problems, files } = lintContent(values.content);
for (const problem of problems) console.log(formatProblem(problem));
if (process.env['GITHUB_ACTIONS'] === 'true') {
  for (const problem of problems) console.log(githubAnnotation(problem));
}

const errors = problems.filter((problem) => problem.severity === 'error').length;
const warnings = problems.length - errors;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
console.error(`${plural(files.length, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
process.exitCode = errors > 0 ? 1 : 0;
