import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/analysis/sources';
import { speech } from './speech-fixture';

describe('the speech stage record', () => {
  const body = [
    'Mayor Ines Dorado, who has led the city since 2019, announced the plan on Monday.',
    '“We have waited long enough,” Dorado said. “The work starts now.”',
    'Business owner Kemal Arslan, 52, disagreed. “It is too fast,” he said.',
  ].join('\n\n');

  it('numbers quotes, gives paragraphs, speakers and partial flags', () => {
    const result = speech(body);
    expect(result.quotes).toEqual([
      {
        id: 'q1',
        text: 'We have waited long enough',
        speaker: 'ines-dorado',
        speakerName: 'Ines Dorado',
        attribution: 'explicit',
        paragraph: 2,
        partial: false,
      },
      {
        id: 'q2',
        text: 'The work starts now.',
        speaker: 'ines-dorado',
        speakerName: 'Ines Dorado',
        attribution: 'continuation',
        paragraph: 2,
        partial: false,
      },
      {
        id: 'q3',
        text: 'It is too fast',
        speaker: 'kemal-arslan',
        speakerName: 'Kemal Arslan',
        attribution: 'pronoun',
        paragraph: 3,
        partial: false,
      },
    ]);
  });

  it('counts mentions and quotes per person', () => {
    expect(speech(body).people).toEqual([
      { id: 'ines-dorado', name: 'Ines Dorado', role: 'Mayor', mentions: 2, quoted: 2 },
      { id: 'kemal-arslan', name: 'Kemal Arslan', role: 'Business owner', mentions: 1, quoted: 1 },
    ]);
  });

  it('lists every speaker as a source with quote and word counts', () => {
    expect(speech(body).sources).toEqual([
      { label: 'Ines Dorado', kind: 'person', person: 'ines-dorado', quotes: 2, words: 9 },
      { label: 'Kemal Arslan', kind: 'person', person: 'kemal-arslan', quotes: 1, words: 4 },
    ]);
  });

  it('marks a quote over several paragraphs with endParagraph', () => {
    const result = speech('The judge wrote: “First.\n\n“Second.\n\n“Third.” Court rose.');
    expect(result.quotes).toHaveLength(1);
    expect(result.quotes[0]).toMatchObject({ text: 'First. Second. Third.', paragraph: 1, endParagraph: 3 });
  });

  it('warns about a quotation mark left open', () => {
    const result = speech('Officials said “the plan is ready and\n\nNothing more was said.');
    expect(result.warnings).toEqual([
      {
        paragraph: 1,
        message: 'A quotation mark opened here is not closed before the paragraph ends; the quote was ended there',
      },
    ]);
    expect(result.quotes.map((q) => q.text)).toEqual(['the plan is ready and']);
  });

  it('reads a very long body in sections and merges them into one record', () => {
    const filler = Array.from({ length: 340 }, (_, i) => `Filler paragraph ${i + 1} says nothing at all.`);
    const paragraphs = [
      'Mayor Ines Dorado, who chairs the board, spoke first. “We begin today,” Dorado said.',
      ...filler,
      '“We are done,” Dorado said, “and proud of it.” Later Doradu said it again.',
    ];
    const result = speech(paragraphs.join('\n\n'));
    expect(result.people).toEqual([{ id: 'ines-dorado', name: 'Ines Dorado', role: 'Mayor', mentions: 4, quoted: 3 }]);
    expect(result.quotes.map((q) => [q.id, q.paragraph, q.group ?? null])).toEqual([
      ['q1', 1, null],
      ['q2', 342, 's2g1'],
      ['q3', 342, 's2g1'],
    ]);
    expect(result.sources).toEqual([
      { label: 'Ines Dorado', kind: 'person', person: 'ines-dorado', quotes: 3, words: 10 },
    ]);
    expect(result.mentions.at(-1)).toMatchObject({ paragraph: 342, text: 'Doradu' });
    expect(result.warnings.map((w) => w.paragraph)).toEqual([342]);
  });

  it('returns empty records for an empty body', () => {
    expect(speech('')).toEqual({ people: [], quotes: [], sources: [], mentions: [], warnings: [] });
  });
});

describe('countWords', () => {
  it('counts words with inner apostrophes and hyphens as one', () => {
    expect(countWords('We can’t re-open it, Mr. Lee.')).toBe(6);
    expect(countWords('')).toBe(0);
  });
});
