/**
 * schema.org JSON-LD for search engines and other readers of structured data: a `NewsArticle` with the
 * people it mentions and its quotations, and a `Person` for each person page. `serializeJsonLd` makes
 * it safe inside a `<script>` element, whatever the frontmatter says.
 */
import type { ArticleAnalysis, QuoteRecord, SourceKind } from '../analysis/schema';
import type { Person } from '../schemas/person';

type JsonLd = Record<string, unknown>;

export interface ArticleJsonLdInput {
  /** Absolute address of the article page. */
  readonly url: string;
  readonly title: string;
  readonly published: string;
  readonly updated?: string | undefined;
  readonly byline?: string | undefined;
  readonly dek?: string | undefined;
  readonly analysis: ArticleAnalysis;
  /** Absolute address of a person's page. */
  readonly personUrl: (id: string) => string;
}

export function articleJsonLd(input: ArticleJsonLdInput): JsonLd {
  const { analysis, personUrl } = input;
  const kinds = new Map<string, SourceKind>(analysis.sources.map((source) => [source.label, source.kind]));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': input.url,
    url: input.url,
    headline: input.title,
    ...(input.dek === undefined ? {} : { description: input.dek }),
    datePublished: input.published,
    dateModified: input.updated ?? input.published,
    ...(input.byline === undefined ? {} : { author: { '@type': 'Person', name: input.byline } }),
    mentions: analysis.people.map((person) => ({
      '@type': 'Person',
      '@id': personUrl(person.id),
      name: person.name,
      url: personUrl(person.id),
    })),
    hasPart: analysis.quotes.map((quote) => ({
      '@type': 'Quotation',
      text: quote.text,
      url: `${input.url}#p-${quote.paragraph}`,
      creator: quoteCreator(quote, kinds, personUrl),
    })),
  };
}

function quoteCreator(quote: QuoteRecord, kinds: Map<string, SourceKind>, personUrl: (id: string) => string): JsonLd {
  if (quote.speaker) return { '@type': 'Person', '@id': personUrl(quote.speaker), name: quote.speakerName };
  const name = quote.speakerName.trim() || 'Unknown speaker';
  if (kinds.get(quote.speakerName) === 'organization') return { '@type': 'Organization', name };
  // An anonymous source is a person the article does not name: described, not named.
  return { '@type': 'Person', description: name };
}

export interface PersonJsonLdInput {
  readonly url: string;
  readonly name: string;
  readonly role: string | undefined;
  readonly registry: Person | undefined;
}

export function personJsonLd({ url, name, role, registry }: PersonJsonLdInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    '@id': url,
    url,
    name,
    ...(role === undefined ? {} : { jobTitle: role }),
    ...(registry?.description === undefined ? {} : { description: registry.description }),
    ...(registry?.affiliation === undefined
      ? {}
      : { affiliation: { '@type': 'Organization', name: registry.affiliation } }),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` are written as JSON
 * escapes, so no text can close the element or open a comment, and U+2028/U+2029 too, for old parsers.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
