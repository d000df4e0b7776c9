import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/analysis/tokens';

const words = (text: string): string[] => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('keeps abbreviations, inner apostrophes and hyphenated names whole', () => {
    expect(words('U.S.-led talks: Mr. O’Brien can’t see Bryce-Lowe.')).toEqual([
      'U.S.-led',
      'talks',
      ':',
      'Mr.',
      'O’Brien',
      'can’t',
      'see',
      'Bryce-Lowe',
      '.',
    ]);
  });

  it('drops a possessive ’s from the word and flags it', () => {
    const [olsen, trust] = [tokenize('Moll’s bakery')[0], tokenize("the supporters' trust")[1]];
    expect(olsen).toMatchObject({ text: 'Moll', possessive: true, upper: true });
    expect(trust).toMatchObject({ text: 'supporters', possessive: true });
  });

  it('splits a lower-case prefix from a capitalised word', () => {
    expect(words('then-House Speaker')).toEqual(['then', 'House', 'Speaker']);
  });

  it('reads numbers with separators as one token', () => {
    expect(tokenize('3,410 megawatts at 2:51').map((t) => [t.text, t.kind])).toEqual([
      ['3,410', 'number'],
      ['megawatts', 'word'],
      ['at', 'word'],
      ['2:51', 'number'],
    ]);
  });

  it('gives offsets into the text', () => {
    const text = 'Dr. Ruiz’s plan';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
