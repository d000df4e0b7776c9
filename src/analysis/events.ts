/**
 * Stages 5-6: time expressions resolved against the publication date by tense -> dated events.
 *
 * Per paragraph: tokens -> quote spans and clause layout -> tense cues -> time expressions (time/). Each
 * expression is resolved (time/resolve.ts) against a reference day: publication, or for words inside a
 * quote, when they were said where the text dates them (an attribution in the paragraph whose date
 * modifies its speech verb, the quote it continues, the day its speaker was last said to speak, the
 * interview for a Q&A's answers, or the lead's dated event for quotes gathered at it). Anaphora ("the
 * day before", "that afternoon", "a year earlier") take the event just mentioned, or the one the text
 * names, as their anchor; a named happening no dated mention repeats ("the night of the blast") is the
 * story's main event. A wire dateline makes no events, and a yearless date the text also writes with
 * its year takes that year. Deterministic: the only clock is `published`.
 */
import type { ArticleDocument, Paragraph } from './document';
import { splitSentences } from './sentences';
import { type EventRecord, type MentionRecord, type QuoteRecord, type Tense } from './schema';
import { civil, parseIsoDay } from './time/calendar';
import { layoutParagraph, type Layout, type SentenceRange } from './time/clauses';
import { datelineEnd } from './time/dateline';
import { findTimeMentions, isAnaphoric, type TimeMention, type TimeSpec } from './time/expressions';
import { EVENT_NOUNS, MONTHS, WEEKDAYS } from './time/lexicon';
import { answerSpan, findQuoteSpans, isEmbedded, mergeSpans, type QuoteSpan } from './time/quoted';
import { anchorFits, isWellFormed, resolve, type ResolveContext, type Resolved } from './time/resolve';
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
  'speaking',
  'spoke',
]);
/** Nouns of speech a participle may follow in an attribution ("a statement issued late on Friday"). */
const SPEECH_NOUNS = new Set([
  'statement',
  'interview',
  'letter',
  'remarks',
  'briefing',
  'conference',
  'post',
  'email',
  'message',
  'memo',
  'note',
  'tweet',
  'video',
  'speech',
  'address',
  'filing',
  'release',
  'column',
]);
/**
 * Prepositions that make an expression in an attribution sentence date something other than the
 * speaking ("said the river had risen since Sunday", "said she would stay until Friday").
 */
const NOT_WHEN_SAID = new Set(['since', 'until', 'till', 'by', 'from', 'through', 'throughout', 'before', 'for']);
/** How far (in unquoted tokens) a date may stand from the speech word it dates. */
const ATTRIBUTION_REACH = 12;
/** Words that say an interview took place, so the day they give dates a Q&A's answers. */
const INTERVIEW_WORDS = new Set([
  'interview',
  'interviewed',
  'spoke',
  'spoken',
  'talked',
  'conversation',
  'conducted',
  'met',
  'sat',
]);
/** Full dates written with their year ("Jan. 6, 2021", "6 January 2021"), for yearless repeats of them. */
const FULL_DATE =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b|\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?,? (\d{4})\b/g;
const MONTH_NUMBER: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
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
  /** Per token: a speech word of the writer's ("said", "statement"). */
  readonly speechAt: Uint8Array;
  /** Per sentence: it says an interview took place ("spoke to ... on Monday"). */
  readonly interviewSentence: Uint8Array;
  /** The paragraph is a Q&A answer ("A: ..."). */
  readonly answer: boolean;
  /** Character offset where an opening dateline ends, 0 without one. */
  readonly dateline: number;
}

interface Placed {
  readonly record: EventRecord;
  readonly resolved: Resolved;
  /** Words of the sentence near the expression, for anaphora that name their anchor ("the vote"). */
  readonly words: () => ReadonlySet<string>;
  /** Words of the expression's own clause segment ("the vote was held on March 3"). */
  readonly clauseWords: () => ReadonlySet<string>;
  /** Written with its year ("Nov. 30, 2023", "in 2019"), not counted from publication. */
  readonly absolute: boolean;
  /** Inside a quote. */
  readonly quoted: boolean;
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
  quoteOffsets(text, quotes).forEach((at, i) => {
    if (at >= 0) extra.push({ start: at, end: at + (quotes[i]?.text.length ?? 0), open: false });
  });
  return extra.length > 0 ? mergeSpans(spans, extra) : spans;
}

/**
 * Where each of a paragraph's quotes starts in its text, -1 where not found (too short, or running on
 * into later paragraphs). The quotes come in reading order, so each is looked for after the one before:
 * a paragraph full of quotes is read once, not once per quote.
 */
function quoteOffsets(text: string, quotes: readonly QuoteRecord[]): number[] {
  let from = 0;
  return quotes.map((quote) => {
    if (quote.text.length < 3) return -1;
    const at = text.indexOf(quote.text, from);
    if (at >= 0) from = at + 1;
    return at;
  });
}

/**
 * A Q&A answer under a name label ("Marwood: In 1984, with six boards ..."): the paragraph opens with
 * the label and the speech stage's quote covers nearly all of it.
 */
function isLabelledAnswer(text: string, quotes: readonly QuoteRecord[]): boolean {
  if (!ANSWER_LABEL.test(text)) return false;
  const visible = text.trim().length;
  return quotes.some((quote) => quote.text.length >= ANSWER_SHARE * visible);
}
/** A speaker label opening a paragraph: one to four capitalised words and a colon ("Marwood:"). */
const ANSWER_LABEL = /^\s{0,3}\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}:\s/u;
/** How much of a paragraph a name-labelled answer's quote covers. */
const ANSWER_SHARE = 0.8;

/** A weekday or month name, which no dateline opens with. */
const isDateWord = (word: string): boolean => WEEKDAYS.has(word) || MONTHS.has(word);

/** Sentence starts from the speech stage's splitter, so both stages agree; none if it fails. */
function sentenceStarts(text: string): number[] | undefined {
  try {
    return splitSentences(text).map((sentence) => sentence.start);
  } catch {
    return undefined;
  }
}

function analyse(paragraph: Paragraph, quotes: readonly QuoteRecord[], opening: boolean): Analysed {
  const tokens = tokenize(paragraph.text);
  const layout = layoutParagraph(tokens, quoteSpansFor(paragraph, quotes), sentenceStarts(paragraph.text));
  const cues = markCues(layout);
  const dateline = opening ? datelineEnd(tokens, isDateWord) : 0;
  const found = findTimeMentions(tokens);
  const mentions = dateline > 0 ? found.filter((m) => m.start >= dateline) : found;
  const tenses = mentions.map((m) => clauseTense(layout, cues, m.first, m.last));
  const quoteOf = mentions.map((m) => layout.quote[m.last] ?? -1);
  const speechSentence = new Uint8Array(layout.sentences.length);
  const interviewSentence = new Uint8Array(layout.sentences.length);
  const speechAt = new Uint8Array(tokens.length);
  let presentSpeech = false;
  for (let k = 0; k < tokens.length; k++) {
    if ((layout.quote[k] ?? -1) >= 0) continue;
    const word = tokens[k]?.lower ?? '';
    if (SPEECH_WORDS.has(word)) {
      speechSentence[layout.sentence[k] ?? 0] = 1;
      speechAt[k] = 1;
    }
    if (INTERVIEW_WORDS.has(word)) interviewSentence[layout.sentence[k] ?? 0] = 1;
    if (PRESENT_SPEECH.has(word)) presentSpeech = true;
  }
  const answer = answerSpan(paragraph.text) !== null || isLabelledAnswer(paragraph.text, quotes);
  return {
    paragraph,
    layout,
    cues,
    mentions,
    tenses,
    quoteOf,
    speechSentence,
    presentSpeech,
    speechAt,
    interviewSentence,
    answer,
    dateline,
  };
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
      if ((a.quoteOf[i] ?? -1) >= 0 || isAnaphoric(m.spec)) continue;
      // "since Sunday", "until Friday": a span's end, not the day something happened
      if (m.prep !== null && NOT_WHEN_SAID.has(m.prep)) continue;
      const resolved = resolve(m.spec, contextFor(a, i, published, null));
      if (isPastDayNear(resolved, published) && resolved.start < published) return resolved.start;
    }
  }
  return null;
}

/**
 * The expression dates the speaking of its attribution sentence: it stands near a speech word of the
 * writer's ("said Tuesday", "told reporters on Friday", "On Monday, the minister said", "in a statement
 * issued late on Friday") with no other verb between them, and no preposition that dates something
 * else ("said the river had risen since Sunday", "said Tuesday the vote would be Thursday").
 */
function datesSpeech(a: Analysed, m: TimeMention): boolean {
  if (m.prep !== null && NOT_WHEN_SAID.has(m.prep)) return false;
  const { layout, cues } = a;
  const tokens = layout.tokens;
  const sentence = layout.sentence[m.first];
  const search = (from: number, step: 1 | -1): boolean => {
    let seen = 0;
    for (let k = from, scanned = 0; k >= 0 && k < tokens.length && scanned < 4 * ATTRIBUTION_REACH; k += step) {
      scanned++;
      if (layout.sentence[k] !== sentence) return false;
      if ((layout.quote[k] ?? -1) >= 0) continue;
      if (++seen > ATTRIBUTION_REACH) return false;
      if (a.speechAt[k] === 1) return true;
      // a verb of its own between them: the date belongs to that verb ("a statement issued" aside)
      if (cues[k] && !SPEECH_NOUNS.has(tokens[k - 1]?.lower ?? '')) return false;
    }
    return false;
  };
  return search(m.first - 1, -1) || search(m.last + 1, 1);
}

interface Attribution {
  /** Character offset of the dating expression. */
  readonly at: number;
  readonly day: number;
  readonly sentence: number;
}

/** Dated attributions in the writer's words: "the minister told reporters on Friday". */
function attributionsOf(a: Analysed, published: number): Attribution[] {
  const { layout } = a;
  const attributions: Attribution[] = [];
  for (let i = 0; i < a.mentions.length; i++) {
    if ((a.quoteOf[i] ?? -1) >= 0) continue;
    const m = a.mentions[i] as TimeMention;
    if (isAnaphoric(m.spec)) continue;
    const sentence = layout.sentence[m.first] ?? 0;
    if (a.speechSentence[sentence] !== 1) continue;
    if (!datesSpeech(a, m)) continue;
    // "said on Friday", "in an interview in 1994": words said then (a month or year counts from its start)
    const resolved = resolve(m.spec, contextFor(a, i, published, null));
    if (resolved && resolved.start <= published) attributions.push({ at: m.start, day: resolved.start, sentence });
  }
  return attributions;
}

/** Undated quotes: how to date the one at a span index when its paragraph has no dated attribution. */
interface Fallbacks {
  readonly lead: number | null;
  readonly carried: number | null;
  readonly interview: number | null;
  /** When the quote's speaker was last said to speak, where the text dated it. */
  readonly speakerDay: (spanIndex: number) => number | null;
}

/** When each quote of a paragraph was said, where the text dates it. */
function quoteReferences(
  a: Analysed,
  published: number,
  attributions: readonly Attribution[],
  fallback: Fallbacks,
): number[] {
  const spans = a.layout.spans;
  if (spans.length === 0) return [];
  // a Q&A's answers were given when the introduction says the interview took place
  const interview = fallback.interview;
  if (a.answer && interview !== null) return spans.map(() => interview);
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
    if (index === 0 && fallback.carried !== null && span.start <= 2) return fallback.carried;
    if (a.presentSpeech || isEmbedded(a.paragraph.text, span)) return published;
    return fallback.speakerDay(index) ?? fallback.lead ?? published;
  });
}

/** How many paragraphs on a speaker's dated words still date their next quote. */
const SPEAKER_REACH = 3;

/**
 * When each person was last said to speak on a date the text gives ("Sentencing him on Monday, the
 * judge said ..."), so the quote of theirs that follows ("“Today ...,” the judge said") is dated too.
 */
class SpeakerDays {
  private readonly days = new Map<string, { day: number; paragraph: number }>();

  /** Records a paragraph's dated attributions for the people named in their sentences and its quotes' speakers. */
  note(
    a: Analysed,
    attributions: readonly Attribution[],
    people: readonly MentionRecord[],
    speakers: readonly (string | null)[],
    refs: readonly number[],
  ): void {
    const n = a.paragraph.n;
    for (const attribution of attributions) {
      const range = a.layout.sentences[attribution.sentence];
      for (const person of peopleIn(people, range)) this.days.set(person, { day: attribution.day, paragraph: n });
    }
    if (attributions.length === 0) return;
    speakers.forEach((speaker, index) => {
      const day = refs[index];
      if (speaker && day !== undefined) this.days.set(speaker, { day, paragraph: n });
    });
  }

  /** The day `person` was last said to speak, if that was close enough before paragraph `n`. */
  dayOf(person: string | null, n: number): number | null {
    if (!person) return null;
    const known = this.days.get(person);
    return known && n - known.paragraph <= SPEAKER_REACH ? known.day : null;
  }
}

/** The speaker of the quote at each quote span, from the speech stage's quotes. */
function spanSpeakers(a: Analysed, quotes: readonly QuoteRecord[]): (string | null)[] {
  const spans = a.layout.spans;
  const speakers: (string | null)[] = spans.map(() => null);
  if (quotes.length === 0) return speakers;
  const offsets = quoteOffsets(a.paragraph.text, quotes);
  for (const [i, quote] of quotes.entries()) {
    const at = offsets[i] ?? -1;
    if (at < 0) continue;
    // spans are sorted and disjoint: the last one starting at or before the quote
    let lo = 0;
    let hi = spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((spans[mid]?.start ?? Infinity) <= at) lo = mid;
      else hi = mid - 1;
    }
    const span = spans[lo];
    if (span && span.start <= at && at <= span.end && speakers[lo] === null) speakers[lo] = quote.speaker;
  }
  return speakers;
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

/** Lower-cased words of the clause segments holding tokens first and last. */
function clauseWordsOf(layout: Layout, first: number, last: number): Set<string> {
  const words = new Set<string>();
  const segments = new Set([layout.segment[first], layout.segment[last]]);
  const from = Math.max(0, first - NOUN_WINDOW);
  const to = Math.min(layout.tokens.length - 1, last + NOUN_WINDOW);
  for (let k = from; k <= to; k++) {
    const token = layout.tokens[k];
    if (token && token.kind === 'word' && segments.has(layout.segment[k])) words.add(token.base);
  }
  return words;
}

/**
 * The words near an event name the noun an anaphor gives: the word itself or its plural, or a compound
 * built on it ("floodwaters" for "the flood", "earthquake" for "the quake").
 */
function namesNoun(words: ReadonlySet<string>, noun: string): boolean {
  if (words.has(noun) || words.has(`${noun}s`) || words.has(`${noun}es`)) return true;
  if (noun.length < 4) return false;
  for (const word of words) {
    if (word.length >= noun.length + 4 && word.startsWith(noun)) return true;
    if (noun.length >= 5 && word.length >= noun.length + 3 && word.endsWith(noun)) return true;
  }
  return false;
}

/** The unit an anaphoric expression counts in, for the precision its anchor needs. */
function anaphorUnit(spec: TimeSpec): string {
  switch (spec.kind) {
    case 'anaphor':
    case 'within':
      return spec.unit;
    case 'anaphorMonth':
      return 'year';
    default:
      return 'day';
  }
}

/**
 * The anchor of an anaphor: the event its noun names, else the latest event before it that it can be
 * counted from ("arrested the following day" after "the attack on 14 November last year" skips
 * "last year"), in its paragraph, or in the previous one from a paragraph's first sentence. A noun
 * for a happening that no dated mention repeats ("the night of the blast", "the day after the storm")
 * names the story's main event: the first day the text dates before publication.
 */
function anchorFor(
  m: TimeMention,
  placed: readonly Placed[],
  at: { readonly paragraph: number; readonly sentenceIndex: number; readonly quoted: boolean },
  main: Resolved | null,
): Resolved | null {
  const { paragraph, sentenceIndex } = at;
  const unit = anaphorUnit(m.spec);
  // the writer's anaphora count from the writer's dates, not from ones inside quotes
  const candidates = at.quoted ? placed : placed.filter((candidate) => !candidate.quoted);
  if (m.spec.kind === 'anaphorMonth') {
    // "that February", "that summer": news names the month of another year this way, after giving
    // the year ("In 2019, ... That February"), so the latest date written with its year
    for (let k = candidates.length - 1; k >= 0; k--) {
      const candidate = candidates[k] as Placed;
      if (candidate.absolute) return candidate.resolved;
    }
  }
  return anchorAmong(m, candidates, paragraph, sentenceIndex, main, unit);
}

function anchorAmong(
  m: TimeMention,
  placed: readonly Placed[],
  paragraph: number,
  sentenceIndex: number,
  main: Resolved | null,
  unit: string,
): Resolved | null {
  if (m.spec.kind === 'anaphor' && m.spec.noun) {
    const noun = m.spec.noun;
    // the noun in the anaphor's own sentence is the anaphor's own phrase ("two months before the
    // pandemic hit"), not a dated mention of it
    const usable = (candidate: Placed): boolean =>
      !(candidate.paragraph === paragraph && candidate.sentenceIndex === sentenceIndex) &&
      anchorFits(unit, candidate.resolved.precision);
    // a date in the noun's own clause ("the vote was held on March 3") first; then, for a happening,
    // the story's main event; then a date anywhere near the noun ("denied murder but was convicted
    // on Friday" does not date the murder)
    for (let k = placed.length - 1; k >= 0; k--) {
      const candidate = placed[k] as Placed;
      if (usable(candidate) && namesNoun(candidate.clauseWords(), noun)) return candidate.resolved;
    }
    if (main && EVENT_NOUNS.has(noun) && anchorFits(unit, main.precision)) return main;
    for (let k = placed.length - 1; k >= 0; k--) {
      const candidate = placed[k] as Placed;
      if (usable(candidate) && namesNoun(candidate.words(), noun)) return candidate.resolved;
    }
    return null;
  }
  for (let k = placed.length - 1; k >= 0; k--) {
    const candidate = placed[k] as Placed;
    const reachable =
      candidate.paragraph === paragraph || (candidate.paragraph === paragraph - 1 && sentenceIndex === 0);
    if (!reachable) return null;
    if (anchorFits(unit, candidate.resolved.precision)) return candidate.resolved;
  }
  return null;
}

/** The expression writes its year ("Nov. 30, 2023", "in 2019", "March 2021", "the spring of 1993"). */
function writtenWithYear(spec: TimeSpec): boolean {
  switch (spec.kind) {
    case 'year':
      return true;
    case 'date':
    case 'month':
    case 'season':
    case 'quarter':
    case 'floating':
      return spec.year !== null;
    default:
      return false;
  }
}

/** Month-day keys (month * 100 + day) of dates the text writes with a year; -1 when two years differ. */
function writtenYears(paragraphs: readonly Paragraph[]): Map<number, number> {
  const years = new Map<number, number>();
  for (const paragraph of paragraphs) {
    for (const match of paragraph.text.matchAll(FULL_DATE)) {
      const monthWord = (match[1] ?? match[5] ?? '').slice(0, 3).toLowerCase();
      const month = MONTH_NUMBER[monthWord] ?? 0;
      const day = Number(match[2] ?? match[4]);
      const year = Number(match[3] ?? match[6]);
      if (month === 0 || !(day >= 1 && day <= 31)) continue;
      const key = month * 100 + day;
      const known = years.get(key);
      years.set(key, known === undefined || known === year ? year : -1);
    }
  }
  return years;
}

/**
 * A yearless date the text also writes with its year elsewhere ("the Jan. 6 attack" beside "on Jan.
 * 6, 2021") is that date, not the latest Jan. 6.
 */
function withWrittenYear(spec: TimeSpec, years: () => Map<number, number>): TimeSpec {
  if (spec.kind !== 'date' || spec.year !== null || spec.mod !== null || spec.weekday !== null) return spec;
  const year = years().get(spec.month * 100 + spec.day);
  return year !== undefined && year > 0 ? { ...spec, year } : spec;
}

function eventTense(resolved: Resolved, clause: Cue, published: number): Tense {
  if (resolved.end < published) return 'past';
  if (resolved.start > published) return 'future';
  return clause ?? 'present';
}

/**
 * A yearless date that names a past happening ("the Jan. 6 attack", "the 14 July blaze") in a
 * paragraph that has just given the year it happened in ("In 2021, a mob stormed ...") is in that year.
 */
function withNamedYear(spec: TimeSpec, a: Analysed, i: number, recent: readonly Placed[], ref: number): TimeSpec {
  if (spec.kind !== 'date' || spec.year !== null || spec.mod !== null || spec.weekday !== null) return spec;
  const m = a.mentions[i] as TimeMention;
  const tokens = a.layout.tokens;
  const before = tokens[m.first - 1];
  const named =
    (before?.lower === 'the' || before?.base !== before?.lower) && EVENT_NOUNS.has(tokens[m.last + 1]?.lower ?? '');
  if (!named || a.tenses[i]?.tense === 'future') return spec;
  const refYear = civil(ref).year;
  for (let k = recent.length - 1; k >= 0; k--) {
    const candidate = recent[k] as Placed;
    if (candidate.paragraph !== a.paragraph.n) break;
    if (candidate.resolved.precision !== 'year') continue;
    const year = civil(candidate.resolved.start).year;
    if (year < refYear) return { ...spec, year };
  }
  return spec;
}

/** The events of a document; may throw on a bug, so callers use `findEvents`. */
export function extractEvents(document: ArticleDocument, context: EventContext): EventRecord[] {
  const published = parseIsoDay(context.published);
  if (published === null) return [];
  const quotesByParagraph = groupBy(context.quotes, (q) => q.paragraph);
  const mentionsByParagraph = groupBy(context.mentions, (m) => m.paragraph);
  // a dateline opens the first paragraph, or the second after a byline
  const firstParagraphs = document.paragraphs
    .filter((p) => p.text.trim() !== '')
    .slice(0, 2)
    .map((p) => p.n);
  const analyseParagraph = (p: Paragraph): Analysed =>
    analyse(p, quotesByParagraph.get(p.n) ?? [], firstParagraphs.includes(p.n));
  let years: Map<number, number> | null = null;
  const yearsWritten = (): Map<number, number> => (years ??= writtenYears(document.paragraphs));
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
  /** The story's main event: the first day the writer dates before publication. */
  let main: Resolved | null = null;
  /** When a Q&A's interview took place, where the introduction says. */
  let interview: number | null = null;
  const speakerDays = new SpeakerDays();

  for (const paragraph of document.paragraphs) {
    const a = opening.get(paragraph.n) ?? analyseParagraph(paragraph);
    const { layout } = a;
    const people = mentionsByParagraph.get(paragraph.n) ?? [];
    const attributions = attributionsOf(a, published);
    const speakers = spanSpeakers(a, quotesByParagraph.get(paragraph.n) ?? []);
    const refs = quoteReferences(a, published, attributions, {
      lead,
      carried,
      interview,
      speakerDay: (index) => speakerDays.dayOf(speakers[index] ?? null, paragraph.n),
    });
    speakerDays.note(a, attributions, people, speakers, refs);
    const lastSpan = layout.spans[layout.spans.length - 1];
    carried = lastSpan?.open ? (refs[refs.length - 1] ?? null) : null;
    for (let i = 0; i < a.mentions.length; i++) {
      const m = a.mentions[i] as TimeMention;
      const quoteIndex = a.quoteOf[i] ?? -1;
      const ref = quoteIndex >= 0 ? (refs[quoteIndex] ?? published) : published;
      const sentenceIndex = layout.sentence[m.first] ?? 0;
      const isAnaphor = isAnaphoric(m.spec);
      let anchor = isAnaphor
        ? anchorFor(m, recent, { paragraph: paragraph.n, sentenceIndex, quoted: quoteIndex >= 0 }, main)
        : null;
      if (m.spec.kind === 'dayOfMonth') {
        // "the 19th" after a written date in the same sentence takes that date's month
        const previous = recent[recent.length - 1];
        anchor =
          previous && previous.paragraph === paragraph.n && previous.sentenceIndex === sentenceIndex
            ? previous.resolved
            : null;
      }
      const clause = a.tenses[i]?.tense ?? null;
      const spec = withNamedYear(withWrittenYear(m.spec, yearsWritten), a, i, recent, ref);
      const resolved = resolve(spec, contextFor(a, i, ref, anchor));
      if (!resolved || !isWellFormed(resolved)) continue;
      if (quoteIndex < 0 && !isAnaphor && resolved.precision === 'day' && resolved.start <= published) {
        if (main === null && resolved.start < published) main = resolved;
        if (interview === null && a.interviewSentence[sentenceIndex] === 1) interview = resolved.start;
      }
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
      let clauseSet: Set<string> | null = null;
      const near = (): Set<string> => (words ??= wordsNear(layout, m.first, m.last));
      const own = (): Set<string> => (clauseSet ??= clauseWordsOf(layout, m.first, m.last));
      recent.push({
        record,
        resolved,
        words: near,
        clauseWords: own,
        absolute: writtenWithYear(spec),
        quoted: quoteIndex >= 0,
        paragraph: paragraph.n,
        sentenceIndex,
      });
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
