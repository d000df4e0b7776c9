/**
 * Properties of the speech stage on any input: it never throws, its records are schema-valid, every
 * quote's text is what a reader sees in its paragraph (each part, for a quote over several paragraphs),
 * paragraph numbers are in range, and mentions point at their text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/analysis/document';
import { analyzeArticle } from '../../../src/analysis/index';
import { quoteSpans } from '../../../src/analysis/quotes';
import {
  articleAnalysisSchema,
  mentionSchema,
  personSchema,
  quoteSchema,
  sourceSchema,
  warningSchema,
} from '../../../src/analysis/schema';
import { analyzeSpeech } from '../../../src/analysis/speech';
import { splitSentences } from '../../../src/analysis/sentences';

const fragments = [
  ' ',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '\n\n',
  '> ',
  '- ',
  '# ',
  'Q: ',
  'A: ',
  '*',
  '_',
  '**',
  '`',
  '[link](http://x.y)',
  '“',
  '”',
  '"',
  '‘',
  '’',
  "'",
  '«',
  '»',
  '„',
  ',',
  '.',
  ':',
  ';',
  '—',
  '?',
  '!',
  '…',
  '(',
  ')',
  'said',
  'says',
  'told reporters',
  'he',
  'she',
  'it',
  'they',
  'the',
  'a',
  'of',
  'and',
  'that',
  'who',
  'according to',
  'so-called',
  'Mr.',
  'Ms.',
  'Dr.',
  'U.S.',
  'President',
  'Minister',
  'the minister',
  'Lia',
  'Ortiz',
  'Emil',
  'Vost',
  'Ines',
  'Bryce-Lowe',
  'Éva',
  'O’Neill',
  'Baltic Lines',
  'Ministry',
  'the company',
  'a senior official',
  'three people close to the deal',
  'One of them',
  'wrote',
  'in a statement',
  'Inc.',
  'Dec. 12',
  '2024',
  'Monday',
  'spokesman',
  'lawyer',
  '’s',
  "'s",
  'Born',
  'can’t',
  'We',
  'It',
  'The Winter Garden',
  'known as',
  'dubbed',
];

const newsy = fc.array(fc.constantFrom(...fragments), { maxLength: 80 }).map((parts) => parts.join(''));
const anyText = fc.oneof(newsy, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 120 }));

function run(body: string) {
  const document = readDocument(body);
  const result = analyzeSpeech(document, { slug: 'p', title: 'P', published: '2024-02-29', body, registry: [] });
  return { document, result };
}

describe('speech stage properties', () => {
  it('returns schema-valid records with quotes that read as the paragraph does', () => {
    fc.assert(
      fc.property(anyText, (body) => {
        const { document, result } = run(body);
        const count = document.paragraphs.length;
        for (const person of result.people) expect(personSchema.safeParse(person).success).toBe(true);
        for (const source of result.sources) expect(sourceSchema.safeParse(source).success).toBe(true);
        for (const warning of result.warnings) expect(warningSchema.safeParse(warning).success).toBe(true);
        const ids = new Set(result.people.map((p) => p.id));
        expect(ids.size).toBe(result.people.length);
        for (const quote of result.quotes) {
          expect(quoteSchema.safeParse(quote).success).toBe(true);
          expect(quote.paragraph).toBeLessThanOrEqual(count);
          const end = quote.endParagraph ?? quote.paragraph;
          expect(end).toBeGreaterThanOrEqual(quote.paragraph);
          expect(end).toBeLessThanOrEqual(count);
          if (quote.speaker !== null) expect(ids.has(quote.speaker)).toBe(true);
          if (end === quote.paragraph) {
            expect(document.paragraphs[quote.paragraph - 1]?.text).toContain(quote.text);
          }
        }
        for (const mention of result.mentions) {
          expect(mentionSchema.safeParse(mention).success).toBe(true);
          expect(ids.has(mention.person)).toBe(true);
          const text = document.paragraphs[mention.paragraph - 1]?.text ?? '';
          expect(text.slice(mention.start, mention.start + mention.text.length)).toBe(mention.text);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives each part of a quote over several paragraphs verbatim in its own paragraph', () => {
    fc.assert(
      fc.property(anyText, (body) => {
        const document = readDocument(body);
        for (const span of quoteSpans(document.paragraphs)) {
          const parts = span.parts.map((part) => {
            const text = document.paragraphs[part.paragraph]?.text ?? '';
            expect(part.start).toBeGreaterThanOrEqual(0);
            expect(part.end).toBeLessThanOrEqual(text.length);
            return text.slice(part.start, part.end);
          });
          expect(parts.every((p) => p.trim() !== '')).toBe(true);
          expect(span.text).toBe(parts.join(' '));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('lets the whole engine return a schema-valid record for any body', () => {
    fc.assert(
      fc.property(anyText, (body) => {
        const analysis = analyzeArticle({ slug: 'p', title: 'P', published: '2024-02-29', body, registry: [] });
        expect(articleAnalysisSchema.safeParse(analysis).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('splits sentences that cover the text in order', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let last = 0;
        for (const sentence of splitSentences(text)) {
          expect(sentence.start).toBeGreaterThanOrEqual(last);
          expect(sentence.end).toBeGreaterThan(sentence.start);
          expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
          last = sentence.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('stays linear on hostile input (no quadratic blow-up)', () => {
    const hostile = [
      '“'.repeat(8_000),
      '"a '.repeat(6_000),
      "'".repeat(8_000),
      'Mr. A '.repeat(4_000),
      'He said “x” '.repeat(2_000),
    ];
    for (const body of hostile) {
      const document = readDocument(body);
      const start = performance.now();
      analyzeSpeech(document, { slug: 'p', title: 'P', published: '2024-02-29', body, registry: [] });
      // a quadratic stage takes minutes here; a linear one a few milliseconds (the bound allows a busy machine)
      expect(performance.now() - start).toBeLessThan(2_000);
    }
  });
});
