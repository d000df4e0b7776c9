/**
 * The writer's sentence around a quote, for pages that show the quote away from its article (a person's
 * page, the quote lists): "Ruiz called the plan “a first step” on Tuesday." A fragment means little
 * alone, and the sentence says who said it and how. Only sentences that add a few words of the writer's
 * are kept (a quote that is the whole sentence needs no context), and a long quote is not repeated in it:
 * “…,” Ruiz said.
 */
import type { ArticleDocument } from '../analysis/document';
import { splitSentences } from '../analysis/sentences';
import type { QuoteRecord } from '../analysis/schema';

export interface QuoteContext {
  /** The sentence up to the quote, its opening mark included. */
  readonly before: string;
  /** The sentence after the quote, from its closing mark. */
  readonly after: string;
  /** The quote is long: show "…" for it in the sentence, since the card shows it in full already. */
  readonly elided: boolean;
}

/** Most words of the writer's a context shows. */
export const MAX_CONTEXT_WORDS = 35;
/** Longer quotes are elided in their context. */
export const MAX_REPEATED_QUOTE_WORDS = 12;
/** Fewest words of the writer's own a context must add. */
const MIN_ADDED_WORDS = 2;

const wordCount = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** Context of each quote of `document` that has one, by quote id. */
export function quoteContexts(document: ArticleDocument, quotes: readonly QuoteRecord[]): Map<string, QuoteContext> {
  const contexts = new Map<string, QuoteContext>();
  for (const quote of quotes) {
    const paragraph = document.paragraphs[quote.paragraph - 1];
    const context = paragraph && quote.endParagraph === undefined && contextIn(paragraph.text, quote.text);
    if (context) contexts.set(quote.id, context);
  }
  return contexts;
}

/** The sentences of `text` around the first `quote` in it, when they add a few words of the writer's. */
export function contextIn(text: string, quote: string): QuoteContext | undefined {
  const start = text.indexOf(quote);
  if (start === -1) return undefined;
  const end = start + quote.length;
  const sentences = splitSentences(text);
  const first = sentences.findLast((sentence) => sentence.start <= start) ?? sentences[0];
  const last = sentences.find((sentence) => sentence.end >= end) ?? sentences.at(-1);
  if (!first || !last) return undefined;
  const before = text.slice(first.start, start);
  const after = text.slice(end, last.end);
  const added = wordCount(before) + wordCount(after);
  if (added < MIN_ADDED_WORDS || added > MAX_CONTEXT_WORDS) return undefined;
  return { before, after, elided: wordCount(quote) > MAX_REPEATED_QUOTE_WORDS };
}
