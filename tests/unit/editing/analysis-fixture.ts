/**
 * A hand-made analysis of a small article, as the engine would return it, so the override stage and
 * the lint can be tested on exactly the case they handle, whatever the engine's progress.
 */
import { readDocument } from '../../../src/analysis/document';
import type { RegistryPerson } from '../../../src/analysis/input';
import type { ArticleAnalysis, QuoteRecord } from '../../../src/analysis/schema';

export const body = [
  '“We will reopen the ferry,” said Mara Vell, the harbour master.',
  'A spokesman said the union “has not agreed to anything.” He added: “Talks resume on Friday.”',
  'Vell said the ferry would run again in July. “It takes two,” she said.',
].join('\n\n');

export const document = readDocument(body);

export const registry: RegistryPerson[] = [
  { id: 'mara-vell', name: 'Mara Vell', roles: [{ title: 'Harbour master', from: '2020' }] },
  { id: 'tomas-hale', name: 'Tomas Hale', roles: [{ title: 'Union leader', from: '2019', to: '2022' }] },
];

const quote = (
  id: string,
  text: string,
  paragraph: number,
  speaker: string | null,
  speakerName: string,
): QuoteRecord => ({
  id,
  text,
  paragraph,
  speaker,
  speakerName,
  attribution: speaker ? 'explicit' : 'unattributed',
  partial: false,
});

export const analysis: ArticleAnalysis = {
  slug: 'ferry',
  title: 'Ferry',
  published: '2023-03-13',
  people: [{ id: 'mara-vell', name: 'Mara Vell', role: 'Harbour master', mentions: 2, quoted: 2 }],
  sources: [
    { label: 'Mara Vell', kind: 'person', person: 'mara-vell', quotes: 2, words: 7 },
    { label: 'a spokesman', kind: 'anonymous', person: null, quotes: 2, words: 7 },
  ],
  quotes: [
    quote('q1', 'We will reopen the ferry,', 1, 'mara-vell', 'Mara Vell'),
    quote('q2', 'has not agreed to anything.', 2, null, 'a spokesman'),
    quote('q3', 'Talks resume on Friday.', 2, null, 'a spokesman'),
    quote('q4', 'It takes two,', 3, 'mara-vell', 'Mara Vell'),
  ],
  events: [
    {
      id: 'e1',
      date: '2023-03-10',
      precision: 'day',
      expression: 'on Friday',
      summary: 'Talks resume',
      paragraph: 2,
      people: [],
      tense: 'past',
    },
  ],
  warnings: [{ paragraph: 3, message: '“Vell” is attributed to Mara Vell' }],
  mentions: [
    { person: 'mara-vell', paragraph: 1, text: 'Mara Vell', start: 30 },
    { person: 'tomas-hale', paragraph: 2, text: 'Hale', start: 0 },
  ],
};
