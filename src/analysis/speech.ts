/**
 * Stages 2-4: sentences -> quote spans -> speaker attribution -> people and mentions.
 * (Stub: returns nothing until the stages land.)
 */
import type { ArticleDocument } from './document';
import type { ArticleInput } from './input';
import type { MentionRecord, PersonRecord, QuoteRecord, SourceRecord, WarningRecord } from './schema';

export interface SpeechAnalysis {
  readonly people: PersonRecord[];
  readonly quotes: QuoteRecord[];
  readonly sources: SourceRecord[];
  readonly mentions: MentionRecord[];
  readonly warnings: WarningRecord[];
}

export function analyzeSpeech(document: ArticleDocument, input: ArticleInput): SpeechAnalysis {
  void document;
  void input;
  return { people: [], quotes: [], sources: [], mentions: [], warnings: [] };
}
