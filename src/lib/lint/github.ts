/**
 * GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message` lines that GitHub
 * shows on the pull request's diff, at the line. See "Workflow commands for GitHub Actions".
 */
import type { Problem } from '../validate';
import { rules } from './rules';

/** Message text: `%`, CR and LF are escaped so a multi-line message stays one command. */
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Property values also escape `:` and `,`, which separate properties. */
function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

export function githubAnnotation(problem: Problem): string {
  const title = problem.field ? `${rules[problem.rule]}: ${problem.field}` : rules[problem.rule];
  const properties = [
    `file=${escapeProperty(problem.file)}`,
    `line=${problem.line}`,
    `col=${problem.column}`,
    `title=${escapeProperty(title)}`,
  ].join(',');
  return `::${problem.severity} ${properties}::${escapeData(problem.message)}`;
}
