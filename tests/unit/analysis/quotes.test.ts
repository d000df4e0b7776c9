import { describe, expect, it } from 'vitest';
import { quoteSpans, type QuoteParagraph } from '../../../src/analysis/quotes';

const paras = (...texts: string[]): QuoteParagraph[] => texts.map((text) => ({ text, kind: 'paragraph' }));
const spanTexts = (...texts: string[]): string[] => quoteSpans(paras(...texts)).map((s) => s.text);

describe('quote spans', () => {
  it('finds curly, straight, British and guillemet quotes', () => {
    expect(spanTexts('“Curly words,” she said.')).toEqual(['Curly words']);
    expect(spanTexts('"Straight words," he said.')).toEqual(['Straight words']);
    expect(spanTexts('‘British words,’ the MP said.')).toEqual(['British words']);
    expect(spanTexts('The ministry wrote: «We decline.»')).toEqual(['We decline.']);
  });

  it('reads German-style low-high quotes', () => {
    expect(spanTexts('Der Minister sagte: „Wir bleiben.“ Dann ging er.')).toEqual(['Wir bleiben.']);
  });

  it('pairs a straight opening mark with a curly closing one', () => {
    expect(spanTexts('Officials said. "[We] are not leaving.” Then silence.')).toEqual(['[We] are not leaving.']);
  });

  it('tells apostrophes from British closing marks', () => {
    expect(spanTexts('‘We’re not done, and the players’ union knows it,’ she said.')).toEqual([
      'We’re not done, and the players’ union knows it',
    ]);
    expect(spanTexts('The club\'s supporters\' trust said it was "a great day."')).toEqual(['a great day.']);
  });

  it('keeps nested quotes inside the outer one', () => {
    expect(spanTexts('“When he said, ‘Sit down,’ I sat,” she said.')).toEqual(['When he said, ‘Sit down,’ I sat']);
    expect(spanTexts("\"She told me, 'You can't win,' and left,\" he said.")).toEqual([
      "She told me, 'You can't win,' and left",
    ]);
  });

  it('joins a quote running over paragraphs with the opening mark repeated', () => {
    const spans = quoteSpans(
      paras('The judge wrote: “First part.', '“Second part.', '“Last part.” Then the court rose.'),
    );
    expect(spans).toHaveLength(1);
    expect(spans[0]?.text).toBe('First part. Second part. Last part.');
    expect(spans[0]?.parts.map((p) => p.paragraph)).toEqual([0, 1, 2]);
  });

  it('bounds an unclosed quote by its paragraph', () => {
    const spans = quoteSpans(paras('He said “this never closes', 'A new paragraph with “its own quote.”'));
    expect(spans.map((s) => [s.text, s.closed])).toEqual([
      ['this never closes', false],
      ['its own quote.', true],
    ]);
  });

  it('ignores stray closing marks and lone apostrophes', () => {
    expect(spanTexts('It’s the ’90s” again, rock ’n’ roll.')).toEqual([]);
  });

  it('takes a whole block quote without marks, and its credit line apart', () => {
    const spans = quoteSpans([{ text: 'We will not be moved.\n— Dana Ortiz', kind: 'blockquote' }]);
    expect(spans[0]?.text).toBe('We will not be moved.');
    expect(spans[0]?.family).toBe('block');
    expect(spans[0]?.credit).toBeDefined();
  });

  it('takes Q&A answers as quotes when the piece has questions', () => {
    const spans = quoteSpans(paras('Q: Why now?', 'A: Because it was time.', 'A: list item, not an answer'));
    expect(spans.map((s) => [s.text, s.family])).toEqual([
      ['Because it was time.', 'answer'],
      ['list item, not an answer', 'answer'],
    ]);
    expect(quoteSpans(paras('A: no questions here'))).toEqual([]);
  });
});
