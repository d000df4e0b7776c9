/**
 * Stages 2-4: sentences -> quote spans -> speech or not -> people and mentions -> speaker attribution
 * -> the contract's people, quotes, sources and warnings, plus the extra `mentions` the site links.
 *
 * API: `analyzeSpeech(document, input)` returns `{ people, quotes, sources, mentions, warnings }`, all
 * schema records (see schema.ts). Deterministic, offline, linear in the text.
 */
import type { ArticleDocument } from './document';
import type { ArticleInput, RegistryPerson } from './input';
import { layoutParagraphs, withQuotes } from './layout';
import { findPeople, type Person } from './people';
import { classifyQuote } from './quote-kinds';
import { quoteSpans } from './quotes';
import { resolvePronouns } from './salience';
import type { MentionRecord, PersonRecord, QuoteRecord, SourceRecord, WarningRecord } from './schema';
import { buildSources, type SourceInput } from './sources';
import { attributeQuotes, type SpeechQuote } from './speakers';
import { spellingWarnings, unclosedQuoteWarnings } from './warnings';

export interface SpeechAnalysis {
  readonly people: PersonRecord[];
  readonly quotes: QuoteRecord[];
  readonly sources: SourceRecord[];
  readonly mentions: MentionRecord[];
  readonly warnings: WarningRecord[];
}

export function analyzeSpeech(document: ArticleDocument, input: ArticleInput): SpeechAnalysis {
  const spans = quoteSpans(
    document.paragraphs.map((paragraph) => ({
      text: paragraph.text,
      kind: paragraph.kind,
      raw: document.body.slice(paragraph.start, paragraph.end),
    })),
  );
  const allLayouts = layoutParagraphs(document, spans);
  const speech: SpeechQuote[] = [];
  for (const span of spans) {
    const reading = classifyQuote(span, allLayouts);
    if (reading.kind === 'speech') speech.push({ span, reading });
  }
  const layouts = withQuotes(
    allLayouts,
    speech.map((quote) => quote.span),
  );
  const reading = findPeople(layouts, input.registry ?? []);
  const pronouns = resolvePronouns(layouts, reading.people, reading.mentions);
  const attributed = attributeQuotes(speech, layouts, reading, pronouns);

  const ids = personIds(reading.people);
  const quoted = new Map<number, number>();
  const quotes: QuoteRecord[] = [];
  const sourceInputs: SourceInput[] = [];
  for (const quote of attributed) {
    const first = quote.span.parts[0];
    const last = quote.span.parts[quote.span.parts.length - 1];
    if (!first || !last || quote.span.text.trim() === '') continue;
    const speaker = quote.speaker;
    const personIndex = speaker?.kind === 'person' ? speaker.person : null;
    if (personIndex !== null) quoted.set(personIndex, (quoted.get(personIndex) ?? 0) + 1);
    const record: QuoteRecord = {
      id: `q${quotes.length + 1}`,
      text: quote.span.text,
      speaker: personIndex !== null ? (ids[personIndex] ?? null) : null,
      speakerName: speaker ? speaker.label : '',
      attribution: speaker ? quote.attribution : 'unattributed',
      paragraph: first.paragraph + 1,
      partial: quote.reading.partial,
      ...(quote.group !== undefined ? { group: quote.group } : {}),
      ...(last.paragraph !== first.paragraph ? { endParagraph: last.paragraph + 1 } : {}),
    };
    quotes.push(record);
    sourceInputs.push({ quote: record, kind: speaker ? speaker.kind : null });
  }

  const people: PersonRecord[] = reading.people.map((person) => {
    const role = person.role || registryRole(person.registry, input.published);
    return {
      id: ids[person.index] ?? person.id,
      name: person.name,
      ...(role ? { role } : {}),
      mentions: person.mentions.length,
      quoted: quoted.get(person.index) ?? 0,
    };
  });

  const mentions: MentionRecord[] = reading.mentions.map((mention) => ({
    person: ids[mention.person] ?? '',
    paragraph: mention.paragraph + 1,
    text: mention.text,
    start: mention.start,
  }));

  const warnings = [...spellingWarnings(reading.misspellings, reading.people), ...unclosedQuoteWarnings(spans)];
  return { people, quotes, sources: buildSources(sourceInputs), mentions, warnings };
}

/** Ids, unique within the article (two different people with the same slug get a suffix). */
function personIds(people: readonly Person[]): string[] {
  const used = new Set<string>();
  return people.map((person) => {
    let id = person.id;
    for (let n = 2; used.has(id); n++) id = `${person.id}-${n}`;
    used.add(id);
    return id;
  });
}

/** The registry role the person held when the article was published, else the latest listed. */
function registryRole(person: RegistryPerson | null, published: string): string {
  const roles = person?.roles ?? [];
  for (const role of roles) {
    const from = role.from ?? '';
    const to = role.to ?? '9999';
    if (from <= published && published <= to) return role.title;
  }
  return roles[0]?.title ?? '';
}
