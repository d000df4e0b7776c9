import { describe, expect, it } from 'vitest';
import { applyOverrides, tenseOf } from '../../../src/analysis/overrides';
import { articleAnalysisSchema } from '../../../src/analysis/schema';
import { analysis, document, registry } from './analysis-fixture';

describe('applyOverrides, the engine’s last stage', () => {
  it('leaves the analysis as it is without corrections', () => {
    expect(applyOverrides(analysis, undefined, document, registry)).toBe(analysis);
  });

  it('gives a quote a registered speaker, matched by a fragment typed with straight marks', () => {
    const result = applyOverrides(
      analysis,
      { quotes: [{ match: 'has NOT agreed', speaker: 'tomas-hale' }] },
      document,
      registry,
    );
    expect(result.quotes[1]).toMatchObject({
      id: 'q2',
      speaker: 'tomas-hale',
      speakerName: 'Tomas Hale',
      attribution: 'override',
    });
    // Tomas Hale was only mentioned: he joins the article's people, with his role at publication (none: it ended in 2022).
    expect(result.people).toEqual([
      { id: 'mara-vell', name: 'Mara Vell', role: 'Harbour master', mentions: 2, quoted: 2 },
      { id: 'tomas-hale', name: 'Tomas Hale', mentions: 1, quoted: 1 },
    ]);
    expect(result.sources).toEqual([
      { label: 'Mara Vell', kind: 'person', person: 'mara-vell', quotes: 2, words: 8 },
      { label: 'Tomas Hale', kind: 'person', person: 'tomas-hale', quotes: 1, words: 5 },
      { label: 'a spokesman', kind: 'anonymous', person: null, quotes: 1, words: 4 },
    ]);
    expect(() => articleAnalysisSchema.parse(result)).not.toThrow();
  });

  it('names an unregistered speaker, as a person without an id or an organisation, in order of first quote', () => {
    const result = applyOverrides(
      analysis,
      {
        quotes: [
          { match: 'Talks resume', speakerName: 'Kessel Lines' },
          { match: 'reopen', speakerName: 'a harbour official' },
        ],
      },
      document,
      registry,
    );
    expect(result.quotes.map((quote) => [quote.id, quote.speaker, quote.speakerName])).toEqual([
      ['q1', null, 'a harbour official'],
      ['q2', null, 'a spokesman'],
      ['q3', null, 'Kessel Lines'],
      ['q4', 'mara-vell', 'Mara Vell'],
    ]);
    expect(result.people[0]?.quoted).toBe(1);
    expect(result.sources.map((source) => [source.label, source.kind, source.quotes])).toEqual([
      ['a harbour official', 'anonymous', 1],
      ['a spokesman', 'anonymous', 1],
      ['Kessel Lines', 'organization', 1],
      ['Mara Vell', 'person', 1],
    ]);
  });

  it('corrects every part of a quote interrupted by its attribution', () => {
    const grouped = {
      ...analysis,
      quotes: analysis.quotes.map((quote) => (quote.paragraph === 2 ? { ...quote, group: 'g1' } : quote)),
    };
    const result = applyOverrides(
      grouped,
      { quotes: [{ match: 'has not agreed', speaker: 'tomas-hale' }] },
      document,
      registry,
    );
    expect(result.quotes.map((quote) => [quote.id, quote.speaker])).toEqual([
      ['q1', 'mara-vell'],
      ['q2', 'tomas-hale'],
      ['q3', 'tomas-hale'],
      ['q4', 'mara-vell'],
    ]);
    expect(result.people.find((person) => person.id === 'tomas-hale')?.quoted).toBe(2);
  });

  it('drops a span marked as not a quote and recounts its speaker', () => {
    const result = applyOverrides(
      analysis,
      { quotes: [{ match: 'It takes two', notQuote: true }] },
      document,
      registry,
    );
    expect(result.quotes.map((quote) => quote.id)).toEqual(['q1', 'q2', 'q3']);
    expect(result.people[0]?.quoted).toBe(1);
    expect(result.sources[0]).toEqual({ label: 'Mara Vell', kind: 'person', person: 'mara-vell', quotes: 1, words: 5 });
  });

  it('skips corrections that match no quote, several quotes, or an unknown person, without throwing', () => {
    const overrides = {
      quotes: [
        { match: 'nobody said this', speaker: 'mara-vell' },
        { match: 'es', notQuote: true },
        { match: 'Talks resume', speaker: 'no-such-person' },
      ],
      events: [{ expression: 'in Juyl', date: '2022-07', precision: 'month' as const }],
    };
    const result = applyOverrides(analysis, overrides, document, registry);
    expect(result.quotes).toEqual(analysis.quotes);
    expect(result.events).toEqual(analysis.events);
  });

  it('corrects an event’s date and adds one the engine missed, with its sentence and tense', () => {
    const result = applyOverrides(
      analysis,
      {
        events: [
          { expression: 'on Friday', date: '2023-03-17', precision: 'day', summary: 'Talks resume' },
          { expression: 'in July', date: '2023-07', precision: 'month' },
        ],
      },
      document,
      registry,
    );
    expect(result.events).toEqual([
      { ...analysis.events[0], date: '2023-03-17', precision: 'day', summary: 'Talks resume' },
      {
        id: 'e2',
        date: '2023-07',
        precision: 'month',
        expression: 'in July',
        summary: 'Vell said the ferry would run again in July.',
        paragraph: 3,
        people: [],
        tense: 'future',
      },
    ]);
    expect(result.quotes).toBe(analysis.quotes);
  });
});

describe('the helpers of the override stage', () => {
  it.each([
    ['2023-03-10', 'day', 'past'],
    ['2023-03-13', 'day', 'present'],
    ['2023-03', 'month', 'present'],
    ['2023-02', 'month', 'past'],
    ['2023-W11', 'week', 'present'],
    ['2023-W10', 'week', 'past'],
    ['2023-W12', 'week', 'future'],
    ['2024', 'year', 'future'],
  ] as const)('dates %s (%s) in the %s of an article published on 2023-03-13', (date, precision, tense) => {
    expect(tenseOf(date, precision, '2023-03-13')).toBe(tense);
  });
});
