/**
 * readDocument's fast path for plain paragraphs must give exactly what the Markdown parser gives, so the
 * site's paragraph anchors and the analysis agree whatever the body holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocument, readMarkdownDocument } from '../../../src/analysis/document';
import { evalDir } from '../../support/eval-dir';

const pieces = [
  'word',
  'Word',
  ' ',
  ' ',
  '  ',
  '\t',
  '\n',
  '\n',
  '\n\n',
  '\n  \n',
  '   ',
  '    ',
  '“',
  '”',
  '’',
  "'",
  '"',
  '—',
  '.',
  ',',
  '1.',
  '2)',
  '1986. ',
  '# ',
  '## ',
  '> ',
  '- ',
  '* ',
  '+ ',
  '***',
  '---',
  '===',
  '_',
  '__',
  '`',
  '```',
  '~~',
  '|',
  ':',
  '[a](b)',
  '[x]: http://y',
  '![i](j)',
  '<b>',
  '<div>',
  '&amp;',
  '&',
  '\\',
  'http://x.y',
  'www.z.com',
  'a@b.co',
  '\u00a0',
  'Q: ',
  'A: ',
  '**Bold?**',
  '1. item',
  '[^1]',
  '\r\n',
  '\u00e9',
];
const body = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''));

describe('readDocument', () => {
  it('matches the Markdown parser on any body', () => {
    fc.assert(
      fc.property(fc.oneof(body, fc.string({ maxLength: 120 })), (text) => {
        expect(readDocument(text)).toEqual(readMarkdownDocument(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('matches the Markdown parser on the eval articles', () => {
    const dir = join(evalDir(), 'dev');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
      const text = readFileSync(join(dir, name), 'utf8').split(/^---$/m).slice(2).join('---').trim();
      expect(readDocument(text)).toEqual(readMarkdownDocument(text));
    }
  });

  it('reads plain paragraphs split at blank lines', () => {
    expect(readDocument('  First line\nsecond  \n\n\nThird.').paragraphs).toEqual([
      { n: 1, kind: 'paragraph', text: 'First line\nsecond', start: 2, end: 21 },
      { n: 2, kind: 'paragraph', text: 'Third.', start: 24, end: 30 },
    ]);
  });
});
