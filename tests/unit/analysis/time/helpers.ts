/**
 * Test helpers: run the events stage on a snippet of Markdown and pick out one expression's event.
 */
import { expect, it } from 'vitest';
import { readDocument } from '../../../../src/analysis/document';
import { extractEvents } from '../../../../src/analysis/events';
import type { EventRecord, MentionRecord, QuoteRecord } from '../../../../src/analysis/schema';

export function eventsOf(
  markdown: string,
  published: string,
  extra: { mentions?: MentionRecord[]; quotes?: QuoteRecord[] } = {},
): EventRecord[] {
  return extractEvents(readDocument(markdown), {
    published,
    mentions: extra.mentions ?? [],
    quotes: extra.quotes ?? [],
  });
}

/** The event whose expression contains `expression` (case-sensitive), or throws with what was found. */
export function eventFor(markdown: string, published: string, expression: string): EventRecord {
  const events = eventsOf(markdown, published);
  const hit = events.find((e) => e.expression.includes(expression) || expression.includes(e.expression));
  if (!hit) {
    throw new Error(
      `no event for “${expression}” in “${markdown}”; found ${JSON.stringify(events.map((e) => e.expression))}`,
    );
  }
  return hit;
}

/** "date precision" of the event for `expression`, for compact table tests. */
export function resolved(markdown: string, published: string, expression: string): string {
  const event = eventFor(markdown, published, expression);
  return `${event.date} ${event.precision}`;
}

/** A table row: sentence, publication date, expression, and its expected "date precision". */
export type Case = readonly [sentence: string, published: string, expression: string, expected: string];

/** One test per row: the expression in the sentence resolves to the expected date and precision. */
export function runCases(cases: readonly Case[]): void {
  it.each(cases)('%s [%s] %s', (sentence, published, expression, expected) => {
    expect(resolved(sentence, published, expression)).toBe(expected);
  });
}
