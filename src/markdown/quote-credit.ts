/**
 * The hast elements that mark a quote in the article: the quote itself (`<q>`, or a `<figure>` with a
 * `<blockquote>` for a quote over several paragraphs) and its credit, which names the speaker (a link to
 * their page when they have one) and says how the speaker was found.
 */
import type { Element, ElementContent, Properties } from 'hast';
import type { QuoteRecord } from '../analysis/schema';
import { attributionLabels } from '../lib/attribution';

/** Address of a person's page, base included. */
export type PersonUrl = (id: string) => string;

// Plain hast literals rather than hastscript's `h`, which parses its arguments: this runs for every
// quote of every article on each build.
function element(tagName: string, properties: Properties, children: (ElementContent | string)[] = []): Element {
  const content = children.map((child): ElementContent =>
    typeof child === 'string' ? { type: 'text', value: child } : child,
  );
  return { type: 'element', tagName, properties, children: content };
}

function quoteProperties(quote: QuoteRecord, personUrl: PersonUrl): Properties {
  const properties: Properties = { className: ['quote'], dataQuote: quote.id, dataAttribution: quote.attribution };
  if (quote.speaker) {
    properties['dataSpeaker'] = quote.speaker;
    properties['cite'] = personUrl(quote.speaker);
  }
  return properties;
}

/** An empty `<q>` for one run of the quote's text. */
export function inlineQuote(quote: QuoteRecord, personUrl: PersonUrl): Element {
  return element('q', quoteProperties(quote, personUrl));
}

/** A multi-paragraph quote: the paragraphs inside a block quote, the credit as its caption. */
export function blockQuote(quote: QuoteRecord, paragraphs: ElementContent[], personUrl: PersonUrl): Element {
  return element('figure', { className: ['quote-block'] }, [
    element('blockquote', quoteProperties(quote, personUrl), paragraphs),
    element('figcaption', {}, [quoteCredit(quote, personUrl)]),
  ]);
}

/** Who said it and how that was found: after an inline quote's closing mark, or a block quote's caption. */
export function quoteCredit(quote: QuoteRecord, personUrl: PersonUrl): Element {
  const label = attributionLabels[quote.attribution];
  const name = quote.speakerName.trim() || 'Unknown speaker';
  const speaker = quote.speaker
    ? element('a', { className: ['quote-credit__speaker'], href: personUrl(quote.speaker) }, [name])
    : element('span', { className: ['quote-credit__speaker'] }, [name]);
  return element('span', { className: ['quote-credit'], dataQuote: quote.id, dataAttribution: quote.attribution }, [
    element('span', { className: ['visually-hidden'] }, ['Quote by ']),
    speaker,
    element('span', { className: ['visually-hidden'] }, [', attribution: ']),
    element('span', { className: ['quote-credit__how'], title: label.long }, [label.short]),
  ]);
}
