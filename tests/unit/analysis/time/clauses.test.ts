import { describe, expect, it } from 'vitest';
import { layoutParagraph } from '../../../../src/analysis/time/clauses';
import { answerSpan, findQuoteSpans, mergeSpans } from '../../../../src/analysis/time/quoted';
import { summarize } from '../../../../src/analysis/time/summary';
import { tokenize } from '../../../../src/analysis/time/tokens';

const quoted = (text: string): string[] => findQuoteSpans(text).map((s) => text.slice(s.start, s.end));

describe('quote spans', () => {
  it('finds curly, straight, guillemet and British single quotes', () => {
    expect(quoted('“We will,” she said. “Soon.”')).toEqual(['We will,', 'Soon.']);
    expect(quoted('"It was never a penalty," he said. "Never."')).toEqual(['It was never a penalty,', 'Never.']);
    expect(quoted('The ministry said: «We leave in good faith.»')).toEqual(['We leave in good faith.']);
    expect(quoted('She said: ‘We’ll see what the players’ union does.’ Then she left.')).toEqual([
      'We’ll see what the players’ union does.',
    ]);
  });

  it('keeps a nested quote inside the outer one and leaves apostrophes alone', () => {
    expect(quoted('“When she told me, ‘Parking is not a right,’ I knew,” he said.')).toEqual([
      'When she told me, ‘Parking is not a right,’ I knew,',
    ]);
    expect(quoted('Rovers’ fans and the club’s owners')).toEqual([]);
  });

  it('marks a quote left open at the paragraph end', () => {
    const spans = findQuoteSpans('“But a number does not go into labor.');
    expect(spans).toEqual([{ start: 1, end: 37, open: true }]);
  });

  it('takes a Q&A answer as quoted', () => {
    expect(answerSpan('A: Because that is when bread wants to be made.')).toEqual({ start: 3, end: 47, open: false });
    expect(answerSpan('At noon, the doors opened.')).toBeNull();
  });

  it('merges extra spans that do not overlap', () => {
    const merged = mergeSpans(
      [{ start: 10, end: 20, open: false }],
      [
        { start: 12, end: 18, open: false },
        { start: 30, end: 40, open: false },
        { start: 0, end: 5, open: false },
      ],
    );
    expect(merged.map((s) => [s.start, s.end])).toEqual([
      [0, 5],
      [10, 20],
      [30, 40],
    ]);
  });
});

describe('sentences and segments', () => {
  const sentences = (text: string): string[] => {
    const layout = layoutParagraph(tokenize(text), findQuoteSpans(text));
    return layout.sentences.map((s) => text.slice(s.start, s.end));
  };

  it('splits at sentence ends but not after titles, initials or month abbreviations', () => {
    expect(
      sentences('Mr. Vance spoke on Dec. 4 in the U.S. capital. Dr. Szabo left at 2 a.m. on Friday. It rained.'),
    ).toEqual(['Mr. Vance spoke on Dec. 4 in the U.S. capital.', 'Dr. Szabo left at 2 a.m. on Friday.', 'It rained.']);
  });

  it('keeps a closing quote mark with its sentence', () => {
    expect(sentences('“We are done.” He left on Monday.')).toEqual(['“We are done.”', 'He left on Monday.']);
  });

  it('puts quoted and unquoted words in different segments', () => {
    const text = '“We offered it on Monday,” he said.';
    const layout = layoutParagraph(tokenize(text), findQuoteSpans(text));
    const monday = layout.tokens.findIndex((t) => t.text === 'Monday');
    const said = layout.tokens.findIndex((t) => t.text === 'said');
    expect(layout.quote[monday]).toBe(0);
    expect(layout.quote[said]).toBe(-1);
    expect(layout.segment[monday]).not.toBe(layout.segment[said]);
  });

  it('cuts segments before subordinating words', () => {
    const text = 'The company said late Thursday that it would publish.';
    const layout = layoutParagraph(tokenize(text), []);
    const thursday = layout.tokens.findIndex((t) => t.text === 'Thursday');
    const would = layout.tokens.findIndex((t) => t.text === 'would');
    expect(layout.segment[thursday]).not.toBe(layout.segment[would]);
  });
});

describe('summaries', () => {
  const summaryOf = (text: string, expression: string): string => {
    const tokens = tokenize(text);
    const layout = layoutParagraph(tokens, findQuoteSpans(text));
    const at = text.indexOf(expression);
    const first = tokens.findIndex((t) => t.start >= at);
    let last = first;
    while ((tokens[last + 1]?.end ?? Infinity) <= at + expression.length) last++;
    const sentence = layout.sentences[layout.sentence[first] ?? 0];
    if (!sentence) throw new Error('no sentence');
    return summarize(text, tokens, sentence, first, last);
  };

  it('is the clause without the expression', () => {
    expect(summaryOf('The hospital’s board voted on Tuesday to close the maternity unit.', 'on Tuesday')).toBe(
      'The hospital’s board voted to close the maternity unit',
    );
    expect(summaryOf('Last month, Putin signaled that a visit was in the offing.', 'Last month')).toBe(
      'Putin signaled that a visit was in the offing',
    );
  });

  it('does not cut through an abbreviation written without spaces', () => {
    const right = summaryOf(
      'The nine members of the regional council said on Friday that crews will inspect every bridge under the new U.S. safety rules.',
      'on Friday',
    );
    expect(right).toMatch(/ new U\.S\.$/);
    const left = summaryOf(
      'Inspectors from the U.S. and six other northern countries met in Geneva on Friday to agree new rules for testing the ageing road bridges.',
      'on Friday',
    );
    expect(left).toMatch(/^U\.S\. and six/);
  });

  it('stays short in a long sentence', () => {
    const long = `${'word '.repeat(200)}on Friday ${'more '.repeat(200)}`;
    const summary = summaryOf(long, 'on Friday');
    expect(summary.split(' ').length).toBeLessThanOrEqual(18);
    expect(summary).not.toContain('Friday');
  });
});
