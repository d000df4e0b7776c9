/**
 * The hast elements that mark a quote in the article: the quote itself (`<q>`, or a `<figure>` with a
 * `<blockquote>` for a quote over several paragraphs) and its credit, which names the speaker (a link to
 * their page when they have one) and says how the speaker was found.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { QuoteRecord } from '../analysis/schema';
import { attributionLabels } from '../lib/attribution';

/** Address of a person's page, base included. */
export type PersonUrl = (id: string) => string;

function quoteProperties(quote: QuoteRecord, personUrl: PersonUrl) {
  return {
    dataQuote: quote.id,
    dataAttribution: quote.attribution,
    dataSpeaker: quote.speaker ?? undefined,
    cite: quote.speaker ? personUrl(quote.speaker) : undefined,
  };
}

/** An empty `<q>` for one run of the quote's text. */
export function inlineQuote(quote: QuoteRecord, personUrl: PersonUrl): Element {
  return h('q', { className: ['quote'], ...quoteProperties(quote, personUrl) });
}

/** A multi-paragraph quote: the paragraphs inside a block quote, the credit as its caption. */
export function blockQuote(quote: QuoteRecord, paragraphs: ElementContent[], personUrl: PersonUrl): Element {
  return h('figure', { className: ['quote-block'] }, [
    h('blockquote', { className: ['quote'], ...quoteProperties(quote, personUrl) }, paragraphs),
    h('figcaption', [quoteCredit(quote, personUrl)]),
  ]);
}

/** Who said it and how that was found: after an inline quote's closing mark, or a block quote's caption. */
export function quoteCredit(quote: QuoteRecord, personUrl: PersonUrl): Element {
  const label = attributionLabels[quote.attribution];
  const name = quote.speakerName.trim() || 'Unknown speaker';
  const speaker = quote.speaker
    ? h('a', { className: ['quote-credit__speaker'], href: personUrl(quote.speaker) }, name)
    : h('span', { className: ['quote-credit__speaker'] }, name);
  return h('span', { className: ['quote-credit'], dataQuote: quote.id, dataAttribution: quote.attribution }, [
    h('span', { className: ['visually-hidden'] }, 'Quote by '),
    speaker,
    h('span', { className: ['visually-hidden'] }, ', attribution: '),
    h('span', { className: ['quote-credit__how'], title: label.long }, label.short),
  ]);
}
