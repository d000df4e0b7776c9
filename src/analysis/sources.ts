/**
 * The contract's `sources`: every speaker quoted, named or not, with how many quotes and quoted words,
 * for share-of-voice. People are grouped by id, anonymous sources and organisations by label.
 */
import type { QuoteRecord, SourceRecord, SourceKind } from './schema';

export interface SourceInput {
  readonly quote: QuoteRecord;
  readonly kind: SourceKind | null;
}

/** Words in a quote, as a reader would count them. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (const ch of text) {
    const wordChar: boolean = /[\p{L}\p{N}]/u.test(ch) || ((ch === '’' || ch === "'" || ch === '-') && inWord);
    if (wordChar && !inWord) words++;
    inWord = wordChar;
  }
  return words;
}

export function buildSources(inputs: readonly SourceInput[]): SourceRecord[] {
  const sources = new Map<
    string,
    { label: string; kind: SourceKind; person: string | null; quotes: number; words: number }
  >();
  for (const { quote, kind } of inputs) {
    if (kind === null || quote.speakerName.trim() === '') continue;
    const key =
      kind === 'person' && quote.speaker ? `person:${quote.speaker}` : `${kind}:${quote.speakerName.toLowerCase()}`;
    const entry = sources.get(key) ?? {
      label: quote.speakerName,
      kind,
      person: kind === 'person' ? quote.speaker : null,
      quotes: 0,
      words: 0,
    };
    entry.quotes++;
    entry.words += countWords(quote.text);
    sources.set(key, entry);
  }
  return [...sources.values()].map((entry) => ({ ...entry }));
}
