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
import { isValidDateForPrecision, type EventRecord, type MentionRecord, type QuoteRecord, type Tense } from './schema';
import { parseIsoDay } from './time/calendar';
import { layoutParagraph, type Layout, type SentenceRange } from './time/clauses';
import { findTimeMentions, type TimeMention } from './time/expressions';
import { answerSpan, findQuoteSpans, mergeSpans, type QuoteSpan } from './time/quoted';
import { resolve, type ResolveContext, type Resolved } from './time/resolve';
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
const PRESENT_SPEECH = new Set(['says', 'adds', 'tells', 'writes', 'explains', 'recalls', 'insists', 'notes', 'admits', 'asks']);
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
}

interface Placed {
  readonly record: EventRecord;
  readonly resolved: Resolved;
  /** Lower-cased sentence text, for anaphora that name their anchor. */
  readonly sentence: string;
  readonly paragraph: number;
  readonly sentenceIndex: number;
}

function quoteSpansFor(paragraph: Paragraph, quotes: readonly QuoteRecord[]): QuoteSpan[] {
  const text = paragraph.text;
  if (paragraph.kind === 'blockquote' && !/[“"«‘]/.test(text)) return [{ start: 0, end: text.length, open: false }];
  const answer = answerSpan(text);
  if (answer) return [answer];
  const spans = findQuoteSpans(text);
  const extra: QuoteSpan[] = [];
  for (const quote of quotes) {
    if (quote.paragraph !== paragraph.n || quote.text.length < 3) continue;
    const at = text.indexOf(quote.text);
    if (at >= 0) extra.push({ start: at, end: at + quote.text.length, open: false });
  }
  return extra.length > 0 ? mergeSpans(spans, extra) : spans;
}

function analyse(paragraph: Paragraph, quotes: readonly QuoteRecord[]): Analysed {
  const tokens = tokenize(paragraph.text);
  const layout = layoutParagraph(tokens, quoteSpansFor(paragraph, quotes));
  const cues = markCues(layout);
  const mentions = findTimeMentions(tokens);
  const tenses = mentions.map((m) => clauseTense(layout, cues, m.first, m.last));
  const quoteOf = mentions.map((m) => layout.quote[m.last] ?? -1);
  return { paragraph, layout, cues, mentions, tenses, quoteOf };
}

function contextFor(a: Analysed, i: number, ref: number, anchor: Resolved | null): ResolveContext {
  const clause = a.tenses[i];
  return { ref, tense: clause?.tense ?? null, weak: !(clause?.near ?? false), prep: a.mentions[i]?.prep ?? null, anchor };
}

function sentenceOf(layout: Layout, tokenIndex: number): SentenceRange | undefined {
  return layout.sentences[layout.sentence[tokenIndex] ?? 0];
}

function hasWord(layout: Layout, range: SentenceRange, words: ReadonlySet<string>, insideQuotes: boolean): boolean {
  for (let k = range.first; k <= range.last; k++) {
    const inQuote = (layout.quote[k] ?? -1) >= 0;
    if (inQuote !== insideQuotes) continue;
    if (words.has(layout.tokens[k]?.lower ?? '')) return true;
  }
  return false;
}

function isPastDayNear(resolved: Resolved | null, published: number): resolved is Resolved {
  return resolved !== null && resolved.precision === 'day' && resolved.start <= published && published - resolved.start <= LEAD_WINDOW;
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
    const sentence = sentenceOf(layout, m.first);
    if (!sentence || !hasWord(layout, sentence, SPEECH_WORDS, false)) continue;
    const resolved = resolve(m.spec, contextFor(a, i, published, null));
    if (resolved && resolved.precision === 'day' && resolved.start <= published) attributions.push({ at: m.start, day: resolved.start });
  }
  let presentSpeech = false;
  for (const range of layout.sentences) if (hasWord(layout, range, PRESENT_SPEECH, false)) presentSpeech = true;
  return spans.map((span, index) => {
    if (attributions.length > 0) {
      let best = attributions[0] as { at: number; day: number };
      for (const candidate of attributions) {
        if (Math.abs(candidate.at - span.start) < Math.abs(best.at - span.start)) best = candidate;
      }
      return best.day;
    }
    if (index === 0 && carried !== null && span.start <= 2) return carried;
    if (!presentSpeech && lead !== null) return lead;
    return published;
  });
}

function peopleIn(mentions: readonly MentionRecord[], paragraph: number, range: SentenceRange | undefined): string[] {
  if (!range) return [];
  const people: string[] = [];
  for (const mention of mentions) {
    if (mention.paragraph !== paragraph || mention.start < range.start || mention.start >= range.end) continue;
    if (!people.includes(mention.person)) people.push(mention.person);
  }
  return people;
}

/** The anchor of an anaphor: the event its noun names, else the event just before it. */
function anchorFor(m: TimeMention, placed: readonly Placed[], paragraph: number, sentenceIndex: number): Resolved | null {
  if (m.spec.kind === 'anaphor' && m.spec.noun) {
    const noun = m.spec.noun.replace(/[^a-z0-9]/g, '');
    if (noun === '') return null;
    const pattern = new RegExp(`\\b${noun}\\b`);
    for (let k = placed.length - 1; k >= 0; k--) {
      const candidate = placed[k] as Placed;
      if (pattern.test(candidate.sentence)) return candidate.resolved;
    }
    return null;
  }
  const previous = placed[placed.length - 1];
  if (!previous) return null;
  if (previous.paragraph === paragraph) return previous.resolved;
  // across a paragraph break only from the new paragraph's first sentence
  return previous.paragraph === paragraph - 1 && sentenceIndex === 0 ? previous.resolved : null;
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
  const analysed = document.paragraphs.map((p) => analyse(p, context.quotes));
  const lead = leadDay(analysed, published);
  const placed: Placed[] = [];
  let carried: number | null = null;

  for (const a of analysed) {
    const { paragraph, layout } = a;
    const refs = quoteReferences(a, published, lead, carried);
    const lastSpan = layout.spans[layout.spans.length - 1];
    carried = lastSpan?.open ? (refs[refs.length - 1] ?? null) : null;
    for (let i = 0; i < a.mentions.length; i++) {
      const m = a.mentions[i] as TimeMention;
      const quoteIndex = a.quoteOf[i] ?? -1;
      const ref = quoteIndex >= 0 ? (refs[quoteIndex] ?? published) : published;
      const sentenceIndex = layout.sentence[m.first] ?? 0;
      const isAnaphor = m.spec.kind === 'anaphor' || m.spec.kind === 'anaphorWeekday';
      let anchor = isAnaphor ? anchorFor(m, placed, paragraph.n, sentenceIndex) : null;
      if (m.spec.kind === 'dayOfMonth') {
        // "the 19th" after a written date in the same sentence takes that date's month
        const previous = placed[placed.length - 1];
        anchor = previous && previous.paragraph === paragraph.n && previous.sentenceIndex === sentenceIndex ? previous.resolved : null;
      }
      const clause = a.tenses[i]?.tense ?? null;
      const resolved = resolve(m.spec, contextFor(a, i, ref, anchor));
      if (!resolved || !isValidDateForPrecision(resolved.date, resolved.precision)) continue;
      const expression = paragraph.text.slice(m.start, m.end);
      if (expression.trim() === '') continue;
      const range = sentenceOf(layout, m.first);
      const record: EventRecord = {
        id: `e${placed.length + 1}`,
        date: resolved.date,
        precision: resolved.precision,
        expression,
        summary: range ? summarize(paragraph.text, range, m.start, m.end) : '',
        paragraph: paragraph.n,
        people: peopleIn(context.mentions, paragraph.n, range),
        tense: eventTense(resolved, clause, published),
      };
      placed.push({
        record,
        resolved,
        sentence: range ? paragraph.text.slice(range.start, range.end).toLowerCase() : '',
        paragraph: paragraph.n,
        sentenceIndex,
      });
    }
  }
  return placed.map((p) => p.record);
}

export function findEvents(document: ArticleDocument, context: EventContext): EventRecord[] {
  try {
    return extractEvents(document, context);
  } catch {
    // never fatal: an article without events is better than no article
    return [];
  }
}
