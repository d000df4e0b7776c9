import { describe, expect, it } from 'vitest';
import { isSentenceEnd, sentenceIndexAt, splitSentences } from '../../../src/analysis/sentences';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('splits at terminal punctuation followed by a capital', () => {
    expect(texts('The vote failed. Lawmakers left early! Was it over? Nobody knew.')).toEqual([
      'The vote failed.',
      'Lawmakers left early!',
      'Was it over?',
      'Nobody knew.',
    ]);
  });

  it('does not split after titles, initials and dates', () => {
    expect(texts('Mr. Vane met Dr. Oyelaran and John F. Keller on Dec. 12 in St. Ives.')).toHaveLength(1);
    expect(texts('Sen. Mora arrived at 6 a.m. and left at 9 p.m. on Friday.')).toHaveLength(1);
  });

  it('keeps "U.S." inside a sentence before a name or a lower-case word', () => {
    expect(texts('A U.S. official said the U.S. Senate would vote.')).toHaveLength(1);
    expect(texts('The talks moved to the U.S. The next round is in May.')).toEqual([
      'The talks moved to the U.S.',
      'The next round is in May.',
    ]);
  });

  it('ends a sentence after a closing quotation mark', () => {
    expect(texts('“We are done here.” The meeting ended. “Are we?” she asked.')).toEqual([
      '“We are done here.”',
      'The meeting ended.',
      '“Are we?” she asked.',
    ]);
  });

  it('does not split when a lower-case word follows', () => {
    expect(texts('“Enough,” he said. “It is over.” she said quietly.')).toEqual([
      '“Enough,” he said.',
      '“It is over.” she said quietly.',
    ]);
  });

  it('treats a line break as a sentence end', () => {
    expect(texts('First item\nSecond item')).toEqual(['First item', 'Second item']);
  });

  it('gives offsets into the text', () => {
    const text = '  One. Two.';
    const sentences = splitSentences(text);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences[0]?.start).toBe(2);
  });

  it('copes with empty and punctuation-only text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(texts('...')).toEqual(['...']);
  });
});

describe('sentenceIndexAt and isSentenceEnd', () => {
  it('finds the sentence holding an offset', () => {
    const text = 'One two. Three four.';
    const sentences = splitSentences(text);
    expect(sentenceIndexAt(sentences, 0)).toBe(0);
    expect(sentenceIndexAt(sentences, text.indexOf('Three'))).toBe(1);
    expect(sentenceIndexAt([], 3)).toBe(-1);
  });

  it('says whether a period ends a sentence', () => {
    const text = 'Mr. Vane left. Then';
    expect(isSentenceEnd(text, 2)).toBe(false);
    expect(isSentenceEnd(text, text.indexOf('. Then'))).toBe(true);
  });
});
