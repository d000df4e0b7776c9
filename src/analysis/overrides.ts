/**
 * Last stage: the editor's corrections from frontmatter win over the engine's reading.
 *
 * Each correction is first resolved against the engine's own output (`resolveQuoteOverride`,
 * `resolveEventOverride`, also used by `npm run validate` to explain corrections that do not apply),
 * then applied. A correction that resolves to nothing, or to more than one quote or event, is skipped
 * here and reported by the content lint; this stage never throws on editor input.
 */
import type { ArticleDocument } from './document';
import type { EditorialOverrides, EventOverride, QuoteOverride, RegistryPerson } from './input';
import {
  isValidDateForPrecision,
  type ArticleAnalysis,
  type EventRecord,
  type PersonRecord,
  type Precision,
  type QuoteRecord,
  type SourceKind,
  type Tense,
} from './schema';
import { buildSources } from './sources';

export function applyOverrides(
  analysis: ArticleAnalysis,
  overrides: EditorialOverrides | undefined,
  document: ArticleDocument,
  registry: readonly RegistryPerson[] = [],
): ArticleAnalysis {
  if (!overrides) return analysis;
  const quotes = correctQuotes(analysis, overrides.quotes ?? [], registry);
  const events = correctEvents(analysis, overrides.events ?? [], document);
  if (quotes === analysis.quotes) return { ...analysis, events };
  return { ...analysis, ...recountSpeakers(analysis, quotes, registry), quotes, events };
}

/** Quote marks, apostrophes, spaces and case differ between what an editor types and the text. */
function normalised(text: string): string {
  return text
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The quotes whose text contains the override's fragment; it applies only when there is one. */
export function resolveQuoteOverride(quotes: readonly QuoteRecord[], override: QuoteOverride): QuoteRecord[] {
  const fragment = normalised(override.match);
  return quotes.filter((quote) => normalised(quote.text).includes(fragment));
}

function correctQuotes(
  analysis: ArticleAnalysis,
  overrides: readonly QuoteOverride[],
  registry: readonly RegistryPerson[],
): QuoteRecord[] {
  const removed = new Set<QuoteRecord>();
  const corrected = new Map<QuoteRecord, QuoteRecord>();
  // Every fragment is matched against the engine's quotes, as the lint does, not against earlier corrections.
  for (const override of overrides) {
    const matches = resolveQuoteOverride(analysis.quotes, override);
    const [match] = matches;
    if (matches.length !== 1 || !match) continue;
    // A quote interrupted by its attribution ("…,” he said. “…") is one quote in several records.
    const parts = match.group === undefined ? [match] : analysis.quotes.filter((quote) => quote.group === match.group);
    const speaker = speakerOf(override, analysis.people, registry);
    for (const part of parts) {
      if (override.notQuote === true) removed.add(part);
      else if (speaker) corrected.set(part, { ...part, ...speaker, attribution: 'override' });
    }
  }
  if (removed.size === 0 && corrected.size === 0) return analysis.quotes;
  return analysis.quotes.filter((quote) => !removed.has(quote)).map((quote) => corrected.get(quote) ?? quote);
}

/** The corrected speaker; undefined for an id that is in neither the registry nor the article's people. */
function speakerOf(
  override: QuoteOverride,
  people: readonly PersonRecord[],
  registry: readonly RegistryPerson[],
): Pick<QuoteRecord, 'speaker' | 'speakerName'> | undefined {
  if (override.speaker !== undefined) {
    const id = override.speaker;
    const name = registry.find((person) => person.id === id)?.name ?? people.find((person) => person.id === id)?.name;
    return name === undefined ? undefined : { speaker: id, speakerName: name };
  }
  return override.speakerName === undefined ? undefined : { speaker: null, speakerName: override.speakerName };
}

/**
 * People's `quoted` counts and the `sources` list, recounted from the corrected quotes with the speech
 * stage's own `buildSources`. A speaker the engine had not listed among the people is added from the registry.
 */
export function recountSpeakers(
  analysis: Pick<ArticleAnalysis, 'people' | 'sources' | 'mentions' | 'published'>,
  quotes: readonly QuoteRecord[],
  registry: readonly RegistryPerson[],
): Pick<ArticleAnalysis, 'people' | 'sources'> {
  const quotedBy = (id: string) => quotes.filter((quote) => quote.speaker === id).length;
  const people = analysis.people.map((person) => ({ ...person, quoted: quotedBy(person.id) }));
  for (const id of new Set(quotes.map((quote) => quote.speaker))) {
    const entry = registry.find((person) => person.id === id);
    if (id === null || !entry || people.some((person) => person.id === id)) continue;
    const mentions = analysis.mentions.filter((mention) => mention.person === id).length;
    const role = roleAt(entry, analysis.published);
    people.push({ id, name: entry.name, ...(role ? { role } : {}), mentions, quoted: quotedBy(id) });
  }

  const engineKinds = new Map(
    analysis.sources
      .filter((source) => source.person === null)
      .map((source) => [source.label.toLowerCase(), source.kind]),
  );
  const kindOf = (quote: QuoteRecord): SourceKind | null => {
    if (quote.speaker !== null) return 'person';
    const known = engineKinds.get(quote.speakerName.toLowerCase());
    if (known) return known;
    // Only a corrected quote gets a kind here: the engine left its other unnamed speakers out on purpose.
    return quote.attribution === 'override' ? unnamedKind(quote.speakerName) : null;
  };
  return { people, sources: buildSources(quotes.map((quote) => ({ quote, kind: kindOf(quote) }))) };
}

/** "a U.S. official" and "the spokeswoman" are people left unnamed; "Kessel Lines" names an organisation. */
function unnamedKind(label: string): SourceKind {
  return /^(an?|the|one|some|several|two|three)\s/i.test(label) || /^\p{Ll}/u.test(label)
    ? 'anonymous'
    : 'organization';
}

/** The registry role held on the publication date, most recent first as the registry lists them. */
function roleAt(person: RegistryPerson, published: string): string | undefined {
  const held = person.roles?.find(
    (role) => (role.from ?? '') <= published && (role.to === undefined || published <= role.to),
  );
  return held?.title;
}

export type EventResolution =
  | { readonly kind: 'correct'; readonly event: EventRecord }
  | { readonly kind: 'add'; readonly paragraph: number }
  | { readonly kind: 'ambiguous'; readonly paragraphs: readonly number[] }
  | { readonly kind: 'not-in-text' }
  | { readonly kind: 'not-in-paragraph'; readonly paragraph: number }
  | { readonly kind: 'date-precision-mismatch' };

/**
 * Which engine event the correction is about, or where an event it adds sits: the expression must be
 * written exactly as in the text, and `paragraph` is needed only when it occurs more than once.
 */
export function resolveEventOverride(
  events: readonly EventRecord[],
  document: ArticleDocument,
  override: EventOverride,
): EventResolution {
  if (!isValidDateForPrecision(override.date, override.precision)) return { kind: 'date-precision-mismatch' };
  const inParagraph = (paragraph: number) => override.paragraph === undefined || override.paragraph === paragraph;
  const matches = events.filter((event) => event.expression === override.expression && inParagraph(event.paragraph));
  const [event] = matches;
  if (matches.length === 1 && event) return { kind: 'correct', event };
  if (matches.length > 1) return { kind: 'ambiguous', paragraphs: matches.map((match) => match.paragraph) };

  const containing = document.paragraphs.filter((paragraph) => paragraph.text.includes(override.expression));
  const candidates = containing.filter((paragraph) => inParagraph(paragraph.n));
  const [paragraph] = candidates;
  if (candidates.length === 1 && paragraph) return { kind: 'add', paragraph: paragraph.n };
  if (candidates.length > 1) return { kind: 'ambiguous', paragraphs: candidates.map((candidate) => candidate.n) };
  if (containing.length > 0 && override.paragraph !== undefined) {
    return { kind: 'not-in-paragraph', paragraph: override.paragraph };
  }
  return { kind: 'not-in-text' };
}

function correctEvents(
  analysis: ArticleAnalysis,
  overrides: readonly EventOverride[],
  document: ArticleDocument,
): EventRecord[] {
  let events = [...analysis.events];
  let nextId = Math.max(0, ...events.map((event) => Number(event.id.slice(1)))) + 1;
  for (const override of overrides) {
    const resolution = resolveEventOverride(analysis.events, document, override);
    const dated = { date: override.date, precision: override.precision };
    if (resolution.kind === 'correct') {
      const fixed = { ...resolution.event, ...dated, summary: override.summary ?? resolution.event.summary };
      events = events.map((event) => (event.id === resolution.event.id ? fixed : event));
    } else if (resolution.kind === 'add') {
      const text = document.paragraphs[resolution.paragraph - 1]?.text ?? '';
      events.push({
        id: `e${nextId++}`,
        ...dated,
        expression: override.expression,
        summary: override.summary ?? sentenceContaining(text, override.expression),
        paragraph: resolution.paragraph,
        people: [],
        tense: tenseOf(override.date, override.precision, analysis.published),
      });
    }
  }
  return events.sort((a, b) => a.paragraph - b.paragraph);
}

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

function sentenceContaining(text: string, expression: string): string {
  const at = text.indexOf(expression);
  for (const { segment, index } of sentences.segment(text)) {
    if (at >= index && at < index + segment.length) return segment.trim();
  }
  return '';
}

/** Past when the whole period ends before publication, future when it starts after, else present. */
export function tenseOf(date: string, precision: Precision, published: string): Tense {
  const [start, end] = periodOf(date, precision);
  if (end < published) return 'past';
  return start > published ? 'future' : 'present';
}

/** First and last day of a date's period, as ISO days (string order is date order). */
function periodOf(date: string, precision: Precision): [string, string] {
  switch (precision) {
    case 'day':
      return [date, date];
    case 'month':
      return [`${date}-01`, `${date}-31`];
    case 'year':
      return [`${date}-01-01`, `${date}-12-31`];
    case 'week': {
      const year = Number(date.slice(0, 4));
      const week = Number(date.slice(6));
      // ISO week 1 is the week with 4 January; weeks start on Monday.
      const jan4 = new Date(Date.UTC(year, 0, 4));
      const monday = new Date(jan4.getTime() + ((week - 1) * 7 - ((jan4.getUTCDay() + 6) % 7)) * 86_400_000);
      const sunday = new Date(monday.getTime() + 6 * 86_400_000);
      return [monday.toISOString().slice(0, 10), sunday.toISOString().slice(0, 10)];
    }
  }
}
