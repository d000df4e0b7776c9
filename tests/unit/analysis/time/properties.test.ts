/**
 * Property tests: whatever the text and whatever valid publication date, the stage returns valid
 * events whose expressions are verbatim substrings of their paragraph's visible text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../src/analysis/document';
import { extractEvents, findEvents } from '../../../../src/analysis/events';
import { eventSchema } from '../../../../src/analysis/schema';
import { formatDay, dayNumber } from '../../../../src/analysis/time/calendar';

const published = fc
  .date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9998, 11, 31)), noInvalidDate: true })
  .map((d) => formatDay(dayNumber(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())));

/** Text built from time words, numbers and punctuation, so the recogniser's paths are exercised. */
const words = [
  'on',
  'in',
  'since',
  'until',
  'by',
  'the',
  'a',
  'last',
  'next',
  'this',
  'past',
  'coming',
  'early',
  'late',
  'mid',
  'Monday',
  'Friday',
  'Sunday',
  'morning',
  'night',
  'today',
  'yesterday',
  'tomorrow',
  'tonight',
  'Jan.',
  'March',
  'May',
  'Sept.',
  'December',
  'spring',
  'fall',
  'summer',
  'winter',
  'week',
  'weekend',
  'month',
  'year',
  'years',
  'ago',
  'earlier',
  'later',
  'before',
  'after',
  'day',
  'following',
  'previous',
  'same',
  'that',
  'of',
  'end',
  'middle',
  'quarter',
  'third',
  'first',
  'half',
  'fiscal',
  'Q3',
  'Christmas',
  'Eve',
  'New',
  'Year’s',
  'Easter',
  'Boxing',
  'Day',
  'said',
  'will',
  'would',
  'was',
  'is',
  'has',
  'had',
  'voted',
  'expected',
  'scheduled',
  'to',
  'two',
  'decade',
  '1',
  '5th',
  '14th',
  '31',
  '29',
  '2019',
  '2024',
  '1993',
  '0',
  '9999',
  '1000',
  '2024-02-29',
  '2023-02-29',
  ',',
  '.',
  '-',
  '—',
  '“',
  '”',
  '"',
  '‘',
  '’',
  '«',
  '»',
  '\n\n',
  '\n',
  'A:',
  '> ',
  '*',
  '_',
  '[x](y)',
  '#',
];
const wordText = fc.array(fc.constantFrom(...words), { maxLength: 60 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), wordText);

function checkEvents(body: string, date: string): void {
  const document = readDocument(body);
  const events = extractEvents(document, { published: date, mentions: [], quotes: [] });
  events.forEach((event, index) => {
    expect(eventSchema.safeParse(event).success, JSON.stringify(event)).toBe(true);
    expect(event.id).toBe(`e${index + 1}`);
    expect(event.paragraph).toBeGreaterThanOrEqual(1);
    expect(event.paragraph).toBeLessThanOrEqual(document.paragraphs.length);
    const paragraph = document.paragraphs[event.paragraph - 1];
    expect(paragraph?.text.includes(event.expression), event.expression).toBe(true);
    expect(event.expression.trim()).not.toBe('');
  });
}

describe('events stage properties', () => {
  it('returns valid events for any text and any publication date', () => {
    fc.assert(
      fc.property(anyText, published, (body, date) => {
        checkEvents(body, date);
      }),
      { numRuns: 400 },
    );
  });

  it('handles publication dates at the edges of the four-digit years', () => {
    fc.assert(
      fc.property(
        wordText,
        fc.constantFrom('1000-01-01', '1000-01-07', '9999-12-31', '9999-12-25', '2000-02-29'),
        (body, date) => {
          checkEvents(body, date);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps events in text order', () => {
    fc.assert(
      fc.property(wordText, published, (body, date) => {
        const events = extractEvents(readDocument(body), { published: date, mentions: [], quotes: [] });
        for (let i = 1; i < events.length; i++) {
          expect((events[i]?.paragraph ?? 0) >= (events[i - 1]?.paragraph ?? 0)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('returns nothing, without throwing, for an invalid publication date', () => {
    fc.assert(
      fc.property(anyText, fc.string({ maxLength: 12 }), (body, date) => {
        const events = findEvents(readDocument(body), { published: date, mentions: [], quotes: [] });
        if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) expect(events).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
