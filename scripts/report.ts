/**
 * npm run report -- [content/articles/x.md ...] [--base origin/main]
 * Prints a Markdown summary of the analysis of the given articles, or of those changed since the change
 * branched from --base (all of them when the people registry changed, or when there is no base to
 * compare with). Counts before the change are shown beside the new ones. CI appends it to the job summary.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ArticleAnalysis } from '../src/analysis/schema';
import type { Person } from '../src/schemas/person';
import { changeBase, changedFiles, fileAt } from '../src/lib/changed-content';
import { analyse } from '../src/lib/lint/analysis';
import { renderReport, type ReportedArticle } from '../src/lib/report';
import { checkArticleSource, checkRegistrySource } from '../src/lib/validate';

const registryFile = 'content/people.yaml';
const articlesDir = 'content/articles';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { base: { type: 'string', default: 'origin/main' } },
});

const base = changeBase(values.base);
const allArticles = () =>
  readdirSync(articlesDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(articlesDir, name));

function filesToReport(): string[] {
  if (positionals.length > 0) return positionals;
  if (!base) {
    console.error(`no ${values.base} to compare with (no remote, or a shallow clone): reporting every article`);
    return allArticles();
  }
  const changed = changedFiles(base, 'content');
  if (changed.includes(registryFile)) return allArticles();
  return changed.filter((file) => file.startsWith(`${articlesDir}/`) && file.endsWith('.md'));
}

const registryOf = (source: string | null): Person[] =>
  source === null ? [] : checkRegistrySource(source, registryFile).people;

function analysisOf(source: string | null, file: string, registry: readonly Person[]): ArticleAnalysis | null {
  if (source === null) return null;
  const checked = checkArticleSource(source, file);
  return checked.data ? analyse({ ...checked, file, data: checked.data }, registry) : null;
}

const registry = registryOf(existsSync(registryFile) ? readFileSync(registryFile, 'utf8') : null);
const registryBefore = base ? registryOf(fileAt(base, registryFile)) : [];
const articles: ReportedArticle[] = filesToReport().map((file) => {
  const analysis = analysisOf(readFileSync(file, 'utf8'), file, registry);
  if (!base) return { file, analysis, before: null };
  const old = fileAt(base, file);
  return { file, analysis, before: old === null ? undefined : analysisOf(old, file, registryBefore) };
});
process.stdout.write(renderReport(articles, new Set(registry.map((person) => person.id))));
