/**
 * The events stage as a whole: ids and order, paragraphs, people from the mentions passed in, the
 * tense field, and expressions inside quotes resolved against when the words were said.
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../src/analysis/document';
import { findEvents } from '../../../../src/analysis/events';
import type { MentionRecord } from '../../../../src/analysis/schema';
import { eventsOf, resolved } from './helpers';

describe('event records', () => {
  const body = [
    'The council voted on Tuesday to delay the toll, and will meet again next week.',
    '',
    'Mayor Lena Okafor, who took office two years ago, said the vote would come in March.',
  ].join('\n');

  it('numbers events e1, e2, … in text order with their paragraphs', () => {
    const events = eventsOf(body, '2024-05-15');
    expect(events.map((e) => [e.id, e.paragraph, e.expression])).toEqual([
      ['e1', 1, 'on Tuesday'],
      ['e2', 1, 'next week'],
      ['e3', 2, 'two years ago'],
      ['e4', 2, 'in March'],
    ]);
  });

  it('says past for what happened and future for what is expected', () => {
    const events = eventsOf(body, '2024-05-15');
    expect(events.map((e) => e.tense)).toEqual(['past', 'future', 'past', 'future']);
    expect(events[3]?.date).toBe('2025-03');
  });

  it('lists the people mentioned in the event’s sentence', () => {
    const paragraph2 = 'Mayor Lena Okafor, who took office two years ago, said the vote would come in March.';
    const mentions: MentionRecord[] = [
      { person: 'lena-okafor', paragraph: 2, text: 'Lena Okafor', start: paragraph2.indexOf('Lena') },
      { person: 'someone-else', paragraph: 1, text: 'council', start: 4 },
    ];
    const events = eventsOf(body, '2024-05-15', { mentions });
    expect(events.find((e) => e.expression === 'in March')?.people).toEqual(['lena-okafor']);
    expect(events.find((e) => e.expression === 'on Tuesday')?.people).toEqual(['someone-else']);
  });

  it('writes a short summary without the expression', () => {
    const [first] = eventsOf(body, '2024-05-15');
    expect(first?.summary).toContain('council voted');
    expect(first?.summary).not.toContain('Tuesday');
  });

  it('never throws and returns nothing for a bad publication date', () => {
    const document = readDocument(body);
    expect(findEvents(document, { published: '2024-02-30', mentions: [], quotes: [] })).toEqual([]);
    expect(findEvents(document, { published: 'yesterday', mentions: [], quotes: [] })).toEqual([]);
  });
});

describe('expressions inside quotes', () => {
  it('resolves “today” against a dated attribution', () => {
    const text = '“We will decide today,” the minister said on Tuesday.';
    expect(resolved(text, '2024-05-16', 'today')).toBe('2024-05-14 day');
  });

  it('resolves against the day the words were said when the sentence dates them', () => {
    const text = 'Asked after Sunday’s final, the captain said: “We were better today.”';
    expect(resolved(text, '2023-04-17', 'today')).toBe('2023-04-16 day');
  });

  it('takes quotes in a report of a recent event as said that day', () => {
    const body = [
      'Millbrook won the cup on Saturday, beating Ashcombe 2-1.',
      '',
      '“This is the best day of my life,” the captain said. “Today we made history.”',
    ].join('\n');
    expect(resolved(body, '2024-09-02', 'Today')).toBe('2024-08-31 day');
  });

  it('keeps publication for present-tense attributions', () => {
    const body = ['The bakery opened on Tuesday.', '', '“Today I bake rye,” she says.'].join('\n');
    expect(resolved(body, '2023-06-24', 'Today')).toBe('2023-06-24 day');
  });

  it('resolves outside quotes against publication', () => {
    const body = ['The club won on Saturday.', '', 'A strike could begin today, the union said.'].join('\n');
    expect(resolved(body, '2024-09-02', 'today')).toBe('2024-09-02 day');
  });

  it('dates a quote by a year the attribution gives', () => {
    const body = [
      'She died last Thursday at her home.',
      '',
      'In an interview in 1994, she said: “This year the river beat us.”',
    ].join('\n');
    expect(resolved(body, '2022-08-09', 'This year')).toBe('1994 year');
  });

  it('carries the date of a quote that runs on into the next paragraph', () => {
    const body = [
      'In a statement issued on Friday, the ministry said: “Talks have failed.',
      '',
      '“The progress achieved this year remains on the table.”',
    ].join('\n');
    expect(resolved(body, '2023-01-01', 'this year')).toBe('2022 year');
  });
});
