/**
 * A Markdown summary of articles' analyses for a pull request's reviewers: quotes per speaker, the
 * anonymous share, people, dated events and warnings, with the counts before the change where the
 * article existed. `npm run report` prints it; CI writes it to the job summary.
 */
import type { ArticleAnalysis, SourceRecord } from '../analysis/schema';

export interface ReportedArticle {
  readonly file: string;
  /** null when the file does not pass its checks, so it cannot be analysed. */
  readonly analysis: ArticleAnalysis | null;
  /** The analysis of the version the change started from; undefined for a new article. */
  readonly before?: ArticleAnalysis | null | undefined;
}

export function renderReport(articles: readonly ReportedArticle[], registryIds: ReadonlySet<string>): string {
  const heading = `# Analysis of ${articles.length === 1 ? '1 article' : `${articles.length} articles`}`;
  if (articles.length === 0) return `${heading}\n\nNo article changed.\n`;
  return [heading, ...articles.map((article) => articleSection(article, registryIds))].join('\n\n') + '\n';
}

function articleSection({ file, analysis, before }: ReportedArticle, registryIds: ReadonlySet<string>): string {
  if (!analysis) return `## \`${file}\`\n\nNot analysed: fix the errors \`npm run validate\` reports first.`;
  const title = `## ${escapeCell(analysis.title)}\n\n\`${file}\`, published ${analysis.published}${before === undefined ? ' (new)' : ''}`;
  return [
    title,
    summaryTable(analysis, before ?? undefined),
    speakers(analysis),
    people(analysis, registryIds),
    events(analysis),
    warnings(analysis),
  ]
    .filter((part) => part !== '')
    .join('\n\n');
}

interface Counts {
  readonly quotes: number;
  readonly sources: number;
  readonly anonymous: number;
  readonly unattributed: number;
  readonly people: number;
  readonly events: number;
  readonly warnings: number;
}

function countsOf(analysis: ArticleAnalysis): Counts {
  return {
    quotes: analysis.quotes.length,
    sources: analysis.sources.length,
    anonymous: quotesBy(analysis.sources, 'anonymous'),
    unattributed: analysis.quotes.filter((quote) => quote.attribution === 'unattributed').length,
    people: analysis.people.length,
    events: analysis.events.length,
    warnings: analysis.warnings.length,
  };
}

const countLabels: Record<keyof Counts, string> = {
  quotes: 'quotes',
  sources: 'sources quoted',
  anonymous: 'quotes from anonymous sources',
  unattributed: 'quotes without a speaker',
  people: 'people',
  events: 'dated events',
  warnings: 'warnings',
};

function summaryTable(analysis: ArticleAnalysis, before: ArticleAnalysis | undefined): string {
  const now = countsOf(analysis);
  const then = before ? countsOf(before) : undefined;
  const rows = (Object.keys(countLabels) as (keyof Counts)[]).map((key) => {
    const value = key === 'anonymous' ? `${now.anonymous} (${percent(now.anonymous, now.quotes)})` : String(now[key]);
    const change = then && then[key] !== now[key] ? ` (was ${then[key]})` : '';
    return `| ${countLabels[key]} | ${value}${change} |`;
  });
  return ['| | |', '| --- | --: |', ...rows].join('\n');
}

function speakers(analysis: ArticleAnalysis): string {
  if (analysis.sources.length === 0) return '';
  const words = analysis.sources.reduce((sum, source) => sum + source.words, 0);
  const rows = [...analysis.sources]
    .sort((a, b) => b.quotes - a.quotes || b.words - a.words)
    .map(
      (source) =>
        `| ${escapeCell(source.label)} | ${source.kind} | ${source.quotes} | ${source.words} | ${percent(source.words, words)} |`,
    );
  return [
    '### Quotes per speaker',
    '',
    '| speaker | kind | quotes | words | share of quoted words |',
    '| --- | --- | --: | --: | --: |',
    ...rows,
  ].join('\n');
}

function people(analysis: ArticleAnalysis, registryIds: ReadonlySet<string>): string {
  if (analysis.people.length === 0) return '';
  const rows = analysis.people.map(
    (person) =>
      `| ${escapeCell(person.name)} | \`${person.id}\` | ${registryIds.has(person.id) ? 'yes' : '**no**'} | ${person.mentions} | ${person.quoted} |`,
  );
  return [
    '### People',
    '',
    '| name | id | in the registry | mentions | quoted |',
    '| --- | --- | --- | --: | --: |',
    ...rows,
  ].join('\n');
}

function events(analysis: ArticleAnalysis): string {
  if (analysis.events.length === 0) return '';
  const rows = analysis.events.map(
    (event) =>
      `| ${event.date} | ${event.tense} | “${escapeCell(event.expression)}” | ${event.paragraph} | ${escapeCell(event.summary)} |`,
  );
  return [
    '### Dated events',
    '',
    '| date | tense | as written | paragraph | what |',
    '| --- | --- | --- | --: | --- |',
    ...rows,
  ].join('\n');
}

function warnings(analysis: ArticleAnalysis): string {
  if (analysis.warnings.length === 0) return '';
  const items = analysis.warnings.map(
    (warning) => `- ${warning.paragraph === undefined ? '' : `paragraph ${warning.paragraph}: `}${warning.message}`,
  );
  return ['### Warnings', '', ...items].join('\n');
}

function quotesBy(sources: readonly SourceRecord[], kind: SourceRecord['kind']): number {
  return sources.filter((source) => source.kind === kind).reduce((sum, source) => sum + source.quotes, 0);
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((100 * part) / whole)}%`;
}

/** Text inside a Markdown table cell: a pipe would end the cell, a line break the row. */
function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replace(/\s*\n\s*/g, ' ');
}
