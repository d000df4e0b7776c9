/**
 * Stages 5-6: time expressions resolved against the publication date by tense -> dated events.
 * (Stub: returns nothing until the stages land.)
 */
import type { ArticleDocument } from './document';
import type { EventRecord, MentionRecord, QuoteRecord } from './schema';

export interface EventContext {
  /** ISO publication date, YYYY-MM-DD. */
  readonly published: string;
  /** People mentions, to say who is involved in each event's clause. */
  readonly mentions: readonly MentionRecord[];
  /** Quotes, so expressions inside quotes can be told apart. */
  readonly quotes: readonly QuoteRecord[];
}

export function findEvents(document: ArticleDocument, context: EventContext): EventRecord[] {
  void document;
  void context;
  return [];
}
