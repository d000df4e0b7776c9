/**
 * What the engine reads: an article's Markdown body and publication date, the people registry, and the
 * editor's corrections from frontmatter. Plain types, so the site, the CLI and tests can all build them.
 */
import type { Precision } from './schema';

/** One role a person held, with the time they held it where known (ISO dates or years). */
export interface RegistryRole {
  readonly title: string;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/** A person from `content/people.yaml`. */
export interface RegistryPerson {
  readonly id: string;
  readonly name: string;
  /** Name variants, including misspellings seen in print. */
  readonly aliases?: readonly string[] | undefined;
  readonly roles?: readonly RegistryRole[] | undefined;
  readonly affiliation?: string | undefined;
  readonly description?: string | undefined;
  /** Pronoun the person uses; pronoun attribution relies on it only when it is set. */
  readonly pronoun?: 'he' | 'she' | 'they' | undefined;
  /** How the person is usually quoted: as an official, an outside expert, or neither. */
  readonly sourceType?: 'official' | 'expert' | 'other' | undefined;
}

/** Correct a quote's speaker, or say a quoted span is not a quote. */
export interface QuoteOverride {
  /** A fragment of the quote's text that occurs in exactly one quote. */
  readonly match: string;
  /** Registry id of the real speaker. */
  readonly speaker?: string | undefined;
  /** Display name when the speaker is anonymous or an organisation ("a U.S. official"). */
  readonly speakerName?: string | undefined;
  /** The span is a scare quote, a title or a nickname, not someone's words. */
  readonly notQuote?: boolean | undefined;
}

/** Correct an event's date, or add an event the engine missed. */
export interface EventOverride {
  /** The time expression exactly as written in the text. */
  readonly expression: string;
  /** The paragraph it is in (1-based); needed only when the expression occurs more than once. */
  readonly paragraph?: number | undefined;
  readonly date: string;
  readonly precision: Precision;
  readonly summary?: string | undefined;
}

export interface EditorialOverrides {
  readonly quotes?: readonly QuoteOverride[] | undefined;
  readonly events?: readonly EventOverride[] | undefined;
}

export interface ArticleInput {
  readonly slug: string;
  readonly title: string;
  /** ISO date, YYYY-MM-DD. */
  readonly published: string;
  /** Markdown body without frontmatter. */
  readonly body: string;
  readonly registry?: readonly RegistryPerson[] | undefined;
  readonly overrides?: EditorialOverrides | undefined;
}
