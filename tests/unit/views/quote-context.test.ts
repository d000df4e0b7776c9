import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/analysis/document';
import type { QuoteRecord } from '../../../src/analysis/schema';
import { contextIn, MAX_CONTEXT_WORDS, MAX_REPEATED_QUOTE_WORDS, quoteContexts } from '../../../src/lib/quote-context';

describe('contextIn', () => {
  it('gives the writer’s sentence around a fragment, marks included', () => {
    const text = 'The minister spoke first. Ruiz called the plan “a first step” on Tuesday. She left.';
    expect(contextIn(text, 'a first step')).toEqual({
      before: 'Ruiz called the plan “',
      after: '” on Tuesday.',
      elided: false,
    });
  });

  it('keeps the attribution of a whole-sentence quote', () => {
    const text = '“We will reopen the bridge,” Ruiz said.';
    expect(contextIn(text, 'We will reopen the bridge,')).toEqual({
      before: '“',
      after: '” Ruiz said.',
      elided: false,
    });
  });

  it('spans the sentences a quote runs over', () => {
    const text = 'Ruiz said: “It is done. We move on.” Then she left.';
    expect(contextIn(text, 'It is done. We move on.')).toEqual({ before: 'Ruiz said: “', after: '”', elided: false });
  });

  it('gives nothing when the sentence adds no words of the writer’s, is long, or lacks the quote', () => {
    expect(contextIn('“We will reopen the bridge.”', 'We will reopen the bridge.')).toBeUndefined();
    const long = `Ruiz said “yes” to ${'many '.repeat(MAX_CONTEXT_WORDS)}people.`;
    expect(contextIn(long, 'yes')).toBeUndefined();
    expect(contextIn('Ruiz said nothing.', 'yes')).toBeUndefined();
  });

  it('elides a long quote in its sentence, since the card shows it in full', () => {
    const quote = 'We will reopen the bridge and the ferry and the tunnel before the winter comes again';
    expect(contextIn(`“${quote},” Ruiz said.`, quote)?.elided).toBe(true);
    expect(MAX_REPEATED_QUOTE_WORDS).toBeLessThan(quote.split(' ').length);
  });
});

describe('quoteContexts', () => {
  it('finds each quote in its paragraph’s visible text, skipping quotes over several paragraphs', () => {
    const document = readDocument(
      'First paragraph.\n\nRuiz called it *“a first step”* on Tuesday.\n\n“One.\n\nTwo,” she said.\n',
    );
    const quote = (id: string, text: string, paragraph: number, endParagraph?: number): QuoteRecord => ({
      id,
      text,
      speaker: 'ana-ruiz',
      speakerName: 'Ana Ruiz',
      attribution: 'explicit',
      paragraph,
      partial: true,
      ...(endParagraph !== undefined && { endParagraph }),
    });
    const contexts = quoteContexts(document, [quote('q1', 'a first step', 2), quote('q2', 'One. Two,', 3, 4)]);
    expect([...contexts.keys()]).toEqual(['q1']);
    expect(contexts.get('q1')).toEqual({ before: 'Ruiz called it “', after: '” on Tuesday.', elided: false });
  });
});
