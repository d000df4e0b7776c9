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

/**
 * Paragraphs analysed together. Articles are far shorter; a body longer than this (a book, a dump, a
 * stress test) is read in sections of about this size, so working memory stays bounded and time
 * linear. Discourse (pronouns, continuation) does not cross a section boundary.
 */
const SECTION_PARAGRAPHS = 300;

export function analyzeSpeech(document: ArticleDocument, input: ArticleInput): SpeechAnalysis {
  const count = document.paragraphs.length;
  if (count <= SECTION_PARAGRAPHS) return analyzeSection(document, input, 0, []).analysis;
  const sections: SpeechAnalysis[] = [];
  const known = new Map<string, RegistryPerson>();
  let from = 0;
  while (from < count) {
    let to = Math.min(count, from + SECTION_PARAGRAPHS);
    // never split a quote that runs on into the next paragraph, or an intro from what it introduces
    for (let guard = 0; guard < 20 && to < count && continuesIntoNext(document, to); guard++) to++;
    const part: ArticleDocument = { body: document.body, paragraphs: document.paragraphs.slice(from, to) };
    const section = analyzeSection(part, input, from, [...known.values()]);
    sections.push(section.analysis);
    // people found so far are known to the sections after
    for (const person of section.people) {
      if (person.registry || known.has(person.id)) continue;
      known.set(person.id, {
        id: person.id,
        name: person.name,
        ...(person.gender ? { pronoun: person.gender } : {}),
        ...(person.role ? { roles: [{ title: person.role }] } : {}),
      });
    }
    from = to;
  }
  return mergeSections(sections);
}

/** Paragraph `index` continues the one before it (an opening quote mark again, or after a colon). */
function continuesIntoNext(document: ArticleDocument, index: number): boolean {
  const text = document.paragraphs[index]?.text.trimStart() ?? '';
  const before = document.paragraphs[index - 1]?.text.trimEnd() ?? '';
  const first = text.charAt(0);
  return (
    first === '\u201c' ||
    first === '"' ||
    first === '\u2018' ||
    first === "'" ||
    first === '\u00ab' ||
    before.endsWith(':')
  );
}

/** One record from the sections' records: people and sources summed by identity, quotes renumbered. */
function mergeSections(sections: readonly SpeechAnalysis[]): SpeechAnalysis {
  const people = new Map<string, PersonRecord>();
  const sources = new Map<string, SourceRecord>();
  const quotes: QuoteRecord[] = [];
  const mentions: MentionRecord[] = [];
  const warnings: WarningRecord[] = [];
  sections.forEach((section, s) => {
    for (const person of section.people) {
      const known = people.get(person.id);
      people.set(
        person.id,
        known ? { ...known, mentions: known.mentions + person.mentions, quoted: known.quoted + person.quoted } : person,
      );
    }
    for (const source of section.sources) {
      const key = `${source.kind}:${source.person ?? source.label.toLowerCase()}`;
      const known = sources.get(key);
      sources.set(
        key,
        known ? { ...known, quotes: known.quotes + source.quotes, words: known.words + source.words } : source,
      );
    }
    for (const quote of section.quotes) {
      quotes.push({
        ...quote,
        id: `q${quotes.length + 1}`,
        ...(quote.group !== undefined ? { group: `s${s + 1}${quote.group}` } : {}),
      });
    }
    mentions.push(...section.mentions);
    warnings.push(...section.warnings);
  });
  return { people: [...people.values()], quotes, sources: [...sources.values()], mentions, warnings };
}

function analyzeSection(
  document: ArticleDocument,
  input: ArticleInput,
  offset: number,
  known: readonly RegistryPerson[],
): { analysis: SpeechAnalysis; people: readonly Person[] } {
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
  const reading = findPeople(layouts, input.registry ?? [], known);
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
      paragraph: first.paragraph + 1 + offset,
      partial: quote.reading.partial,
      ...(quote.group !== undefined ? { group: quote.group } : {}),
      ...(last.paragraph !== first.paragraph ? { endParagraph: last.paragraph + 1 + offset } : {}),
    };
    quotes.push(record);
    sourceInputs.push({ quote: record, kind: speaker ? speaker.kind : null });
  }

  // people known from earlier sections count here only where this section mentions them
  const present = reading.people.filter((person) => person.mentions.length > 0 || quoted.has(person.index));
  const people: PersonRecord[] = present.map((person) => {
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
    paragraph: mention.paragraph + 1 + offset,
    text: mention.text,
    start: mention.start,
  }));

  const warnings = [
    ...spellingWarnings(reading.misspellings, reading.people, offset),
    ...unclosedQuoteWarnings(spans, offset),
  ];
  return {
    analysis: { people, quotes, sources: buildSources(sourceInputs), mentions, warnings },
    people: present,
  };
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
