/**
 * The checks that read the analysis, on a hand-made analysis (see analysis-fixture.ts), so each case
 * is exact whatever the engine's progress. `npm run validate` feeds them the engine's real output.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../../src/analysis/schema';
import { checkAnalysis } from '../../../src/lib/lint/analysis';
import { githubAnnotation } from '../../../src/lib/lint/github';
import { checkArticleSource, formatProblem } from '../../../src/lib/validate';
import { analysis, body, document, registry } from './analysis-fixture';

const file = 'content/articles/ferry.md';
const frontmatter = (overrides: string) => `---\ntitle: "Ferry"\npublished: "2023-03-13"\n${overrides}---\n\n${body}\n`;

function lint(overridesYaml: string, final: ArticleAnalysis = analysis): string[] {
  const checked = checkArticleSource(frontmatter(overridesYaml), file);
  if (!checked.data) throw new Error(checked.problems.map(formatProblem).join('\n'));
  return checkAnalysis({
    article: { ...checked, file },
    registry: { people: registry, file: 'content/people.yaml' },
    document,
    overrides: checked.data.overrides,
    analysis: final,
    uncorrected: analysis,
  }).map(formatProblem);
}

describe('the analysis checks', () => {
  it('passes the engine’s warnings on at their paragraph’s line', () => {
    expect(lint('')).toEqual(['content/articles/ferry.md:10:1 warning paragraph 3: “Vell” is attributed to Mara Vell']);
  });

  it('reports a quote correction whose fragment is in several quotes, at the fragment', () => {
    const overrides = 'overrides:\n  quotes:\n    - match: "es"\n      notQuote: true\n';
    expect(lint(overrides)).toContain(
      'content/articles/ferry.md:6:14 overrides.quotes.0.match: "es" is in 2 quotes (paragraphs 2 and 3): use a longer fragment that only one of them contains',
    );
  });

  it('accepts a correction that matches one quote and names a registered person', () => {
    const overrides = 'overrides:\n  quotes:\n    - match: "has not agreed"\n      speaker: tomas-hale\n';
    expect(lint(overrides)).toEqual([
      'content/articles/ferry.md:14:1 warning paragraph 3: “Vell” is attributed to Mara Vell',
    ]);
  });

  it('accepts as speaker a person the analysis found in the text, and names unknown ones with close ids', () => {
    const withRoca = {
      ...analysis,
      people: [...analysis.people, { id: 'ines-roca', name: 'Ines Roca', mentions: 1, quoted: 0 }],
    };
    const overrides = (id: string) => `overrides:\n  quotes:\n    - match: "has not agreed"\n      speaker: ${id}\n`;
    const lintWith = (id: string) => {
      const checked = checkArticleSource(frontmatter(overrides(id)), file);
      if (!checked.data) throw new Error('invalid fixture');
      return checkAnalysis({
        article: { ...checked, file },
        registry: { people: registry, file: 'content/people.yaml' },
        document,
        overrides: checked.data.overrides,
        analysis: { ...withRoca, warnings: [] },
        uncorrected: withRoca,
      }).map(formatProblem);
    };
    expect(lintWith('ines-roca')).toEqual([]);
    expect(lintWith('ines-rocca')).toEqual([
      'content/articles/ferry.md:7:16 overrides.quotes.0.speaker: no person has the id "ines-rocca", in content/people.yaml or in the article (did you mean "ines-roca"?): use an id from the registry, or add the person there first',
    ]);
  });

  it('offers a ready-to-paste registry entry for a quoted person the registry lacks', () => {
    const final: ArticleAnalysis = {
      ...analysis,
      warnings: [],
      people: [
        ...analysis.people,
        { id: 'ines-roca', name: 'Ines Roca', role: 'union leader', mentions: 1, quoted: 2 },
      ],
      quotes: analysis.quotes.map((quote) =>
        quote.paragraph === 2 ? { ...quote, speaker: 'ines-roca', speakerName: 'Ines Roca' } : quote,
      ),
    };
    const [problem] = lint('', final);
    expect(problem).toBe(
      [
        'content/articles/ferry.md:8:1 warning paragraph 2: Ines Roca is quoted 2 times but is not in content/people.yaml; to give them a page, add:',
        '- id: ines-roca',
        '  name: Ines Roca',
        '  roles:',
        '    - title: union leader',
      ].join('\n'),
    );
  });

  it('keeps a multi-line message on one annotation line', () => {
    const annotation = githubAnnotation({
      file: 'content/people.yaml',
      line: 3,
      column: 1,
      field: 'a,b',
      message: '50% done\nnext',
      severity: 'warning',
      rule: 'unregistered-speaker',
    });
    expect(annotation).toBe(
      '::warning file=content/people.yaml,line=3,col=1,title=Quoted person not in the registry%3A a%2Cb::50%25 done%0Anext',
    );
  });
});
