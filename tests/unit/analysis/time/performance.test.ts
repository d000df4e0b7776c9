/**
 * Speed guards for the events stage, in CPU time (less sensitive to a busy machine than wall time):
 * a 500-word article within the stage's 1.5 ms budget, a 1 MB body within a second, and inputs built
 * to trigger quadratic work or regex backtracking (no spaces, floods of quote marks, commas, dates)
 * staying linear.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleDocument } from '../../../../src/analysis/document';
import { readDocument } from '../../../../src/analysis/document';
import { extractEvents } from '../../../../src/analysis/events';

const cpuMs = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/** A realistic ~500-word news article written for this test. */
const ARTICLE = readFileSync(join(__dirname, 'fixtures', 'article-500.md'), 'utf8');

function oneParagraph(text: string): ArticleDocument {
  return { body: text, paragraphs: [{ n: 1, kind: 'paragraph', text, start: 0, end: text.length }] };
}

/** Paragraphs split at blank lines (the Markdown parse of a 1 MB body is not this stage's cost). */
function plainDocument(body: string): ArticleDocument {
  let offset = 0;
  const paragraphs = body.split('\n\n').map((text, index) => {
    const paragraph = { n: index + 1, kind: 'paragraph' as const, text, start: offset, end: offset + text.length };
    offset += text.length + 2;
    return paragraph;
  });
  return { body, paragraphs };
}

describe('events stage speed', () => {
  // The stage's budget is 1.5 ms per 500 words (about 0.4-0.6 ms measured with `process.cpuUsage` in a
  // warm loop); the guard allows twice that so a busy machine does not fail it, while a quadratic
  // path or a backtracking regex (tens of ms) still does.
  it('takes under 3 ms of CPU (median) for a 500-word article', () => {
    const document = readDocument(ARTICLE);
    const words = ARTICLE.split(/\s+/).length;
    expect(words).toBeGreaterThanOrEqual(480);
    const context = { published: '2024-03-14', mentions: [], quotes: [] };
    for (let i = 0; i < 150; i++) extractEvents(document, context);
    const batches: number[] = [];
    for (let b = 0; b < 7; b++) {
      const start = cpuMs();
      for (let i = 0; i < 50; i++) extractEvents(document, context);
      batches.push((cpuMs() - start) / 50);
    }
    batches.sort((a, b) => a - b);
    const median = (batches[3] ?? Infinity) * (500 / words);
    expect(median).toBeLessThan(3);
  });

  it('handles a 1 MB body in under a second of CPU', () => {
    let body = '';
    while (body.length < 1_000_000) body += `${ARTICLE}\n\n`;
    const document = plainDocument(body);
    const start = cpuMs();
    const events = extractEvents(document, { published: '2024-03-14', mentions: [], quotes: [] });
    expect(cpuMs() - start).toBeLessThan(1000);
    expect(events.length).toBeGreaterThan(1000);
  }, 60_000);

  it.each([
    ['one 1 MB word', 'a'.repeat(1_000_000)],
    ['a flood of dates in one sentence', 'on Monday, the day before, '.repeat(8_000)],
    ['a flood of quote marks', '“'.repeat(100_000)],
    ['a flood of commas and periods', ', . '.repeat(60_000)],
    ['abbreviations without end', 'Dec. '.repeat(60_000)],
    ['digits without end', '1'.repeat(500_000)],
  ])(
    'stays linear on %s',
    (_name, text) => {
      const start = cpuMs();
      extractEvents(oneParagraph(text), { published: '2024-03-14', mentions: [], quotes: [] });
      expect(cpuMs() - start).toBeLessThan(3000);
    },
    60_000,
  );
});
