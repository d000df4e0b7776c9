/** Corrections applied by the real engine to the seed article: the analysis stays consistent. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/analysis/index';
import type { EditorialOverrides } from '../../../src/analysis/input';
import type { ArticleAnalysis } from '../../../src/analysis/schema';
import { articleInputFromSource } from '../../../src/lib/article-input';
import { loadRegistry } from '../../../src/lib/registry';

const file = 'content/articles/2023-03-13-biden-xi-call.md';
const input = articleInputFromSource(readFileSync(file, 'utf8'), file, loadRegistry());
const analyse = (overrides?: EditorialOverrides) => analyzeArticle({ ...input, overrides });

/** What `sources` and `people[].quoted` must say for the quotes as they are. */
function expectConsistent(analysis: ArticleAnalysis): void {
  const attributed = analysis.quotes.filter((quote) => quote.speakerName !== '');
  expect(analysis.sources.reduce((sum, source) => sum + source.quotes, 0)).toBe(attributed.length);
  for (const person of analysis.people) {
    expect(person.quoted, person.id).toBe(analysis.quotes.filter((quote) => quote.speaker === person.id).length);
  }
}

describe('editorial overrides on the seed article', () => {
  const plain = analyse();

  it('moves a quote to the corrected speaker and recounts', () => {
    const corrected = analyse({ quotes: [{ match: "I won't characterize", speaker: 'antony-blinken' }] });
    const quote = corrected.quotes.find((q) => q.text.includes('characterize'));
    expect(quote).toMatchObject({ speaker: 'antony-blinken', speakerName: 'Antony Blinken', attribution: 'override' });
    const quoted = (analysis: ArticleAnalysis, id: string) => analysis.people.find((p) => p.id === id)?.quoted;
    expect(quoted(corrected, 'jake-sullivan')).toBe((quoted(plain, 'jake-sullivan') ?? 0) - 1);
    expect(quoted(corrected, 'antony-blinken')).toBe(1);
    expect(corrected.sources.find((source) => source.person === 'antony-blinken')?.quotes).toBe(1);
    expectConsistent(corrected);
  });

  it('drops a span marked as not a quote', () => {
    const corrected = analyse({ quotes: [{ match: 'containment, encirclement', notQuote: true }] });
    expect(corrected.quotes).toHaveLength(plain.quotes.length - 1);
    expect(corrected.quotes.some((q) => q.text.includes('containment'))).toBe(false);
    expectConsistent(corrected);
  });

  it('corrects the date of a time expression', () => {
    const corrected = analyse({ events: [{ expression: 'in July', date: '2021-07', precision: 'month' }] });
    expect(corrected.events.find((event) => event.expression === 'in July')?.date).toBe('2021-07');
    expect(corrected.events).toHaveLength(plain.events.length);
  });
});
