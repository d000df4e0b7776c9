/**
 * A short summary of what happens at a time expression: the words of its sentence around it (at most
 * MAX_WORDS, centred on the expression), with the expression itself and dangling connectives taken
 * out. Works on tokens, so its cost does not depend on how long the sentence is.
 */
import type { SentenceRange } from './clauses';
import type { Token } from './tokens';

const MAX_WORDS = 18;
/** Punctuation tokens passed over while collecting words, so a flood of them stays cheap. */
const MAX_TOKENS = 60;
/** Connectives dropped where the summary starts or ends. */
const CONNECTIVES = new Set(['and', 'but', 'as', 'that', 'when', 'while', 'which', 'who', 'or', 'so']);
/** Prepositions and articles left hanging where the expression was cut out. */
const DANGLING = new Set([
  'on',
  'in',
  'at',
  'by',
  'since',
  'until',
  'till',
  'from',
  'for',
  'during',
  'to',
  'of',
  'the',
  'a',
  'an',
  ...CONNECTIVES,
]);
const OPENERS = new Set(['“', '‘', '«', '(', '[']);
const CLOSERS = new Set(['”', '’', '»', ')', ']']);

function isWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind !== 'punct';
}

/** Tokens of one written unit joined without spaces, looked at beyond the word budget. */
const MAX_GLUED = 6;

/** The token after `k` touches it and continues a unit: a word, a number, or a full stop. */
function gluedAfter(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  const next = tokens[k + 1];
  if (!token || !next || next.start !== token.end) return false;
  return (isWord(token) || token.text === '.') && (isWord(next) || next.text === '.');
}

/** A full stop closing an abbreviation of single letters ("U.S.", "a.m."): part of the word. */
function endsAbbreviation(tokens: readonly Token[], k: number): boolean {
  const letter = tokens[k - 1];
  return tokens[k]?.text === '.' && isWord(letter) && letter?.text.length === 1 && letter.end === tokens[k]?.start;
}

export function summarize(
  text: string,
  tokens: readonly Token[],
  sentence: SentenceRange,
  first: number,
  last: number,
): string {
  // collect up to MAX_WORDS words, half each side, the rest to whichever side has more
  let lo = first;
  let hi = last;
  let words = 0;
  let steps = 0;
  let leftOpen = true;
  let rightOpen = true;
  while (words < MAX_WORDS && steps < MAX_TOKENS && (leftOpen || rightOpen)) {
    steps++;
    if (leftOpen && (first - lo <= hi - last || !rightOpen)) {
      if (lo > sentence.first) {
        lo--;
        if (isWord(tokens[lo])) words++;
      } else leftOpen = false;
    } else if (rightOpen) {
      if (hi < sentence.last) {
        hi++;
        if (isWord(tokens[hi])) words++;
      } else rightOpen = false;
    }
  }
  // never cut through a unit written without spaces ("U.S.", "9.30"): widen to its ends
  for (let extra = 0; extra < MAX_GLUED && hi < sentence.last && gluedAfter(tokens, hi); extra++) hi++;
  for (let extra = 0; extra < MAX_GLUED && lo > sentence.first && gluedAfter(tokens, lo - 1); extra++) lo--;
  // trim punctuation and connectives at both ends (and at the cut around the expression)
  const skippable = (k: number): boolean => {
    const token = tokens[k];
    return !token || token.kind === 'punct' || CONNECTIVES.has(token.lower);
  };
  while (lo < first && skippable(lo) && !OPENERS.has(tokens[lo]?.text ?? '')) lo++;
  while (lo < first && tokens[lo]?.kind === 'punct' && !OPENERS.has(tokens[lo]?.text ?? '')) lo++;
  while (
    hi > last &&
    (skippable(hi) || DANGLING.has(tokens[hi]?.lower ?? '')) &&
    !CLOSERS.has(tokens[hi]?.text ?? '') &&
    !endsAbbreviation(tokens, hi)
  )
    hi--;
  let leftEnd = first - 1;
  while (leftEnd >= lo && (tokens[leftEnd]?.kind === 'punct' || DANGLING.has(tokens[leftEnd]?.lower ?? ''))) leftEnd--;
  let rightStart = last + 1;
  while (rightStart <= hi && tokens[rightStart]?.kind === 'punct' && !OPENERS.has(tokens[rightStart]?.text ?? ''))
    rightStart++;
  const parts: string[] = [];
  if (leftEnd >= lo) parts.push(text.slice(tokens[lo]?.start ?? 0, tokens[leftEnd]?.end ?? 0));
  if (rightStart <= hi) parts.push(text.slice(tokens[rightStart]?.start ?? 0, tokens[hi]?.end ?? 0));
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
