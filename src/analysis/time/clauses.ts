/**
 * Sentence and clause layout of one paragraph's tokens: which sentence, which clause segment and which
 * quote each token belongs to. Segments are cut at clause punctuation (commas, semicolons, colons,
 * dashes, brackets, quote marks) and before subordinating words ("that", "which", "when", "but"), so
 * the verbs that govern a time expression are found near it.
 */
import type { QuoteSpan } from './quoted';
import type { Token } from './tokens';

export interface SentenceRange {
  /** First and last token index. */
  readonly first: number;
  readonly last: number;
  /** Character offsets in the paragraph text. */
  readonly start: number;
  readonly end: number;
}

export interface Layout {
  readonly tokens: readonly Token[];
  /** Sentence index per token. */
  readonly sentence: Int32Array;
  /** Segment index per token; -1 for boundary punctuation. */
  readonly segment: Int32Array;
  /** Index into `spans` of the quote holding the token, -1 outside quotes. */
  readonly quote: Int32Array;
  readonly sentences: readonly SentenceRange[];
  readonly spans: readonly QuoteSpan[];
}

const SENTENCE_END = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['”', '»', '’', '"', ')', ']', "'"]);
const QUOTE_MARKS = new Set(['“', '”', '"', '‘', '’', '«', '»', '„', "'"]);
const SEGMENT_PUNCT = new Set([',', ';', ':', '(', ')', '[', ']', '—', '–', '…', '―']);
const SUBORDINATORS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'where',
  'while',
  'because',
  'although',
  'though',
  'unless',
  'whereas',
  'but',
  'if',
  'whether',
]);
/** Abbreviations that never end a sentence. */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'gov',
  'sen',
  'rep',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'prof',
  'rev',
  'hon',
  'mt',
  'ft',
  'no',
  'nos',
  'vs',
  'v',
  'messrs',
  'supt',
  'det',
  'insp',
  'pres',
  'sr',
  'jr',
  'fig',
  'approx',
]);
const MONTH_ABBREVIATIONS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

function startsSentence(token: Token | undefined): boolean {
  if (!token) return true;
  if (token.newlineBefore) return true;
  if (token.kind === 'num') return true;
  if (token.kind === 'word') return token.cap;
  return QUOTE_MARKS.has(token.text) || token.text === '(' || token.text === '[' || token.text === '—';
}

/** True when the sentence-final punctuation at `k` really ends a sentence. */
function endsSentence(tokens: readonly Token[], k: number): boolean {
  const mark = tokens[k];
  if (!mark) return false;
  if (mark.text === '.') {
    const prev = tokens[k - 1];
    if (prev && !mark.spaceBefore && prev.kind === 'word') {
      if (TITLES.has(prev.lower)) return false;
      if (prev.lower.length === 1) return false; // initials, U.S., a.m.
      if (MONTH_ABBREVIATIONS.has(prev.lower) && tokens[k + 1]?.kind === 'num') return false;
    }
  }
  let j = k + 1;
  while (j < tokens.length && CLOSERS.has(tokens[j]?.text ?? '') && !tokens[j]?.spaceBefore) j++;
  return startsSentence(tokens[j]);
}

/**
 * Lays out a paragraph's tokens. `sentenceStarts` (character offsets, ascending), when given, fix the
 * sentence boundaries (the speech stage's splitter, so both stages agree on sentences); otherwise
 * sentences are found here.
 */
export function layoutParagraph(
  tokens: readonly Token[],
  spans: readonly QuoteSpan[],
  sentenceStarts?: readonly number[],
): Layout {
  if (sentenceStarts && sentenceStarts.length > 0) return layoutWithSentences(tokens, spans, sentenceStarts);
  const n = tokens.length;
  const sentence = new Int32Array(n);
  const segment = new Int32Array(n);
  const quote = new Int32Array(n);
  const sentences: SentenceRange[] = [];

  // quote membership: spans are sorted and disjoint
  let s = 0;
  for (let i = 0; i < n; i++) {
    const token = tokens[i] as Token;
    while (s < spans.length && (spans[s] as QuoteSpan).end <= token.start) s++;
    const span = spans[s];
    quote[i] = span && span.start <= token.start && token.start < span.end ? s : -1;
  }

  let sent = 0;
  let seg = 0;
  let sentFirst = 0;
  let pendingEnd = -1; // sentence ends after closers following this index
  for (let i = 0; i < n; i++) {
    const token = tokens[i] as Token;
    const prevQuote = i > 0 ? quote[i - 1] : -1;
    if (i > 0 && token.newlineBefore) pendingEnd = i - 1;
    if (pendingEnd >= 0) {
      // attach closing marks directly after the end mark to the ending sentence
      const attach = !token.newlineBefore && !token.spaceBefore && CLOSERS.has(token.text);
      if (!attach) {
        const prevToken = tokens[i - 1] as Token;
        sentences.push({
          first: sentFirst,
          last: i - 1,
          start: (tokens[sentFirst] as Token).start,
          end: prevToken.end,
        });
        sent++;
        seg++;
        sentFirst = i;
        pendingEnd = -1;
      }
    }
    sentence[i] = sent;
    const isPunctBoundary =
      token.kind === 'punct' &&
      (SEGMENT_PUNCT.has(token.text) ||
        QUOTE_MARKS.has(token.text) ||
        (token.text === '-' && token.spaceBefore && (tokens[i + 1]?.spaceBefore ?? true)));
    const endsHere =
      token.kind === 'punct' && SENTENCE_END.has(token.text) && (token.text !== '.' || endsSentence(tokens, i));
    if (isPunctBoundary || endsHere) {
      segment[i] = -1;
      seg++;
    } else {
      if ((token.kind === 'word' && SUBORDINATORS.has(token.lower)) || (i > 0 && quote[i] !== prevQuote)) seg++;
      segment[i] = seg;
    }
    if (token.kind === 'punct' && SENTENCE_END.has(token.text) && endsSentence(tokens, i)) pendingEnd = i;
  }
  if (n > 0) {
    sentences.push({
      first: sentFirst,
      last: n - 1,
      start: (tokens[sentFirst] as Token).start,
      end: (tokens[n - 1] as Token).end,
    });
  }
  return { tokens, sentence, segment, quote, sentences, spans };
}

function quoteMembership(tokens: readonly Token[], spans: readonly QuoteSpan[]): Int32Array {
  const quote = new Int32Array(tokens.length);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    while (s < spans.length && (spans[s] as QuoteSpan).end <= token.start) s++;
    const span = spans[s];
    quote[i] = span && span.start <= token.start && token.start < span.end ? s : -1;
  }
  return quote;
}

/** Clause punctuation; a period only where it ends the sentence (not "Jan." or "U.S."). */
function isBoundaryPunct(tokens: readonly Token[], i: number, sentence: Int32Array): boolean {
  const token = tokens[i] as Token;
  if (token.kind !== 'punct') return false;
  if (SENTENCE_END.has(token.text))
    return i + 1 >= tokens.length || sentence[i + 1] !== sentence[i] || token.text !== '.';
  return (
    SEGMENT_PUNCT.has(token.text) ||
    QUOTE_MARKS.has(token.text) ||
    (token.text === '-' && token.spaceBefore && (tokens[i + 1]?.spaceBefore ?? true))
  );
}

function layoutWithSentences(tokens: readonly Token[], spans: readonly QuoteSpan[], starts: readonly number[]): Layout {
  const n = tokens.length;
  const sentence = new Int32Array(n);
  const segment = new Int32Array(n);
  const quote = quoteMembership(tokens, spans);
  const sentences: SentenceRange[] = [];
  let sent = -1;
  let next = 0; // index into starts of the next sentence to open
  for (let i = 0; i < n; i++) {
    const token = tokens[i] as Token;
    let opened = false;
    while (next < starts.length && (starts[next] ?? Infinity) <= token.start) {
      next++;
      opened = true;
    }
    if (opened || sent < 0) {
      if (sent >= 0) {
        const firstToken = sentences.length > 0 ? (sentences[sentences.length - 1] as SentenceRange).last + 1 : 0;
        sentences.push({
          first: firstToken,
          last: i - 1,
          start: (tokens[firstToken] as Token).start,
          end: (tokens[i - 1] as Token).end,
        });
      }
      sent++;
    }
    sentence[i] = sent;
  }
  let seg = 0;
  for (let i = 0; i < n; i++) {
    const token = tokens[i] as Token;
    if (i > 0 && sentence[i] !== sentence[i - 1]) seg++;
    if (isBoundaryPunct(tokens, i, sentence)) {
      segment[i] = -1;
      seg++;
    } else {
      if ((token.kind === 'word' && SUBORDINATORS.has(token.lower)) || (i > 0 && quote[i] !== quote[i - 1])) seg++;
      segment[i] = seg;
    }
  }
  if (n > 0) {
    const firstToken = sentences.length > 0 ? (sentences[sentences.length - 1] as SentenceRange).last + 1 : 0;
    sentences.push({
      first: firstToken,
      last: n - 1,
      start: (tokens[firstToken] as Token).start,
      end: (tokens[n - 1] as Token).end,
    });
  }
  return { tokens, sentence, segment, quote, sentences, spans };
}
