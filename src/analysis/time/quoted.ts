/**
 * Where quoted words are in a paragraph's text: spans between curly, straight, British single and
 * guillemet quote marks (nested marks stay inside the outer quote), a quote left open at the end of a
 * paragraph, Q&A answers and block quotes. Used to resolve time words against when they were said and
 * to keep a quote's verbs apart from the writer's.
 */

export interface QuoteSpan {
  /** First character inside the marks. */
  readonly start: number;
  /** Index of the closing mark, or the text length when the quote is left open. */
  readonly end: number;
  /** Not closed in this paragraph (it runs on into the next). */
  readonly open: boolean;
}

const OPENERS_BEFORE_SINGLE = new Set([' ', '\n', '\t', '(', '[', '—', '–', '-', '“', '"', ':', '\u00a0']);

function isWordChar(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch);
}

/** Quote spans of one paragraph, in order, non-overlapping. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let closer = ''; // the mark that closes the open quote, '' when outside
  let openAt = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text.charAt(i);
    if (closer === '') {
      if (ch === '“' || ch === '«' || ch === '„') {
        closer = ch === '«' ? '»' : '”';
        openAt = i + 1;
      } else if (ch === '"') {
        closer = '"';
        openAt = i + 1;
      } else if (ch === '‘' && (i === 0 || OPENERS_BEFORE_SINGLE.has(text.charAt(i - 1)))) {
        closer = '’';
        openAt = i + 1;
      }
      continue;
    }
    let closes: boolean;
    if (closer === '’') {
      // a closing mark is not followed by a letter; "players’ union" (plural possessive) is not one
      const possessive = text.charAt(i - 1) === 's' && text.charAt(i + 1) === ' ' && /\p{Ll}/u.test(text.charAt(i + 2));
      closes = ch === '’' && (i + 1 >= n || !isWordChar(text.charAt(i + 1))) && !possessive;
    } else if (closer === '”' || closer === '"') {
      closes = ch === '”' || ch === '"';
    } else {
      closes = ch === closer;
    }
    if (closes) {
      spans.push({ start: openAt, end: i, open: false });
      closer = '';
      openAt = -1;
    }
  }
  if (closer !== '' && openAt >= 0) spans.push({ start: openAt, end: n, open: true });
  return spans;
}

/** A Q&A answer ("A: ...") is the interviewee's words: the span after the label. */
export function answerSpan(text: string): QuoteSpan | null {
  const match = /^\s{0,3}A\s?[:.]\s/.exec(text);
  return match ? { start: match[0].length, end: text.length, open: false } : null;
}

/** Adds spans (e.g. quotes found by the speech stage) that overlap no existing span. Sorted sweep. */
export function mergeSpans(spans: readonly QuoteSpan[], extra: readonly QuoteSpan[]): QuoteSpan[] {
  const base = [...spans].sort((a, b) => a.start - b.start);
  const added = [...extra].sort((a, b) => a.start - b.start);
  const result: QuoteSpan[] = [...base];
  let b = 0;
  let lastEnd = -1; // end of the last accepted extra span
  for (const span of added) {
    while (b < base.length && (base[b]?.end ?? 0) <= span.start) b++;
    const overlapsBase = b < base.length && (base[b]?.start ?? Infinity) < span.end;
    if (!overlapsBase && span.start >= lastEnd) {
      result.push(span);
      lastEnd = span.end;
    }
  }
  return result.sort((a, b2) => a.start - b2.start);
}

/** Speech verbs a whole quote can follow without its comma (`said "we go home tonight"`). */
const SPEECH_BEFORE = new Set(['said', 'says', 'added', 'adds', 'told', 'tells', 'wrote', 'writes', 'asked']);

/** How far either side of an opening mark `isEmbedded` looks: a word before it, a letter after it. */
const EMBED_REACH = 40;

/**
 * A fragment woven into the writer's sentence (`could return "as early as tonight," once ...`): the
 * opening mark follows a word of the writer's that is not a speech verb, and the fragment opens in
 * lower case. Its time words are read in the writer's frame, so an undated one counts from publication.
 */
export function isEmbedded(text: string, span: QuoteSpan): boolean {
  const stop = Math.min(text.length, span.start + EMBED_REACH);
  let inside = span.start;
  while (inside < stop && !isLetter(text.charAt(inside))) inside++;
  const opening = text.charAt(inside);
  if (inside >= stop || opening === opening.toUpperCase()) return false;
  let end = span.start - 1; // the opening mark
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
  let begin = end;
  while (begin > 0 && end - begin < EMBED_REACH && isLetter(text.charAt(begin - 1))) begin--;
  return begin < end && !SPEECH_BEFORE.has(text.slice(begin, end).toLowerCase());
}

function isLetter(ch: string): boolean {
  return ch !== ch.toLowerCase() || ch !== ch.toUpperCase();
}
