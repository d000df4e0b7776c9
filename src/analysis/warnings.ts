/** Things an editor should look at: likely misspellings of names, quotation marks left open. */
import type { Person, SpellingNote } from './people';
import type { QuoteSpan } from './quotes';
import type { WarningRecord } from './schema';

/** Misspelling warnings; `offset` is the number of paragraphs before these (0 for a whole article). */
export function spellingWarnings(
  notes: readonly SpellingNote[],
  people: readonly Person[],
  offset = 0,
): WarningRecord[] {
  const seen = new Set<string>();
  const out: WarningRecord[] = [];
  for (const note of notes) {
    const person = people[note.person];
    if (!person) continue;
    const key = `${note.paragraph}:${note.written}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const pronoun = person.gender === 'he' ? 'him' : person.gender === 'she' ? 'her' : 'them';
    out.push({
      paragraph: note.paragraph + 1 + offset,
      message: `“${note.written}” looks like a misspelling of ${person.name} (paragraph ${note.firstParagraph + 1 + offset}); attributed to ${pronoun}`,
    });
  }
  return out;
}

export function unclosedQuoteWarnings(spans: readonly QuoteSpan[], offset = 0): WarningRecord[] {
  const out: WarningRecord[] = [];
  for (const span of spans) {
    if (span.closed) continue;
    const last = span.parts[span.parts.length - 1];
    if (!last) continue;
    out.push({
      paragraph: last.paragraph + 1 + offset,
      message: `A quotation mark opened here is not closed before the paragraph ends; the quote was ended there`,
    });
  }
  return out;
}
