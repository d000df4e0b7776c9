/**
 * Speaker attribution: for each quotation, who said it and by which rule.
 *
 * In order of preference:
 * 1. explicit, after the quote: `“...,” said X`, `“...,” X said`, `“...,” the minister told the committee`,
 *    `“...,” X, a spokesman for ..., said`, `“...,” according to X`;
 * 2. explicit, before it: `X said: “...”`, `Still, the aide warned, “...”`, a colon intro without a
 *    verb (`She put it plainly: “...”`, `Speaking before the vote, X was blunt: «...»`), else the one
 *    person such an intro names;
 * 3. embedded: the subject of the nearest reporting verb before the quote in its sentence
 *    (`X said the plan was “...”`, `the firm said in a statement that called it “...”`);
 * 4. "according to X" later in the sentence;
 * 5. the subject of the quote's sentence when it names a person;
 * 6. continuation: the speaker of another quote in the paragraph, else of the previous paragraph's
 *    last quote; an interrupted quote (`“The question,” she said, “is not...”`) shares one speaker and
 *    one `group`;
 * 7. the person named by the writer's next sentence (`“...” That is what X tells ...`; after an
 *    article's opening quote, a sentence that opens with a name);
 * 8. unattributed.
 * Pronoun subjects (he/she/it) come from the salience model and are reported as `pronoun`.
 * Q&A answers are the interviewee's; a block quote is its credit line's or its introducer's (after a
 * colon, the person its paragraph is about).
 */
import type { Attribution } from './schema';
import type { ParagraphLayout } from './layout';
import { tokenIndexAt } from './layout';
import { clauseBreakers, documentNouns, prepositions, speechVerbs, verbAuxiliaries } from './lexicon';
import type { Mention, PeopleReading } from './people';
import type { QuoteReading } from './quote-kinds';
import type { QuoteSpan } from './quotes';
import type { PronounReading } from './salience';
import { SpeakerContext, type Speaker } from './speaker-phrases';
import { foldName } from './spelling';
import { isSpace, type Token } from './tokens';
import { isReportingVerb } from './verbs';

export interface SpeechQuote {
  readonly span: QuoteSpan;
  readonly reading: QuoteReading;
}

export interface AttributedQuote extends SpeechQuote {
  readonly speaker: Speaker | null;
  readonly attribution: Attribution;
  readonly group: string | undefined;
}

interface Found {
  readonly speaker: Speaker;
  readonly attribution: Attribution;
  /** Where the attribution ends (paragraph offset), for interrupted quotes. */
  readonly after?: { readonly paragraph: number; readonly end: number } | undefined;
}

/** How many tokens around a quote attribution reads, so very long sentences stay linear. */
const WINDOW = 60;

const at = (text: string, i: number): string => (i >= 0 && i < text.length ? (text[i] as string) : '');
const isSpeechVerb = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'word' && !t.upper && speechVerbs.has(t.lower);
const isVerbAt = (layout: ParagraphLayout, k: number): boolean => isReportingVerb(layout.tokens, k);

export function attributeQuotes(
  quotes: readonly SpeechQuote[],
  layouts: readonly ParagraphLayout[],
  reading: PeopleReading,
  pronouns: PronounReading,
): AttributedQuote[] {
  const context = new SpeakerContext(layouts, reading, pronouns);
  const subjects = new Map<string, Speaker | null>();
  const out: AttributedQuote[] = [];
  let verbCursor = { paragraph: 0, token: 0 };
  /** The speaker of the last attributed quote ending in each paragraph. */
  const lastSpeakerIn = new Map<number, Speaker>();
  let groups = 0;

  /** The subject of the reporting verb at `v` (cached, so sources are registered once, in order). */
  const subjectOf = (paragraph: number, v: number): Speaker | null => {
    const key = `${paragraph}:${v}`;
    if (subjects.has(key)) return subjects.get(key) ?? null;
    const layout = layouts[paragraph];
    const speaker = layout ? findSubject(layout, v, context) : null;
    subjects.set(key, speaker);
    if (speaker) {
      context.noteOrganization(speaker);
      context.noteDocument(paragraph, v, speaker);
    }
    return speaker;
  };

  /** Resolve every reporting clause before (paragraph, offset) not yet seen: "two people ... said". */
  const catchUp = (paragraph: number, offset: number): void => {
    for (let p = verbCursor.paragraph; p <= paragraph && p < layouts.length; p++) {
      const layout = layouts[p] as ParagraphLayout;
      const from = p === verbCursor.paragraph ? verbCursor.token : 0;
      const to = p === paragraph ? tokenIndexAt(layout.tokens, offset) : layout.tokens.length;
      for (let k = from; k < to; k++) {
        if (layout.tokenQuoted[k]) continue;
        const t = layout.tokens[k] as Token;
        if (isVerbAt(layout, k)) subjectOf(p, k);
        else if (documentNouns.has(t.lower) && layout.tokens[k + 1]?.lower === 'from') context.noteDocumentSender(p, k);
        else if (t.lower === 'according' && layout.tokens[k + 1]?.lower === 'to')
          accordingTo(layout, k, context, subjects);
      }
    }
    const layout = layouts[paragraph];
    verbCursor = { paragraph, token: layout ? tokenIndexAt(layout.tokens, offset) : 0 };
  };

  for (let qi = 0; qi < quotes.length; qi++) {
    const quote = quotes[qi] as SpeechQuote;
    const span = quote.span;
    const first = span.parts[0];
    const last = span.parts[span.parts.length - 1];
    if (!first || !last) continue;
    catchUp(first.paragraph, span.open);
    let found: Found | null = null;
    let group: string | undefined;
    const previous = out[out.length - 1];

    if (span.family === 'answer' && span.label !== undefined) {
      found = labelSpeaker(span.label, reading, context);
    } else if (span.family === 'answer') {
      const interviewee = intervieweeOf(reading);
      if (interviewee !== null)
        found = { speaker: context.personSpeaker(interviewee, 'explicit'), attribution: 'explicit' };
    } else if (span.family === 'block') {
      found = blockSpeaker(span, layouts, context, subjectOf) ?? colonIntroducer(span, layouts, reading, context);
    } else {
      const head = layouts[first.paragraph] as ParagraphLayout;
      const tail = layouts[last.paragraph] as ParagraphLayout;
      // an interrupted quote continues: “The question,” she said, “is not ...”
      if (previous && previous.group !== undefined && continuesGroup(previous, span, layouts)) {
        found = previous.speaker ? { speaker: previous.speaker, attribution: previous.attribution } : null;
        group = previous.group;
      }
      found = found ?? afterQuote(tail, span.close, context, subjectOf);
      found = found ?? beforeQuote(head, span.open, context, subjectOf, reading);
      found = found ?? embedded(head, span.open, subjectOf);
      found = found ?? trailing(tail, span.close, context, subjects);
      found = found ?? sentenceSubject(head, span.open, reading, context);
      if (found && found.after && group === undefined && endsWithComma(head, span)) {
        const next = quotes[qi + 1];
        if (next && interruptedBy(layouts, span, next.span)) {
          groups++;
          group = `g${groups}`;
        }
      }
    }
    if (!found) found = continuation(quote, lastSpeakerIn, layouts);
    if (!found) found = cataphora(quote, layouts, reading, context);
    if (!found) found = introducedBefore(quote, layouts, subjectOf);
    catchUp(last.paragraph, span.close);
    const speaker = found?.speaker ?? null;
    if (speaker) {
      context.lastSpeaker = speaker;
      context.noteOrganization(speaker);
      lastSpeakerIn.set(last.paragraph, speaker);
    }
    out.push({ ...quote, speaker, attribution: found ? found.attribution : 'unattributed', group });
  }
  return out;
}

/** Tokens from `from` while they stay outside quotes and in the sentence of token `from`. */
function clauseTokens(layout: ParagraphLayout, offset: number): number[] {
  const from = tokenIndexAt(layout.tokens, offset);
  const sentence = layout.tokenSentence[from];
  const out: number[] = [];
  for (let k = from; k < Math.min(layout.tokens.length, from + WINDOW); k++) {
    if (layout.tokenQuoted[k] || layout.tokenSentence[k] !== sentence) break;
    out.push(k);
  }
  return out;
}

/** `“...,” said X` / `“...,” X said` / `“...,” according to X`. */
function afterQuote(
  layout: ParagraphLayout,
  close: number,
  context: SpeakerContext,
  subjectOf: (paragraph: number, v: number) => Speaker | null,
): Found | null {
  const credited = dashCredit(layout, close, context);
  if (credited) return credited;
  if (sentenceEndsAt(layout, close)) return null;
  const idx = clauseTokens(layout, close);
  const tokens = layout.tokens;
  let i = 0;
  while (i < idx.length && tokens[idx[i] as number]?.kind === 'punct') i++;
  if (i >= idx.length) return null;
  const firstIndex = idx[i] as number;
  const first = tokens[firstIndex] as Token;
  const endOf = (k: number): { paragraph: number; end: number } => ({
    paragraph: layout.index,
    end: tokens[k]?.end ?? close,
  });
  if (first.lower === 'according' && tokens[firstIndex + 1]?.lower === 'to') {
    const np = phraseAfter(layout, firstIndex + 2, idx[idx.length - 1] as number);
    const speaker = context.resolve(layout.index, firstIndex + 2, np);
    return speaker ? { speaker, attribution: toAttribution(speaker), after: endOf(np - 1) } : null;
  }
  // said X
  let v = i;
  while (v < idx.length && verbAuxiliaries.has(tokens[idx[v] as number]?.lower ?? '')) v++;
  if (v < idx.length && isVerbAt(layout, idx[v] as number)) {
    const verb = idx[v] as number;
    const np = phraseAfter(layout, verb + 1, idx[idx.length - 1] as number);
    if (np > verb + 1) {
      const speaker = context.resolve(layout.index, verb + 1, np);
      if (speaker) return { speaker, attribution: toAttribution(speaker), after: endOf(clauseEnd(layout, idx, np)) };
    }
    return null;
  }
  // X said
  if (!startsPhrase(first) && !titledName(tokens, firstIndex)) return null;
  for (let j = i; j < Math.min(idx.length, i + 16); j++) {
    const k = idx[j] as number;
    const t = tokens[k] as Token;
    if (t.kind === 'punct' && t.text !== ',' && t.text !== '-' && t.text !== '\u2019' && t.text !== "'") return null;
    if (clauseBreakers.has(t.lower) && j > i) return null;
    if (isVerbAt(layout, k)) {
      const speaker = subjectOf(layout.index, k);
      return speaker
        ? { speaker, attribution: toAttribution(speaker), after: endOf(clauseEnd(layout, idx, k + 1)) }
        : null;
    }
  }
  return null;
}

/** `“We will rebuild.” — Mayor Jane Doe`: a dash and a name after the quote credit it. */
function dashCredit(layout: ParagraphLayout, close: number, context: SpeakerContext): Found | null {
  let i = close;
  while (i < layout.text.length && isSpace(at(layout.text, i))) i++;
  const dash = at(layout.text, i);
  if (dash !== '\u2014' && dash !== '\u2013' && dash !== '\u2015') return null;
  const from = tokenIndexAt(layout.tokens, i + 1);
  const first = layout.tokens[from];
  if (!first || !first.upper || layout.tokenQuoted[from]) return null;
  let to = from;
  while (to < Math.min(layout.tokens.length, from + 12)) {
    const t = layout.tokens[to] as Token;
    if (layout.tokenQuoted[to] || (t.kind === 'punct' && t.text !== '.' && t.text !== '-') || isVerbAt(layout, to))
      break;
    to++;
  }
  const speaker = context.resolve(layout.index, from, to);
  return speaker && speaker.kind === 'person' ? { speaker, attribution: 'explicit' } : null;
}

/** Index of the last token of the attribution clause (up to a comma before the next quote, or its end). */
function clauseEnd(_layout: ParagraphLayout, idx: readonly number[], from: number): number {
  let last = from - 1;
  for (const k of idx) {
    if (k < from) continue;
    last = k;
  }
  return Math.max(last, from - 1);
}

function startsPhrase(t: Token): boolean {
  if (t.kind === 'number') return true;
  if (t.kind !== 'word') return false;
  if (t.upper) return true;
  return [
    'he',
    'she',
    'it',
    'they',
    'the',
    'a',
    'an',
    'one',
    'two',
    'three',
    'another',
    'its',
    'his',
    'her',
    'their',
    'several',
    'some',
  ].includes(t.lower);
}

/** "senior forecaster Ilse Brockhurst": lower-case title words, then a capitalised name within four words. */
function titledName(tokens: readonly Token[], from: number): boolean {
  const first = tokens[from] as Token;
  if (first.kind !== 'word' || prepositions.has(first.lower) || clauseBreakers.has(first.lower)) return false;
  for (let k = from + 1; k < Math.min(tokens.length, from + 5); k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || isSpeechVerb(t)) return false;
    if (t.upper) return true;
  }
  return false;
}

/** True when the quote's closing mark also ends its sentence. */
function sentenceEndsAt(layout: ParagraphLayout, close: number): boolean {
  for (const sentence of layout.sentences) {
    if (sentence.end === close) return true;
    if (sentence.end > close) return false;
  }
  return true;
}

/** `X said: “...”`, `the aide warned, “...”`, or a colon intro without a verb. */
function beforeQuote(
  layout: ParagraphLayout,
  open: number,
  context: SpeakerContext,
  subjectOf: (paragraph: number, v: number) => Speaker | null,
  reading: PeopleReading,
): Found | null {
  let i = open - 1;
  while (i >= 0 && isSpace(at(layout.text, i))) i--;
  const mark = at(layout.text, i);
  if (mark !== ':' && mark !== ',' && mark !== '\u2014') return null;
  const tokens = layout.tokens;
  const end = tokenIndexAt(tokens, i); // the punctuation token
  const start = clauseStart(layout, end);
  const window = mark === ':' ? 14 : 4;
  let words = 0;
  for (let k = end - 1; k >= start && words < window; k--) {
    const t = tokens[k] as Token;
    if (layout.tokenQuoted[k]) break;
    if (t.kind !== 'punct') words++;
    if (isVerbAt(layout, k)) {
      // "said Smith:" names the speaker after the verb
      if (k + 1 < end && startsPhrase(tokens[k + 1] as Token) && !isPronounStart(tokens[k + 1] as Token)) {
        const inverted = context.resolve(layout.index, k + 1, end);
        if (inverted && inverted.kind === 'person') return { speaker: inverted, attribution: toAttribution(inverted) };
      }
      const speaker = subjectOf(layout.index, k);
      if (speaker) return { speaker, attribution: toAttribution(speaker) };
      // "Speaking to members before the vote, Ames was blunt:": the verb opened an introductory phrase
      break;
    }
  }
  if (mark !== ':') return null;
  const speaker = colonSubject(layout, afterIntroduction(layout, start, end), end, context);
  if (speaker) return { speaker, attribution: toAttribution(speaker) };
  // "The blow came from an ally — from Ida Brun, whose party ...:": the one person the intro names
  const named = mentionsOf(reading, layout.index).filter(
    (m) => m.first >= start && m.end <= end && !m.quoted && !m.possessive,
  );
  const people = new Set(named.map((m) => m.person));
  const [only] = people;
  return people.size === 1 && only !== undefined
    ? { speaker: context.personSpeaker(only, 'explicit'), attribution: 'explicit' }
    : null;
}

/** "She put it plainly:", "The letter continued:" — the subject of the clause before a colon. */
function colonSubject(layout: ParagraphLayout, start: number, end: number, context: SpeakerContext): Speaker | null {
  const tokens = layout.tokens;
  let k = start;
  while (k < end && (tokens[k] as Token).kind === 'punct') k++;
  if (k >= end) return null;
  if (isPronounStart(tokens[k] as Token)) return context.resolve(layout.index, k, k + 1);
  return context.resolve(layout.index, k, subjectPhraseEnd(layout, k, end));
}

/**
 * Where the main clause starts after an introductory phrase and its comma ("Speaking to members
 * before the vote, Ames was blunt:", "After the count, she said:"); `start` when there is none.
 */
function afterIntroduction(layout: ParagraphLayout, start: number, end: number): number {
  const opener = layout.tokens[start];
  if (!opener || opener.kind !== 'word') return start;
  const word = opener.lower;
  const introductory = word.endsWith('ing') || word.endsWith('ed') || prepositions.has(word);
  if (!introductory) return start;
  for (let k = start + 1; k < end; k++) if (layout.tokens[k]?.text === ',' && !layout.tokenQuoted[k]) return k + 1;
  return start;
}

/** The end of a clause-initial noun phrase: before its first lower-case word that is not part of a noun phrase. */
function subjectPhraseEnd(layout: ParagraphLayout, from: number, end: number): number {
  const tokens = layout.tokens;
  let k = from;
  let sawNoun = false;
  while (k < end) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' && t.text !== ',' && t.text !== '-') break;
    if (t.kind === 'word' && !t.upper && sawNoun && !NP_WORDS.has(t.lower) && !t.possessive && isLikelyVerb(t)) break;
    if (t.kind === 'word') sawNoun = true;
    k++;
  }
  return Math.max(k, from + 1);
}

const NP_WORDS = new Set(['of', 'the', 'a', 'an', 'for', 'at', 'from', 'in', 'and']);

/** A crude verb test for clause-initial phrases: -s/-ed endings or a few common verbs. */
function isLikelyVerb(t: Token): boolean {
  const w = t.lower;
  return (
    speechVerbs.has(w) ||
    verbAuxiliaries.has(w) ||
    w === 'is' ||
    w === 'was' ||
    w === 'are' ||
    w === 'were' ||
    w === 'went' ||
    w.endsWith('ed') ||
    (w.endsWith('s') && !w.endsWith('ss') && w.length > 3)
  );
}

function isPronounStart(t: Token): boolean {
  return t.lower === 'he' || t.lower === 'she' || t.lower === 'it' || t.lower === 'they';
}

/** The subject of the nearest reporting verb before the quote in its sentence. */
function embedded(
  layout: ParagraphLayout,
  open: number,
  subjectOf: (paragraph: number, v: number) => Speaker | null,
): Found | null {
  const tokens = layout.tokens;
  const end = tokenIndexAt(tokens, open);
  const sentence = layout.tokenSentence[end] ?? layout.tokenSentence[end - 1] ?? 0;
  // "X said the state would ask for funds “...”": a verb after a modal is a reported act, not the
  // speech; the reporting verb before it, if any, names the speaker
  let reportedAct: Found | null = null;
  for (let k = end - 1; k >= Math.max(0, end - WINDOW); k--) {
    if (layout.tokenSentence[k] !== sentence) break;
    if (layout.tokenQuoted[k]) continue;
    if (!isVerbAt(layout, k)) continue;
    const speaker = subjectOf(layout.index, k);
    if (speaker && modalVerbs.has(tokens[k - 1]?.lower ?? '')) {
      reportedAct = reportedAct ?? { speaker, attribution: toAttribution(speaker) };
      continue;
    }
    if (speaker) return { speaker, attribution: toAttribution(speaker) };
    // "in a statement posted on Telegram", "that described it as": look further back
  }
  return reportedAct;
}

const modalVerbs = new Set(['would', 'will', 'could', 'should', 'might', 'may', 'must', 'shall', 'can']);

/** "..., according to a technician at the plant" later in the quote's sentence. */
function trailing(
  layout: ParagraphLayout,
  close: number,
  context: SpeakerContext,
  subjects: Map<string, Speaker | null>,
): Found | null {
  const tokens = layout.tokens;
  const from = tokenIndexAt(tokens, close);
  const sentence = layout.tokenSentence[from];
  for (let k = from; k < Math.min(tokens.length, from + WINDOW) && layout.tokenSentence[k] === sentence; k++) {
    if (layout.tokenQuoted[k]) continue;
    if (tokens[k]?.lower === 'according' && tokens[k + 1]?.lower === 'to') {
      const speaker = accordingTo(layout, k, context, subjects);
      return speaker ? { speaker, attribution: toAttribution(speaker) } : null;
    }
  }
  return null;
}

function accordingTo(
  layout: ParagraphLayout,
  k: number,
  context: SpeakerContext,
  subjects: Map<string, Speaker | null>,
): Speaker | null {
  const key = `${layout.index}:${k}`;
  if (subjects.has(key)) return subjects.get(key) ?? null;
  const sentence = layout.tokenSentence[k];
  let last = k + 1;
  while (last + 1 < Math.min(layout.tokens.length, k + WINDOW) && layout.tokenSentence[last + 1] === sentence) last++;
  const np = phraseAfter(layout, k + 2, last);
  const speaker = np > k + 2 ? context.resolve(layout.index, k + 2, np) : null;
  subjects.set(key, speaker);
  return speaker;
}

/** A quote embedded in a sentence whose subject is a named person, with no reporting verb. */
function sentenceSubject(
  layout: ParagraphLayout,
  open: number,
  reading: PeopleReading,
  context: SpeakerContext,
): Found | null {
  const tokens = layout.tokens;
  const end = tokenIndexAt(tokens, open);
  const sentence = layout.tokenSentence[end] ?? 0;
  let k = end - 1;
  while (k >= Math.max(0, end - WINDOW) && layout.tokenSentence[k] === sentence) k--;
  const start = k + 1;
  if (start >= end) return null;
  const mention = mentionsOf(reading, layout.index).find((m) => m.first >= start && m.first < end && !m.quoted);
  if (!mention || mention.possessive) return null;
  // the mention must open the clause: only adverbials before it
  for (let j = start; j < mention.first; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'punct') continue;
    if (t.text === ',') continue;
    if (!isAdverbialWord(t)) return null;
  }
  return { speaker: context.personSpeaker(mention.person, 'explicit'), attribution: 'explicit' };
}

const paragraphMentions = new WeakMap<PeopleReading, Map<number, Mention[]>>();

/** A paragraph's mentions (indexed once per article). */
function mentionsOf(reading: PeopleReading, paragraph: number): readonly Mention[] {
  let index = paragraphMentions.get(reading);
  if (!index) {
    index = new Map();
    for (const mention of reading.mentions) {
      const list = index.get(mention.paragraph) ?? [];
      list.push(mention);
      index.set(mention.paragraph, list);
    }
    paragraphMentions.set(reading, index);
  }
  return index.get(paragraph) ?? [];
}

function isAdverbialWord(t: Token): boolean {
  return ['but', 'and', 'yet', 'still', 'separately', 'meanwhile', 'also', 'however', 'later', 'then'].includes(
    t.lower,
  );
}

/** Continuation: another quote's speaker in this paragraph, else the previous paragraph's last speaker. */
function continuation(
  quote: SpeechQuote,
  lastSpeakerIn: ReadonlyMap<number, Speaker>,
  layouts: readonly ParagraphLayout[],
): Found | null {
  const paragraph = quote.span.parts[0]?.paragraph ?? 0;
  const here = lastSpeakerIn.get(paragraph);
  if (here) return { speaker: { ...here, rule: 'explicit' }, attribution: 'continuation' };
  const before = lastSpeakerIn.get(paragraph - 1);
  if (before && startsParagraph(quote, layouts))
    return { speaker: { ...before, rule: 'explicit' }, attribution: 'continuation' };
  return null;
}

/**
 * A paragraph of speech after a paragraph that ends by saying someone spoke, with no quote of its own
 * ("Their son, Ferdy Aske, spoke to reporters afterwards." / “We want answers. ...”): that someone.
 */
function introducedBefore(
  quote: SpeechQuote,
  layouts: readonly ParagraphLayout[],
  subjectOf: (paragraph: number, v: number) => Speaker | null,
): Found | null {
  const paragraph = quote.span.parts[0]?.paragraph ?? 0;
  const before = layouts[paragraph - 1];
  if (!before || before.tokens.length === 0 || !startsParagraph(quote, layouts)) return null;
  const sentence = before.tokenSentence[before.tokens.length - 1];
  for (let k = before.tokens.length - 1; k >= Math.max(0, before.tokens.length - WINDOW); k--) {
    if (before.tokenSentence[k] !== sentence || before.tokenQuoted[k]) return null;
    const t = before.tokens[k] as Token;
    if (!isVerbAt(before, k) && !(SPOKE.has(t.lower) && prepositions.has(before.tokens[k + 1]?.lower ?? ''))) continue;
    const speaker = subjectOf(before.index, k);
    return speaker?.kind === 'person' ? { speaker, attribution: 'explicit' } : null;
  }
  return null;
}

const SPOKE = new Set(['spoke', 'speaks', 'talked', 'talks']);

/**
 * A quote attributed by the writer's next sentence: “We’re three nurses short.” / That is how Joanna
 * Pryor greets the night shift. That sentence may follow in the same paragraph or open the next one;
 * when the quote opens the article, a next sentence that opens with a name will do too (“Nobody
 * warned us.” / Fenna Lusk, 44, has told that story a hundred times).
 */
function cataphora(
  quote: SpeechQuote,
  layouts: readonly ParagraphLayout[],
  reading: PeopleReading,
  context: SpeakerContext,
): Found | null {
  const last = quote.span.parts[quote.span.parts.length - 1];
  if (!last || !startsParagraph(quote, layouts)) return null;
  const layout = layouts[last.paragraph];
  if (!layout) return null;
  const next = nextWriterSentence(layout, quote.span.close, layouts[last.paragraph + 1]);
  if (!next) return null;
  const opener = next.layout.tokens[next.first];
  const mention = mentionsOf(reading, next.layout.index).find(
    (m) => !m.quoted && m.sentence === next.sentence && !m.possessive,
  );
  if (!opener || !mention) return null;
  const opensArticle = quote.span.parts[0]?.paragraph === 0 && mention.first === next.first;
  if (!CATAPHORIC.has(opener.lower) && !opensArticle) return null;
  return { speaker: context.personSpeaker(mention.person, 'explicit'), attribution: 'explicit' };
}

/**
 * The writer's sentence after a quote that ends its own sentence: later in the quote's paragraph,
 * else the first of the next paragraph. Null when the writer's words go on in the quote's sentence.
 */
function nextWriterSentence(
  layout: ParagraphLayout,
  close: number,
  following: ParagraphLayout | undefined,
): { layout: ParagraphLayout; sentence: number; first: number } | null {
  for (let k = tokenIndexAt(layout.tokens, close); k < layout.tokens.length; k++) {
    if (layout.tokenQuoted[k] || layout.tokens[k]?.kind !== 'word') continue;
    if (!sentenceEndsAt(layout, close)) return null;
    return { layout, sentence: layout.tokenSentence[k] ?? 0, first: k };
  }
  return following && following.tokens.length > 0 ? { layout: following, sentence: 0, first: 0 } : null;
}

const CATAPHORIC = new Set(['that', 'this', 'so', 'those', 'such', 'thus']);

/** The quote opens its paragraph, or nothing the writer says before it names a speaker. */
function startsParagraph(quote: SpeechQuote, layouts: readonly ParagraphLayout[]): boolean {
  const first = quote.span.parts[0];
  const layout = first ? layouts[first.paragraph] : undefined;
  if (!layout) return false;
  const end = tokenIndexAt(layout.tokens, quote.span.open);
  for (let k = 0; k < end; k++) {
    if (layout.tokenQuoted[k]) continue;
    const t = layout.tokens[k] as Token;
    if (t.kind === 'word' && (t.upper || isSpeechVerb(t))) return false;
  }
  return true;
}

/** The speaker of a block quote: its credit line, else whoever introduced it. */
function blockSpeaker(
  span: QuoteSpan,
  layouts: readonly ParagraphLayout[],
  context: SpeakerContext,
  subjectOf: (paragraph: number, v: number) => Speaker | null,
): Found | null {
  const first = span.parts[0];
  if (!first) return null;
  const layout = layouts[first.paragraph];
  if (layout && span.credit) {
    const from = tokenIndexAt(layout.tokens, span.credit.start);
    const to = tokenIndexAt(layout.tokens, span.credit.end);
    const speaker = context.resolve(layout.index, from, phraseAfter(layout, from, to - 1));
    if (speaker) return { speaker, attribution: toAttribution(speaker) };
  }
  const intro = layouts[first.paragraph - 1];
  if (!intro) return null;
  for (let k = intro.tokens.length - 1; k >= 0; k--) {
    if (intro.tokenQuoted[k]) continue;
    if ((intro.tokenSentence[k] ?? 0) < intro.sentences.length - 1) break;
    if (isVerbAt(intro, k)) {
      const speaker = subjectOf(intro.index, k);
      if (speaker) return { speaker, attribution: toAttribution(speaker) };
    }
  }
  return null;
}

/**
 * A block quote after a paragraph ending in a colon whose last sentence names no speaker ("At 2 a.m.
 * she sent a message to her neighbours. It has since been framed:"): the person that paragraph last
 * names or calls he or she.
 */
function colonIntroducer(
  span: QuoteSpan,
  layouts: readonly ParagraphLayout[],
  reading: PeopleReading,
  context: SpeakerContext,
): Found | null {
  const intro = layouts[(span.parts[0]?.paragraph ?? 0) - 1];
  if (!intro || !intro.text.trimEnd().endsWith(':')) return null;
  const mentionAt = new Map(mentionsOf(reading, intro.index).map((m) => [m.first, m]));
  for (let k = intro.tokens.length - 1; k >= 0; k--) {
    if (intro.tokenQuoted[k]) continue;
    const mention = mentionAt.get(k);
    if (mention && !mention.possessive)
      return { speaker: context.personSpeaker(mention.person, 'explicit'), attribution: 'explicit' };
    const t = intro.tokens[k] as Token;
    if (t.lower !== 'he' && t.lower !== 'she') continue;
    const speaker = context.resolve(intro.index, k, k + 1);
    if (speaker?.kind === 'person') return { speaker, attribution: toAttribution(speaker) };
  }
  return null;
}

/** A transcript label's person: by full name, surname or first name, in any case. */
function labelSpeaker(label: string, reading: PeopleReading, context: SpeakerContext): Found | null {
  const folded = foldName(label);
  const person = reading.people.find((p) => foldName(p.name) === folded || p.surname === folded || p.given === folded);
  if (person) return { speaker: context.personSpeaker(person.index, 'explicit'), attribution: 'explicit' };
  return { speaker: { kind: 'anonymous', person: null, label, rule: 'explicit' }, attribution: 'explicit' };
}

const interviewees = new WeakMap<PeopleReading, number | null>();

/** The person an interview is with: the one the writer names most often (computed once per article). */
function intervieweeOf(reading: PeopleReading): number | null {
  const cached = interviewees.get(reading);
  if (cached !== undefined) return cached;
  const found = mostNamed(reading);
  interviewees.set(reading, found);
  return found;
}

function mostNamed(reading: PeopleReading): number | null {
  let best: number | null = null;
  let bestCount = 0;
  for (const person of reading.people) {
    const count = person.mentions.filter((m) => !m.quoted).length;
    if (count > bestCount) {
      best = person.index;
      bestCount = count;
    }
  }
  return best;
}

/** The quote's inner text ended with a comma before its closing mark: `“The question,” she said`. */
function endsWithComma(layout: ParagraphLayout, span: QuoteSpan): boolean {
  const last = span.parts[span.parts.length - 1];
  if (!last || last.paragraph !== layout.index) return false;
  let i = span.close - 2;
  while (i >= 0 && isSpace(at(layout.text, i))) i--;
  return at(layout.text, i) === ',';
}

/** Only an attribution ending in a comma lies between two quotes: `, she said, “is not ...”`. */
function interruptedBy(layouts: readonly ParagraphLayout[], span: QuoteSpan, next: QuoteSpan): boolean {
  const last = span.parts[span.parts.length - 1];
  const first = next.parts[0];
  if (!last || !first || first.paragraph !== last.paragraph) return false;
  const layout = layouts[last.paragraph];
  if (!layout) return false;
  const between = layout.text.slice(span.close, next.open).trim();
  if (!(between.endsWith(',') || between.endsWith('\u2014'))) return false;
  return !hasSentenceEnd(between);
}

/** A sentence-ending mark, not counting the periods of abbreviations like "Dr." or "U.S.". */
function hasSentenceEnd(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const ch = at(text, i);
    if (ch === '!' || ch === '?') return true;
    if (ch === '.' && isSpace(at(text, i + 1))) {
      let s = i;
      while (s > 0 && /\p{L}/u.test(at(text, s - 1))) s--;
      const word = text.slice(s, i);
      if (word.length > 3 || (word.length > 0 && word === word.toLowerCase())) return true;
    }
  }
  return false;
}

function continuesGroup(previous: AttributedQuote, span: QuoteSpan, layouts: readonly ParagraphLayout[]): boolean {
  const prevLast = previous.span.parts[previous.span.parts.length - 1];
  const first = span.parts[0];
  if (!prevLast || !first || prevLast.paragraph !== first.paragraph) return false;
  const layout = layouts[first.paragraph];
  if (!layout) return false;
  // only the attribution lies between them
  return !hasSentenceEnd(layout.text.slice(previous.span.close, span.open));
}

/** Where a noun phrase starting at `from` ends (exclusive), at most at `last` + 1. */
export function phraseAfter(layout: ParagraphLayout, from: number, last: number): number {
  const tokens = layout.tokens;
  let k = from;
  let words = 0;
  while (k <= last && k < tokens.length && words < 24) {
    const t = tokens[k] as Token;
    if (layout.tokenQuoted[k]) break;
    if (
      t.kind === 'punct' &&
      t.text !== ',' &&
      t.text !== '-' &&
      t.text !== '&' &&
      t.text !== '\u2019' &&
      t.text !== "'"
    )
      break;
    if (isSpeechVerb(t) && k > from) break;
    if ((t.lower === 'who' || t.lower === 'which' || t.lower === 'speaking' || t.lower === 'whose') && k > from) break;
    words++;
    k++;
  }
  // a trailing comma is not part of the phrase
  while (k > from && tokens[k - 1]?.text === ',') k--;
  return k;
}

/** The first token of the sentence holding token `k` (at most a window back). */
function sentenceStartIndex(layout: ParagraphLayout, k: number): number {
  const sentence = layout.tokenSentence[k];
  let j = k;
  while (j > 0 && j > k - WINDOW && layout.tokenSentence[j - 1] === sentence) j--;
  return j;
}

/** Where the clause holding token `k` starts: the sentence start or after a semicolon or a quote. */
function clauseStart(layout: ParagraphLayout, k: number): number {
  const sentence = layout.tokenSentence[k];
  let j = k - 1;
  while (j >= Math.max(0, k - WINDOW)) {
    const t = layout.tokens[j] as Token;
    if (layout.tokenSentence[j] !== sentence || layout.tokenQuoted[j] || t.text === ';') break;
    j--;
  }
  return j + 1;
}

/** The subject of the reporting verb at token `v`. */
function findSubject(layout: ParagraphLayout, v: number, context: SpeakerContext): Speaker | null {
  const tokens = layout.tokens;
  let k = v - 1;
  while (k >= 0 && verbAuxiliaries.has((tokens[k] as Token).lower) && !layout.tokenQuoted[k]) k--;
  if (k < 0) return null;
  const start = clauseStart(layout, v);
  const before = tokens[k] as Token;
  if (layout.tokenQuoted[k]) {
    // `“...,” she said` is handled as an inversion when nothing precedes: `“...,” said X`
    return invertedSubject(layout, v, context);
  }
  if (before.text === ',') {
    const verb = tokens[v] as Token;
    if (verb.lower.endsWith('ing')) {
      // "..., adding:", "..., saying that": the participle's subject is the sentence's
      const first = sentenceStartIndex(layout, v);
      const speaker = context.resolve(layout.index, first, subjectPhraseEnd(layout, first, k));
      if (speaker) return speaker;
    }
    // "X, a spokesman for ..., said": the clause from its start
    if (k <= start) return null;
    const speaker = context.resolve(layout.index, start, k);
    return speaker;
  }
  if (before.kind === 'punct') return invertedSubject(layout, v, context);
  // leftwards noun phrase
  let s = k;
  let words = 0;
  while (s >= start && words < 14) {
    const t = tokens[s] as Token;
    if (layout.tokenQuoted[s]) break;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '&' && t.text !== '\u2019' && t.text !== "'") break;
    // "Competition and Markets Authority": a conjunction inside a capitalised name does not end it
    const insideName = tokens[s - 1]?.upper === true && tokens[s + 1]?.upper === true && !t.upper;
    if ((clauseBreakers.has(t.lower) && !insideName) || isVerbAt(layout, s)) break;
    words++;
    if (t.lower === 'he' || t.lower === 'she' || t.lower === 'it' || t.lower === 'they') {
      s--;
      break;
    }
    // "a decision the chef called": a determiner opens the subject unless a preposition governs it
    if (NP_DETERMINERS.has(t.lower) && s > start) {
      const before = tokens[s - 1] as Token;
      if (
        !prepositions.has(before.lower) &&
        !before.possessive &&
        before.kind === 'word' &&
        !layout.tokenQuoted[s - 1]
      ) {
        s--;
        break;
      }
    }
    s--;
  }
  const from = s + 1;
  if (from > k) return invertedSubject(layout, v, context);
  return context.resolve(layout.index, from, k + 1) ?? relativeHead(layout, start, k, context);
}

/**
 * "The surveyor who inspected the bridge before it fell told ...": the subject is the noun phrase
 * before "who", which a scan back from the verb cannot reach past the relative clause.
 */
function relativeHead(layout: ParagraphLayout, start: number, end: number, context: SpeakerContext): Speaker | null {
  if (!NP_DETERMINERS.has(layout.tokens[start]?.lower ?? '')) return null;
  for (let k = start + 1; k < Math.min(end, start + 5); k++) {
    const t = layout.tokens[k] as Token;
    if (t.lower === 'who') return context.resolve(layout.index, start, k);
    if (t.kind !== 'word' || layout.tokenQuoted[k]) return null;
  }
  return null;
}

const NP_DETERMINERS = new Set(['the', 'a', 'an', 'another', 'one', 'two', 'three', 'several', 'some']);

/** `said X` after a quote or at a clause start. */
function invertedSubject(layout: ParagraphLayout, v: number, context: SpeakerContext): Speaker | null {
  const next = layout.tokens[v + 1];
  if (!next || !startsPhrase(next)) return null;
  const end = phraseAfter(layout, v + 1, layout.tokens.length - 1);
  return end > v + 1 ? context.resolve(layout.index, v + 1, end) : null;
}

function toAttribution(speaker: Speaker): Attribution {
  return speaker.rule === 'pronoun' ? 'pronoun' : 'explicit';
}
