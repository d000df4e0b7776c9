/**
 * An article being written, with a record of what was planted in it: every quote with its speaker and
 * the way the text attributes it, and every time expression. Tests check the engine finds them.
 */

import { wordCount } from './text';

export type QuoteStyle =
  | 'said-name' // “…,” said Ada Lindqvist, chair of …
  | 'name-said' // “…,” Lindqvist said.
  | 'colon' // Ada Lindqvist, chair of …, said: “…”
  | 'continuation' // a second quote after an attributed one, with no attribution of its own
  | 'pronoun' // “…,” she said.
  | 'anonymous' // “…,” said a city official, who spoke on condition of anonymity …
  | 'organization' // In a statement, the Ashbury Water Board said: “…”
  | 'partial'; // Lindqvist called the plan “a fragile compromise”

export interface PlantedQuote {
  /** The words between the quote marks. */
  readonly text: string;
  /** People-registry id or the slug of the name; null for anonymous sources and organisations. */
  readonly speaker: string | null;
  readonly speakerName: string;
  readonly style: QuoteStyle;
  readonly paragraph: number;
  readonly partial: boolean;
}

export interface PlantedTime {
  /** As written, without a leading "on" or "in". */
  readonly expression: string;
  readonly paragraph: number;
  readonly tense: 'past' | 'future';
}

export interface Speaker {
  readonly id: string | null;
  readonly name: string;
}

export class ArticleDraft {
  readonly paragraphs: string[] = [];
  readonly quotes: PlantedQuote[] = [];
  readonly times: PlantedTime[] = [];
  /** Ids of the people named so far in full. */
  readonly introduced = new Set<string>();
  /** Words written so far. */
  words = 0;

  /** The number the next paragraph will have (1-based, as the contract counts). */
  get paragraph(): number {
    return this.paragraphs.length + 1;
  }

  add(paragraph: string): void {
    this.paragraphs.push(paragraph);
    this.words += wordCount(paragraph);
  }

  /** Records a quote of the next paragraph and returns its text. */
  quote(text: string, speaker: Speaker, style: QuoteStyle): string {
    const partial = style === 'partial';
    this.quotes.push({
      text,
      speaker: speaker.id,
      speakerName: speaker.name,
      style,
      paragraph: this.paragraph,
      partial,
    });
    return text;
  }

  /** Records a time expression of the next paragraph and returns it. */
  time(expression: string, tense: PlantedTime['tense']): string {
    this.times.push({ expression, paragraph: this.paragraph, tense });
    return expression;
  }
}
