/**
 * Stages 5-6: time expressions resolved against the publication date by tense -> dated events.
 *
 * Per paragraph: tokens -> quote spans and clause layout -> tense cues -> time expressions (time/). Each
 * expression is resolved (time/resolve.ts) against a reference day: publication, or for words inside a
 * quote, when they were said where the text dates them (a dated attribution in the paragraph, the quote
 * it continues, or the lead's dated event for quotes gathered at it). Anaphora ("the day before",
 * "that afternoon", "a year earlier") take the event just mentioned, or the one the text names, as
 * their anchor. Deterministic: the only clock is `published`.
 */
import type { ArticleDocument, Paragraph } from './document';
import { splitSentences } from './sentences';
import { type EventRecord, type MentionRecord, type QuoteRecord, type Tense } from './schema';
import { parseIsoDay } from './time/calendar';
import { layoutParagraph, type Layout, type SentenceRange } from './time/clauses';
import { findTimeMentions, type TimeMention } from './time/expressions';
import { answerSpan, findQuoteSpans, mergeSpans, type QuoteSpan } from './time/quoted';
import { isWellFormed, resolve, type ResolveContext, type Resolved } from './time/resolve';
import { summarize } from './time/summary';
import { clauseTense, markCues, type ClauseTense, type Cue } from './time/tense';
import { tokenize } from './time/tokens';

export interface EventContext {
  /** ISO publication date, YYYY-MM-DD. */
  readonly published: string;
  /** People mentions, to say who is involved in each event's clause. */
  readonly mentions: readonly MentionRecord[];
  /** Quotes, so expressions inside quotes can be told apart. */
  readonly quotes: readonly QuoteRecord[];
}

/** Words that make a sentence an attribution of speech ("said on Friday", "in a statement Monday"). */
const SPEECH_WORDS = new Set([
  'said',
  'told',
  'wrote',
  'added',
  'posted',
  'stated',
  'announced',
  'statement',
  'interview',
  'letter',
  'remarks',
  'testified',
  'tweeted',
  'briefing',
  'conference',
  'explained',
  'argued',
  'insisted',
  'declared',
  'asked',
]);
/** Present-tense attribution ("she says"): the words are the writer's present, publication. */
const PRESENT_SPEECH = new Set([
  'says',
  'adds',
  'tells',
  'writes',
  'explains',
  'recalls',
  'insists',
  'notes',
  'admits',
  'asks',
]);
/** How many days before publication a lead event may be and still date the article's quotes. */
const LEAD_WINDOW = 7;

interface Analysed {
  readonly paragraph: Paragraph;
  readonly layout: Layout;
  readonly cues: readonly Cue[];
  readonly mentions: readonly TimeMention[];
  /** Per mention: clause tense. */
  readonly tenses: readonly ClauseTense[];
  /** Per mention: index of its quote span, -1 outside quotes. */
  readonly quoteOf: readonly number[];
  /** Per sentence: the writer's words in it attribute speech ("said", "told", "in a statement"). */
  readonly speechSentence: Uint8Array;
  /** The writer attributes in the present tense ("she says"). */
  readonly presentSpeech: boolean;
}

interface Placed {
  readonly record: EventRecord;
  readonly resolved: Resolved;
  /** Words of the sentence near the expression, for anaphora that name their anchor ("the vote"). */
  readonly words: () => ReadonlySet<string>;
  readonly paragraph: number;
  readonly sentenceIndex: number;
}

/** Events an anaphor's named anchor is looked for in, counting back. */
const NOUN_ANCHOR_REACH = 40;
/** Tokens either side of an expression whose words can name it for a later anaphor. */
const NOUN_WINDOW = 25;

function quoteSpansFor(paragraph: Paragraph, quotes: readonly QuoteRecord[]): QuoteSpan[] {
  const text = paragraph.text;
  if (paragraph.kind === 'blockquote' && !/[“"«‘]/.test(text)) return [{ start: 0, end: text.length, open: false }];
  const answer = answerSpan(text);
  if (answer) return [answer];
  const spans = findQuoteSpans(text);
  const extra: QuoteSpan[] = [];
  for (const quote of quotes) {
    if (quote.text.length < 3) continue;
    const at = text.indexOf(quote.text);
    if (at >= 0) extra.push({ start: at, end: at + quote.text.length, open: false });
  }
  return extra.length > 0 ? mergeSpans(spans, extra) : spans;
}

/** Sentence starts from the speech stage's splitter, so both stages agree; none if it fails. */
function sentenceStarts(text: string): number[] | undefined {
  try {
    return splitSentences(text).map((sentence) => sentence.start);
  } catch {
    return undefined;
  }
}

function analyse(paragraph: Paragraph, quotes: readonly QuoteRecord[]): Analysed {
  const tokens = tokenize(paragraph.text);
  const layout = layoutParagraph(tokens, quoteSpansFor(paragraph, quotes), sentenceStarts(paragraph.text));
  const cues = markCues(layout);
  const mentions = findTimeMentions(tokens);
  const tenses = mentions.map((m) => clauseTense(layout, cues, m.first, m.last));
  const quoteOf = mentions.map((m) => layout.quote[m.last] ?? -1);
  const speechSentence = new Uint8Array(layout.sentences.length);
  let presentSpeech = false;
  for (let k = 0; k < tokens.length; k++) {
    if ((layout.quote[k] ?? -1) >= 0) continue;
    const word = tokens[k]?.lower ?? '';
    if (SPEECH_WORDS.has(word)) speechSentence[layout.sentence[k] ?? 0] = 1;
    if (PRESENT_SPEECH.has(word)) presentSpeech = true;
  }
  return { paragraph, layout, cues, mentions, tenses, quoteOf, speechSentence, presentSpeech };
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function contextFor(a: Analysed, i: number, ref: number, anchor: Resolved | null): ResolveContext {
  const clause = a.tenses[i];
  return {
    ref,
    tense: clause?.tense ?? null,
    weak: !(clause?.near ?? false),
    prep: a.mentions[i]?.prep ?? null,
    anchor,
  };
}

function sentenceOf(layout: Layout, tokenIndex: number): SentenceRange | undefined {
  return layout.sentences[layout.sentence[tokenIndex] ?? 0];
}

function isPastDayNear(resolved: Resolved | null, published: number): resolved is Resolved {
  return (
    resolved !== null &&
    resolved.precision === 'day' &&
    resolved.start <= published &&
    published - resolved.start <= LEAD_WINDOW
  );
}

/** The lead's dated event: the first past day in the opening paragraphs, outside quotes. */
function leadDay(analysed: readonly Analysed[], published: number): number | null {
  let seen = 0;
  for (const a of analysed) {
    if (a.paragraph.text.trim() === '') continue;
    if (++seen > 2) break;
    for (let i = 0; i < a.mentions.length; i++) {
      const m = a.mentions[i] as TimeMention;
      if ((a.quoteOf[i] ?? -1) >= 0 || m.spec.kind === 'anaphor' || m.spec.kind === 'anaphorWeekday') continue;
      const resolved = resolve(m.spec, contextFor(a, i, published, null));
      if (isPastDayNear(resolved, published) && resolved.start < published) return resolved.start;
    }
  }
  return null;
}

/** When each quote of a paragraph was said, where the text dates it. */
function quoteReferences(a: Analysed, published: number, lead: number | null, carried: number | null): number[] {
  const { layout } = a;
  const spans = layout.spans;
  if (spans.length === 0) return [];
  // dated attributions in the writer's words: "the minister told reporters on Friday"
  const attributions: { at: number; day: number }[] = [];
  for (let i = 0; i < a.mentions.length; i++) {
    if ((a.quoteOf[i] ?? -1) >= 0) continue;
    const m = a.mentions[i] as TimeMention;
    if (m.spec.kind === 'anaphor' || m.spec.kind === 'anaphorWeekday') continue;
    if (a.speechSentence[layout.sentence[m.first] ?? 0] !== 1) continue;
    // "said on Friday", "in an interview in 1994": words said then (a month or year counts from its start)
    const resolved = resolve(m.spec, contextFor(a, i, published, null));
    if (resolved && resolved.start <= published) attributions.push({ at: m.start, day: resolved.start });
  }
  // both lists are in text order: walk them together to find each quote's nearest attribution
  let next = 0;
  return spans.map((span, index) => {
    if (attributions.length > 0) {
      while (next < attributions.length && (attributions[next]?.at ?? 0) < span.start) next++;
      const before = attributions[next - 1];
      const after = attributions[next];
      if (!before) return after?.day ?? published;
      if (!after) return before.day;
      return span.start - before.at <= after.at - span.start ? before.day : after.day;
    }
    if (index === 0 && carried !== null && span.start <= 2) return carried;
    if (!a.presentSpeech && lead !== null) return lead;
    return published;
  });
}

function peopleIn(mentions: readonly MentionRecord[], range: SentenceRange | undefined): string[] {
  if (!range) return [];
  const people: string[] = [];
  for (const mention of mentions) {
    if (mention.start < range.start || mention.start >= range.end) continue;
    if (!people.includes(mention.person)) people.push(mention.person);
  }
  return people;
}

/** Lower-cased words of the sentence near tokens [first, last]. */
function wordsNear(layout: Layout, first: number, last: number): Set<string> {
  const words = new Set<string>();
  const sentence = layout.sentence[first];
  const from = Math.max(0, first - NOUN_WINDOW);
  const to = Math.min(layout.tokens.length - 1, last + NOUN_WINDOW);
  for (let k = from; k <= to; k++) {
    const token = layout.tokens[k];
    if (token && token.kind === 'word' && layout.sentence[k] === sentence) words.add(token.base);
  }
  return words;
}

/** Precisions an anaphor of each unit can be counted from ("the next day" needs a day). */
function fits(unit: string, precision: Resolved['precision']): boolean {
  switch (unit) {
    case 'day':
      return precision === 'day';
    case 'week':
      return precision === 'day' || precision === 'week';
    case 'month':
      return precision !== 'year';
    default:
      return true;
  }
}

/**
 * The anchor of an anaphor: the event its noun names, else the latest event before it that it can be
 * counted from ("arrested the following day" after "the attack on 14 November last year" skips
 * "last year"), in its paragraph, or in the previous one from a paragraph's first sentence.
 */
function anchorFor(
  m: TimeMention,
  placed: readonly Placed[],
  paragraph: number,
  sentenceIndex: number,
): Resolved | null {
  const unit = m.spec.kind === 'anaphor' ? m.spec.unit : 'day';
  if (m.spec.kind === 'anaphor' && m.spec.noun) {
    const noun = m.spec.noun;
    for (let k = placed.length - 1; k >= 0; k--) {
      const candidate = placed[k] as Placed;
      // the noun in the anaphor's own sentence is the anaphor's own phrase ("two months before the
      // pandemic hit"), not a dated mention of it
      if (candidate.paragraph === paragraph && candidate.sentenceIndex === sentenceIndex) continue;
      if (fits(unit, candidate.resolved.precision) && candidate.words().has(noun)) return candidate.resolved;
    }
    return null;
  }
  for (let k = placed.length - 1; k >= 0; k--) {
    const candidate = placed[k] as Placed;
    const reachable =
      candidate.paragraph === paragraph || (candidate.paragraph === paragraph - 1 && sentenceIndex === 0);
    if (!reachable) return null;
    if (fits(unit, candidate.resolved.precision)) return candidate.resolved;
  }
  return null;
}

function eventTense(resolved: Resolved, clause: Cue, published: number): Tense {
  if (resolved.end < published) return 'past';
  if (resolved.start > published) return 'future';
  return clause ?? 'present';
}

/** The events of a document; may throw on a bug, so callers use `findEvents`. */
export function extractEvents(document: ArticleDocument, context: EventContext): EventRecord[] {
  const published = parseIsoDay(context.published);
  if (published === null) return [];
  const quotesByParagraph = groupBy(context.quotes, (q) => q.paragraph);
  const mentionsByParagraph = groupBy(context.mentions, (m) => m.paragraph);
  const analyseParagraph = (p: Paragraph): Analysed => analyse(p, quotesByParagraph.get(p.n) ?? []);
  // the lead needs the opening paragraphs first; the rest are analysed one at a time, so a long
  // article never holds every paragraph's tokens at once
  const opening = new Map<number, Analysed>();
  for (const p of document.paragraphs) {
    if (opening.size >= 2) break;
    if (p.text.trim() !== '') opening.set(p.n, analyseParagraph(p));
  }
  const lead = leadDay([...opening.values()], published);
  const records: EventRecord[] = [];
  /** The latest events, the only ones an anaphor looks back to. */
  const recent: Placed[] = [];
  let carried: number | null = null;

  for (const paragraph of document.paragraphs) {
    const a = opening.get(paragraph.n) ?? analyseParagraph(paragraph);
    const { layout } = a;
    const refs = quoteReferences(a, published, lead, carried);
    const lastSpan = layout.spans[layout.spans.length - 1];
    carried = lastSpan?.open ? (refs[refs.length - 1] ?? null) : null;
    const people = mentionsByParagraph.get(paragraph.n) ?? [];
    for (let i = 0; i < a.mentions.length; i++) {
      const m = a.mentions[i] as TimeMention;
      const quoteIndex = a.quoteOf[i] ?? -1;
      const ref = quoteIndex >= 0 ? (refs[quoteIndex] ?? published) : published;
      const sentenceIndex = layout.sentence[m.first] ?? 0;
      const isAnaphor = m.spec.kind === 'anaphor' || m.spec.kind === 'anaphorWeekday';
      let anchor = isAnaphor ? anchorFor(m, recent, paragraph.n, sentenceIndex) : null;
      if (m.spec.kind === 'dayOfMonth') {
        // "the 19th" after a written date in the same sentence takes that date's month
        const previous = recent[recent.length - 1];
        anchor =
          previous && previous.paragraph === paragraph.n && previous.sentenceIndex === sentenceIndex
            ? previous.resolved
            : null;
      }
      const clause = a.tenses[i]?.tense ?? null;
      const resolved = resolve(m.spec, contextFor(a, i, ref, anchor));
      if (!resolved || !isWellFormed(resolved)) continue;
      const expression = paragraph.text.slice(m.start, m.end);
      if (expression.trim() === '') continue;
      const range = sentenceOf(layout, m.first);
      const record: EventRecord = {
        id: `e${records.length + 1}`,
        date: resolved.date,
        precision: resolved.precision,
        expression,
        summary: range ? summarize(paragraph.text, layout.tokens, range, m.first, m.last) : '',
        paragraph: paragraph.n,
        people: peopleIn(people, range),
        tense: eventTense(resolved, clause, published),
      };
      records.push(record);
      let words: Set<string> | null = null;
      const near = (): Set<string> => (words ??= wordsNear(layout, m.first, m.last));
      recent.push({ record, resolved, words: near, paragraph: paragraph.n, sentenceIndex });
      if (recent.length > NOUN_ANCHOR_REACH) recent.shift();
    }
  }
  return records;
}

export function findEvents(document: ArticleDocument, context: EventContext): EventRecord[] {
  try {
    return extractEvents(document, context);
  } catch {
    // never fatal: an article without events is better than no article
    return [];
  }
}
