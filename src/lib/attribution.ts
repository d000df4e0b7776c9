/** How a quote's speaker was found, in words for readers: a short label shown beside the quote, and its meaning. */
import type { Attribution } from '../analysis/schema';

export interface AttributionLabel {
  /** Shown beside every quote: one or two words. */
  readonly short: string;
  /** What the label means, for the glossary and as the label's title. */
  readonly long: string;
}

export const attributionLabels: Readonly<Record<Attribution, AttributionLabel>> = {
  explicit: { short: 'named', long: 'The text names the speaker with this quote.' },
  pronoun: { short: 'pronoun', long: 'The text gives a pronoun (“he said”); it points to the person named before.' },
  continuation: {
    short: 'continued',
    long: 'No attribution in its own sentence: it continues the previous speaker’s quote.',
  },
  override: { short: 'editor', long: 'An editor set the speaker by hand.' },
  unattributed: { short: 'unattributed', long: 'The text does not say who said it.' },
};
