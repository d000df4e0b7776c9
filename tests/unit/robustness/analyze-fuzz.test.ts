/**
 * Whatever an article file holds, reading it never throws: the validator reports problems instead, and
 * the engine analyses any body it is given (the path the site's loader and `npm run analyze` take).
 * Bodies are random text, and random news-like text built from the pieces the engine reacts to.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/analysis/index';
import { readDocument } from '../../../src/analysis/document';
import { articleInputFromSource } from '../../../src/lib/article-input';
import { loadRegistry } from '../../../src/lib/registry';
import { checkArticleSource } from '../../../src/lib/validate';

const registry = loadRegistry('content/people.yaml');
const names = registry.flatMap((person) => [
  person.name,
  ...(person.aliases ?? []),
  person.name.split(' ').at(-1) ?? '',
]);

const piece = fc.oneof(
  fc.constantFrom(...names),
  fc.constantFrom('“', '”', '"', '‘', '’', "'", '«', '»', '„', '「', '」'),
  fc.constantFrom(' said', ' says', ', he said', ' she told reporters.', ' according to a U.S. official', ':', '.'),
  fc.constantFrom('last month', 'Friday', 'next week', 'in July', 'in 2019', 'the previous day', 'last spring'),
  fc.constantFrom('# ', '> ', '- ', '1. ', '*', '_', '`', '[link](https://example.org)', '<b>', '</b>', '<!--'),
  fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n', ' ', '\t', '\u00a0', '\u2028', '\u200f', '\ufeff'),
  fc.constantFrom('🎉', '👩🏽‍💻', 'قالت', 'שלום', 'e\u0301', '\u0000', '\ud800'),
  fc.string({ maxLength: 12 }),
);

const newsLikeBody = fc.array(piece, { maxLength: 120 }).map((pieces) => pieces.join(''));
const anyBody = fc.oneof(newsLikeBody, fc.string({ maxLength: 400, unit: 'binary' }));

function analyse(body: string) {
  return analyzeArticle({ slug: 'fuzz', title: 'Fuzz', published: '2023-03-13', body, registry });
}

describe('reading any article file', () => {
  it('the engine analyses any body without throwing, within the contract', () => {
    fc.assert(
      fc.property(anyBody, (body) => {
        const analysis = analyse(body);
        const paragraphs = readDocument(body).paragraphs.length;
        for (const item of [...analysis.quotes, ...analysis.events, ...analysis.mentions]) {
          expect(item.paragraph).toBeLessThanOrEqual(paragraphs);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the validator reports problems, never throws, and hands the engine only what it accepted', () => {
    const frontmatterLine = fc.oneof(
      fc.constantFrom('title: "A title"', 'published: "2023-03-13"', 'published: 2023-13-45', 'tags: [a, b'),
      fc.constantFrom('dek:', 'title: |', '  indented', '- item', 'overrides: {quotes: [{match: x}]}', '---'),
      fc.string({ maxLength: 30 }),
    );
    const file = fc
      .tuple(fc.array(frontmatterLine, { maxLength: 8 }), anyBody, fc.constantFrom('\n', '\r\n'))
      .map(([lines, body, newline]) => ['---', ...lines, '---', '', body].join(newline));
    const validFile = anyBody.map((body) => `---\ntitle: "Fuzz"\npublished: "2023-03-13"\n---\n\n${body}`);
    fc.assert(
      fc.property(fc.oneof(validFile, file, fc.string({ maxLength: 300 })), (source) => {
        const checked = checkArticleSource(source, 'content/articles/fuzz.md');
        if (checked.data === null) {
          expect(checked.problems.length).toBeGreaterThan(0);
          for (const problem of checked.problems) expect(problem.line).toBeGreaterThanOrEqual(1);
          return;
        }
        const input = articleInputFromSource(source, 'content/articles/fuzz.md', registry);
        expect(input.body).toBe(checked.body);
        analyzeArticle(input);
      }),
      { numRuns: 300 },
    );
  });
});
