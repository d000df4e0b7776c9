/**
 * Checks that need the analysis: editorial corrections that name unknown people or match nothing, the
 * engine's own warnings (misspelt names it attributed, …), and quoted people missing from the registry.
 * The analysis comes from `analyzeArticle`, the function the site builds with: one code path. It is
 * kept in the analysis cache, where the build's content loader finds it (src/lib/analysis-cache.ts).
 */
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { readDocument, type ArticleDocument } from '../../analysis/document';
import type { EditorialOverrides, RegistryPerson } from '../../analysis/input';
import { resolveEventOverride, resolveQuoteOverride } from '../../analysis/overrides';
import type { ArticleAnalysis } from '../../analysis/schema';
import type { ArticleFrontmatter } from '../../schemas/article';
import { analysisCache, type AnalysisCache } from '../analysis-cache';
import { slugOf } from '../article-input';
import type { Problem } from '../validate';
import { positionIn, positionOf, type FieldPath, type Position, type YamlSource } from '../yaml-positions';
import type { Rule } from './rules';

export interface ValidArticle {
  readonly file: string;
  readonly data: ArticleFrontmatter;
  readonly body: string;
  readonly bodyLine: number;
  readonly yaml: YamlSource;
}

export interface RegistryContext {
  readonly people: readonly RegistryPerson[];
  /** How the registry file is named in messages: "content/people.yaml". */
  readonly file: string;
}

let cache: AnalysisCache | undefined;
// The scripts run from source (tsx), possibly in another folder (npm run report's tests): find the engine here.
const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** The analysis the site builds for this article; `corrected: false` leaves the editor's overrides out. */
export function analyse(article: ValidArticle, registry: readonly RegistryPerson[], corrected = true): ArticleAnalysis {
  cache ??= analysisCache(projectRoot);
  return cache.analyse({
    slug: slugOf(article.file),
    title: article.data.title,
    published: article.data.published,
    body: article.body,
    registry,
    overrides: corrected ? article.data.overrides : undefined,
  });
}

/** Analyses the article as the site does and reports what an editor should fix or look at. */
export function lintAnalysis(article: ValidArticle, registry: RegistryContext): Problem[] {
  const overrides = article.data.overrides;
  const analysis = analyse(article, registry.people);
  // Corrections are matched against what the engine read before they were applied.
  const uncorrected = overrides ? analyse(article, registry.people, false) : analysis;
  const document = readDocument(article.body);
  return checkAnalysis({ article, registry, document, overrides, analysis, uncorrected });
}

export interface AnalysisCheckInput {
  readonly article: Pick<ValidArticle, 'file' | 'body' | 'bodyLine' | 'yaml'>;
  readonly registry: RegistryContext;
  readonly document: ArticleDocument;
  readonly overrides: EditorialOverrides | undefined;
  /** The final analysis, corrections applied. */
  readonly analysis: ArticleAnalysis;
  /** The analysis without the corrections. */
  readonly uncorrected: ArticleAnalysis;
}

export function checkAnalysis(input: AnalysisCheckInput): Problem[] {
  return [...overrideProblems(input), ...engineWarnings(input), ...unregisteredSpeakers(input)];
}

function overrideProblems({ article, registry, document, overrides, uncorrected }: AnalysisCheckInput): Problem[] {
  const problems: Problem[] = [];
  const report = (path: FieldPath, rule: Rule, message: string) =>
    problems.push(fieldProblem(article, ['overrides', ...path], rule, message));

  (overrides?.quotes ?? []).forEach((override, index) => {
    const speaker = override.speaker;
    // A person the analysis found in the text has an id too, registered or not.
    const known = [...registry.people, ...uncorrected.people];
    if (speaker !== undefined && !known.some((person) => person.id === speaker)) {
      report(['quotes', index, 'speaker'], 'unknown-person', unknownPersonMessage(speaker, known, registry.file));
    }
    const matches = resolveQuoteOverride(uncorrected.quotes, override);
    const fragment = JSON.stringify(override.match);
    if (matches.length === 0) {
      const message = `${fragment} is in none of the ${uncorrected.quotes.length} quotes the analysis found: copy a few words exactly from inside the quote marks`;
      report(['quotes', index, 'match'], 'override-unmatched', message);
    } else if (matches.length > 1) {
      const where = listOf(matches.map((quote) => quote.paragraph));
      const message = `${fragment} is in ${matches.length} quotes (paragraphs ${where}): use a longer fragment that only one of them contains`;
      report(['quotes', index, 'match'], 'override-ambiguous', message);
    }
  });

  (overrides?.events ?? []).forEach((override, index) => {
    const resolution = resolveEventOverride(uncorrected.events, document, override);
    const expression = JSON.stringify(override.expression);
    if (resolution.kind === 'not-in-text') {
      const message = `${expression} does not occur in the article text: write the time expression exactly as it appears`;
      report(['events', index, 'expression'], 'override-unmatched', message);
    } else if (resolution.kind === 'not-in-paragraph') {
      const message = `paragraph ${resolution.paragraph} does not contain ${expression}`;
      report(['events', index, 'paragraph'], 'override-unmatched', message);
    } else if (resolution.kind === 'ambiguous') {
      const message = `${expression} occurs in paragraphs ${listOf(resolution.paragraphs)}: add "paragraph:" with the number of the one you mean`;
      report(['events', index, 'expression'], 'override-ambiguous', message);
    }
  });
  return problems;
}

function unknownPersonMessage(id: string, known: readonly { id: string }[], registryFile: string): string {
  const parts = id.split('-');
  const similar = new Set(
    known.map((person) => person.id).filter((other) => other.split('-').some((part) => parts.includes(part))),
  );
  const hint = similar.size > 0 ? ` (did you mean ${[...similar].map((other) => `"${other}"`).join(' or ')}?)` : '';
  return `no person has the id "${id}", in ${registryFile} or in the article${hint}: use an id from the registry, or add the person there first`;
}

/** The engine's warnings (a misspelt name it attributed, …) at the paragraph they are about. */
function engineWarnings({ article, document, analysis }: AnalysisCheckInput): Problem[] {
  return analysis.warnings.map((warning) => {
    const where = paragraphPosition(article, document, warning.paragraph);
    const prefix = warning.paragraph === undefined ? '' : `paragraph ${warning.paragraph}: `;
    return bodyProblem(article.file, where, 'analysis', `${prefix}${warning.message}`);
  });
}

/** Quoted people the engine named but the registry lacks, with an entry ready to paste. */
function unregisteredSpeakers({ article, registry, document, analysis }: AnalysisCheckInput): Problem[] {
  const known = new Set(registry.people.map((person) => person.id));
  return analysis.people
    .filter((person) => person.quoted > 0 && !known.has(person.id))
    .map((person) => {
      const first = analysis.quotes.find((quote) => quote.speaker === person.id);
      const entry = { id: person.id, name: person.name, ...(person.role ? { roles: [{ title: person.role }] } : {}) };
      const times = person.quoted === 1 ? 'once' : `${person.quoted} times`;
      const message =
        `paragraph ${first?.paragraph ?? 1}: ${person.name} is quoted ${times} but is not in ${registry.file}; ` +
        `to give them a page, add:\n${stringify([entry]).trimEnd()}`;
      return bodyProblem(
        article.file,
        paragraphPosition(article, document, first?.paragraph),
        'unregistered-speaker',
        message,
      );
    });
}

function fieldProblem(
  article: Pick<ValidArticle, 'file' | 'yaml'>,
  path: FieldPath,
  rule: Rule,
  message: string,
): Problem {
  const where = positionOf(article.yaml, path) ?? { line: 1, column: 1 };
  return { file: article.file, ...where, field: path.join('.'), message, severity: 'error', rule };
}

function bodyProblem(file: string, where: Position, rule: Rule, message: string): Problem {
  return { file, ...where, field: '', message, severity: 'warning', rule };
}

/** File position of a paragraph's first character; the body's first line when there is none. */
function paragraphPosition(
  article: Pick<ValidArticle, 'body' | 'bodyLine'>,
  document: ArticleDocument,
  paragraph: number | undefined,
): Position {
  const offset = paragraph === undefined ? 0 : (document.paragraphs[paragraph - 1]?.start ?? 0);
  const { line, column } = positionIn(article.body, offset);
  return { line: article.bodyLine + line - 1, column };
}

/** "3", "3 and 7", "3, 5 and 7". */
function listOf(numbers: readonly number[]): string {
  const items = numbers.map(String);
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}
