/**
 * Is a quoted span someone's words, or a scare quote, a title or a nickname? And is it `partial`, a
 * fragment embedded in the writer's own sentence?
 *
 * Decided from the span's shape and its surroundings, never from word lists of particular articles:
 * - naming cues before it ("so-called", "dubbed", "known as", "code-named", "titled");
 * - a nickname inside a name (Piet "The Train" Ibarra);
 * - title case (every major word capitalised: "The Winter Garden") without a speaker beside it;
 * - a short term glossed by the writer right after it (“harambee,” a Swahili word for ...);
 * - otherwise short fragments need a reporting verb or "according to" in their sentence.
 */
import type { ParagraphLayout } from './layout';
import { tokenIndexAt } from './layout';
import { isReportingVerb } from './verbs';
import {
  clauseBreakers,
  documentNouns,
  minorTitleWords,
  namingAdverbs,
  speechVerbs,
  termCues,
  workNouns,
} from './lexicon';
import type { QuoteSpan } from './quotes';
import { sentenceIndexAt } from './sentences';
import { isSpace, tokenize, type Token } from './tokens';

export type QuoteKind = 'speech' | 'scare' | 'title' | 'nickname';

export interface QuoteReading {
  readonly kind: QuoteKind;
  readonly partial: boolean;
}

/** How many tokens either side of a quote are read: cues sit near it, and long sentences stay linear. */
const WINDOW = 60;
/** How much of a quote's text its shape tests read. */
const SHAPE_CHARS = 200;

const at = (text: string, i: number): string => (i >= 0 && i < text.length ? (text[i] as string) : '');

export function classifyQuote(span: QuoteSpan, layouts: readonly ParagraphLayout[]): QuoteReading {
  if (span.family === 'block' || span.family === 'answer') return { kind: 'speech', partial: false };
  const first = span.parts[0];
  const last = span.parts[span.parts.length - 1];
  const head = first ? layouts[first.paragraph] : undefined;
  const tail = last ? layouts[last.paragraph] : undefined;
  if (!first || !last || !head || !tail) return { kind: 'speech', partial: false };

  // the shape tests need the first few words only (a title is short; a long quote is speech)
  const words = tokenize(span.text, 0, Math.min(span.text.length, SHAPE_CHARS)).filter(
    (token) => token.kind !== 'punct',
  );
  const before = writerTokensBefore(head, span.open);
  const after = writerTokensAfter(tail, span.close);
  const standalone = before.length === 0;
  const partial = !standalone && !introducedAsClause(head.text, span.open, before);
  const direct = directlyAttributed(before, after, head.text, span.open);

  if (words.length <= 4 && nameFlanked(head.text, span.open, tail.text, span.close, before, after)) {
    return { kind: 'nickname', partial };
  }
  // "answered with one word — «Certainly.»": a whole sentence after a dash, in a sentence of speech
  const dashed = isDash(charBefore(head.text, span.open)) && isWholeSentence(span.text, words);
  if (dashed && sentenceHasSpeechCue(head, first.start)) return { kind: 'speech', partial };
  const cue = namingCue(before);
  if (cue) return { kind: cue, partial };
  if (span.text.length < SHAPE_CHARS && isTitleCase(span.text, words) && (!direct || namesWork(before))) {
    return { kind: 'title', partial };
  }
  if (words.length <= 3 && termOfNoun(before)) return { kind: 'scare', partial };
  if (
    words.length <= 4 &&
    !direct &&
    (glossedAfter(after, at(tail.text, span.close - 2) === ',') || (words.length === 1 && explainedAfter(after)))
  ) {
    return { kind: 'scare', partial };
  }
  if (standalone || direct || charBefore(head.text, span.open) === ':') return { kind: 'speech', partial };
  if (sentenceHasSpeechCue(head, first.start) || sentenceHasSpeechCue(tail, last.end)) {
    return { kind: 'speech', partial };
  }
  if (words.length >= 6) return { kind: 'speech', partial };
  return { kind: 'scare', partial };
}

/** Writer tokens (outside any quote) in the sentence of `offset`, before it. */
export function writerTokensBefore(layout: ParagraphLayout, offset: number): Token[] {
  const sentence = layout.sentences[sentenceIndexAt(layout.sentences, offset)];
  const to = tokenIndexAt(layout.tokens, offset);
  const from = Math.max(tokenIndexAt(layout.tokens, sentence ? sentence.start : 0), to - WINDOW);
  const out: Token[] = [];
  for (let i = from; i < to; i++) {
    const token = layout.tokens[i];
    if (token && !layout.tokenQuoted[i]) out.push(token);
  }
  return out;
}

/** Writer tokens (outside any quote) after `offset`, to the end of its sentence. */
export function writerTokensAfter(layout: ParagraphLayout, offset: number): Token[] {
  const index = sentenceIndexAt(layout.sentences, Math.max(0, offset - 1));
  const sentence = layout.sentences[index];
  const end = sentence ? sentence.end : layout.text.length;
  const from = tokenIndexAt(layout.tokens, offset);
  const to = Math.min(tokenIndexAt(layout.tokens, end), from + WINDOW);
  const out: Token[] = [];
  for (let i = from; i < to; i++) {
    const token = layout.tokens[i];
    if (token && !layout.tokenQuoted[i]) out.push(token);
  }
  return out;
}

/**
 * The quote opens a whole clause of speech: after a colon, or after a comma or dash that follows a
 * reporting verb (`Still, the aide warned, “nothing is settled...”`).
 */
function introducedAsClause(text: string, open: number, before: readonly Token[]): boolean {
  const ch = charBefore(text, open);
  if (ch === ':' || ch === '' || ch === '.') return true;
  if (ch === ',' || ch === '\u2014' || ch === '\u2013') return verbNearEnd(before, 4);
  return false;
}

const isDash = (ch: string): boolean => ch === '\u2014' || ch === '\u2013';

/** Opens with a capital and ends with a full stop, question or exclamation mark inside the marks. */
function isWholeSentence(text: string, words: readonly Token[]): boolean {
  const last = text.trimEnd().at(-1) ?? '';
  return words[0]?.upper === true && (last === '.' || last === '?' || last === '!');
}

function charBefore(text: string, offset: number): string {
  let i = offset - 1;
  while (i >= 0 && isSpace(at(text, i))) i--;
  return at(text, i);
}

/** A speech verb among the last `window` words before the quote. */
function verbNearEnd(before: readonly Token[], window: number): boolean {
  let words = 0;
  for (let k = before.length - 1; k >= 0 && words < window; k--) {
    const token = before[k];
    if (!token || token.kind === 'punct') continue;
    words++;
    if (isReportingVerb(before, k)) return true;
  }
  return false;
}

/** A speech verb right beside the quote: `..., she said` after it, or `he said:`/`, the official said,` before. */
function directlyAttributed(before: readonly Token[], after: readonly Token[], text: string, open: number): boolean {
  let i = 0;
  while (i < after.length && after[i]?.kind === 'punct' && after[i]?.text !== '(') i++;
  for (let k = i; k < Math.min(after.length, i + 8); k++) {
    const token = after[k];
    if (!token) break;
    if (token.kind === 'punct' && token.text !== ',' && token.text !== '\u2019' && token.text !== "'") break;
    if (clauseBreakers.has(token.lower)) break;
    if (isReportingVerb(after, k)) return true;
  }
  const ch = charBefore(text, open);
  if (ch === ':') return verbNearEnd(before, 8);
  if (ch === ',' || ch === '\u2014') return verbNearEnd(before, 3);
  return false;
}

function namingCue(before: readonly Token[]): QuoteKind | null {
  const n = before.length;
  for (let k = n - 1; k >= Math.max(0, n - 5); k--) {
    const token = before[k];
    if (!token) continue;
    if (token.kind === 'punct' && token.text !== '-' && k < n - 1) break;
    const word = token.lower;
    if (termCues.has(word)) {
      return word === 'titled' || word === 'entitled' || word.startsWith('code') ? 'title' : 'scare';
    }
    if ((word === 'called' || word === 'call' || word === 'calling' || word === 'known') && k > 0) {
      const prev = before[k - 1]?.lower ?? '';
      if (namingAdverbs.has(prev) || word === 'known') {
        // "known as", "often called": naming, unless someone is said to call it that
        if (word !== 'known' || before.slice(k + 1).some((t) => t.lower === 'as')) return 'scare';
      }
    }
  }
  return null;
}

/** Piet "The Train" Ibarra: a short quote between two capitalised words of a name. */
function nameFlanked(
  headText: string,
  open: number,
  tailText: string,
  close: number,
  before: readonly Token[],
  after: readonly Token[],
): boolean {
  const prev = before[before.length - 1];
  const next = after[0];
  if (!prev || !next || !prev.upper || !next.upper) return false;
  if (before.length < 2) return false; // a sentence-initial capital is no evidence
  return headText.slice(prev.end, open).trim() === '' && tailText.slice(close, next.start).trim() === '';
}

function isTitleCase(text: string, words: readonly Token[]): boolean {
  if (words.length < 2) return false;
  const firstWord = words[0];
  if (!firstWord || !firstWord.upper) return false;
  let capitals = 0;
  for (const word of words) {
    if (word.kind === 'number') continue;
    if (word.upper) capitals++;
    else if (!minorTitleWords.has(word.lower)) return false;
  }
  if (capitals < 2) return false;
  // a title has no sentence break inside it
  for (let i = 0; i < text.length - 1; i++) {
    const ch = at(text, i);
    if ((ch === '.' || ch === '?' || ch === '!') && isSpace(at(text, i + 1))) return false;
  }
  return true;
}

/** "his report, ‘Pier Survey’", "the film ‘Tide’": a work's noun right before the quote is its title. */
function namesWork(before: readonly Token[]): boolean {
  let k = before.length - 1;
  if (before[k]?.text === ',') k--;
  const word = before[k];
  return word !== undefined && !word.upper && (documentNouns.has(word.lower) || workNouns.has(word.lower));
}

/** "a policy of ‘managed decline’": a short quote after "a/the <noun> of" names a term, not words said. */
function termOfNoun(before: readonly Token[]): boolean {
  const n = before.length;
  const determiner = before[n - 3]?.lower;
  return (
    before[n - 1]?.lower === 'of' &&
    before[n - 2]?.kind === 'word' &&
    before[n - 2]?.upper === false &&
    (determiner === 'a' || determiner === 'an' || determiner === 'the')
  );
}

/** “harambee,” a Swahili word for ...: the writer glosses a term right after it. */
function glossedAfter(after: readonly Token[], commaInside: boolean): boolean {
  let i = 0;
  if (after[i]?.text === ',') i++;
  const det = after[i];
  if (!det || (det.lower !== 'the' && det.lower !== 'a' && det.lower !== 'an')) return false;
  if (i === 0 && !commaInside) return false;
  for (let k = i + 1; k < Math.min(after.length, i + 8); k++) {
    const token = after[k];
    if (!token) break;
    if (speechVerbs.has(token.lower)) return false;
    if (token.kind === 'punct' && token.text !== '-') return true;
  }
  return true;
}

/**
 * “flexible,” which in practice means ...: the writer says what a term stands for. Only for one word:
 * after a longer fragment ("called it “a disaster,” which means ...") the writer usually goes on about
 * the thing, not the words.
 */
function explainedAfter(after: readonly Token[]): boolean {
  const i = after[0]?.text === ',' ? 1 : 0;
  const opener = after[i]?.lower;
  if (opener === 'meaning') return true;
  if (opener !== 'which') return false;
  for (let k = i + 1; k < Math.min(after.length, i + 6); k++) {
    const word = after[k]?.lower ?? '';
    if (word === 'means' || word === 'meant' || word === 'mean') return true;
  }
  return false;
}

/** A reporting verb or "according to" among the writer's words of the sentence holding `offset`. */
function sentenceHasSpeechCue(layout: ParagraphLayout, offset: number): boolean {
  const sentence = layout.sentences[sentenceIndexAt(layout.sentences, offset)];
  if (!sentence) return false;
  const here = tokenIndexAt(layout.tokens, offset);
  const from = Math.max(tokenIndexAt(layout.tokens, sentence.start), here - WINDOW);
  const to = Math.min(tokenIndexAt(layout.tokens, sentence.end), here + WINDOW);
  for (let i = from; i < to; i++) {
    if (layout.tokenQuoted[i]) continue;
    const token = layout.tokens[i];
    if (!token) continue;
    if (isReportingVerb(layout.tokens, i)) return true;
    if (token.lower === 'according' && layout.tokens[i + 1]?.lower === 'to') return true;
  }
  return false;
}
