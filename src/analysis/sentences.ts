/**
 * Sentence splitting for news copy, abbreviation-aware ("U.S. officials", "Mr. Quarrington", "Dec. 12",
 * "6 a.m. on Friday" do not end sentences) and quote-aware (a sentence ending inside quotation marks
 * ends after the closing mark: `... at once.” Crowds left` splits after `”`).
 *
 * Public API (stable; the time stage uses it too):
 * - `splitSentences(text)`: the sentences of one paragraph's visible text, in order, covering every
 *   non-space character; `start`/`end` are offsets into `text` (end exclusive), `text` is the slice.
 * - `sentenceIndexAt(sentences, offset)`: index of the sentence holding `offset` (the last sentence
 *   starting at or before it), or -1 for an empty list.
 * - `isSentenceEnd(text, index)`: whether the terminal mark at `index` ends a sentence.
 *
 * A line break (list items, block-quote lines) always ends a sentence. Linear, no regex backtracking.
 */
import { generalAbbreviations, sentenceStarters, titleAbbreviations } from './lexicon';
import { isDigitCode, isLetterCode, isLowerCode, isSpaceCode, isUpperCode } from './tokens';

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// terminal marks . ? ! …; closing marks after them; opening marks before the next sentence
const isTerminal = (c: number): boolean => c === 46 || c === 63 || c === 33 || c === 0x2026;
const isCloser = (c: number): boolean =>
  c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x203a || c === 41 || c === 93;
const isOpener = (c: number): boolean =>
  c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0xab || c === 0x2039 || c === 40 || c === 91;
const NEWLINE = 10;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = skipSpace(text, 0);
  let i = start;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      push(sentences, text, start, i);
      start = skipSpace(text, i + 1);
      i = start;
      continue;
    }
    if (isTerminal(c)) {
      const end = sentenceEndAfter(text, i);
      if (end !== -1 && hasWord(text, start, end)) {
        push(sentences, text, start, end);
        start = skipSpace(text, end);
        i = start;
        continue;
      }
    }
    i++;
  }
  push(sentences, text, start, text.length);
  return sentences;
}

/** True when the terminal mark at `index` ends a sentence. */
export function isSentenceEnd(text: string, index: number): boolean {
  return isTerminal(text.charCodeAt(index)) && sentenceEndAfter(text, index) !== -1;
}

export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = sentences.length > 0 ? 0 : -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const sentence = sentences[mid];
    if (sentence === undefined) break;
    if (sentence.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function push(out: Sentence[], text: string, start: number, end: number): void {
  let e = end;
  while (e > start && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e > start) out.push({ start, end: e, text: text.slice(start, e) });
}

function hasWord(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (isDigitCode(c) || isLetterCode(c)) return true;
  }
  return false;
}

function skipSpace(text: string, i: number): number {
  let j = i;
  while (j < text.length && text.charCodeAt(j) !== NEWLINE && isSpaceCode(text.charCodeAt(j))) j++;
  return j;
}

/**
 * When the terminal mark at `i` ends a sentence, the offset just after the sentence (after closing
 * quotes and brackets); otherwise -1.
 */
function sentenceEndAfter(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  while (j < n && (isTerminal(text.charCodeAt(j)) || isCloser(text.charCodeAt(j)))) j++;
  if (j >= n) return j;
  const after = text.charCodeAt(j);
  if (after === NEWLINE) return j;
  if (!isSpaceCode(after)) return -1;
  let k = j;
  while (k < n && text.charCodeAt(k) !== NEWLINE && isSpaceCode(text.charCodeAt(k))) k++;
  if (k >= n || text.charCodeAt(k) === NEWLINE) return j;
  let at = k;
  while (isOpener(text.charCodeAt(at)) && at + 1 < n) at++;
  const next = text.charCodeAt(at);
  if (isLowerCode(next)) return -1;
  if (!isUpperCode(next) && !isDigitCode(next) && !isTerminal(next) && next !== 0x2014) return -1;
  if (text.charCodeAt(i) !== 46) return j;
  // a period: is the word before it an abbreviation?
  const word = wordBefore(text, i);
  if (word === '') return j;
  const lower = word.toLowerCase();
  if (titleAbbreviations.has(lower)) return -1;
  if (word.length === 1 && isUpperCode(word.charCodeAt(0))) return -1; // an initial: "John F. Kennedy"
  const dotted = word.includes('.');
  if (dotted || generalAbbreviations.has(lower)) {
    // "Dec. 12", "No. 5": a number follows
    if (isDigitCode(next)) return -1;
    // "U.S. officials" never reaches here (lower case); "U.S. Senate" stays one sentence unless a
    // word that usually opens a sentence follows.
    return sentenceStarters.has(wordAt(text, at).toLowerCase()) ? j : -1;
  }
  return j;
}

/** The word (letters and inner periods) ending just before offset `i`, at most 12 characters. */
function wordBefore(text: string, i: number): string {
  let s = i;
  while (
    s > 0 &&
    i - s < 12 &&
    (isLetterCode(text.charCodeAt(s - 1)) ||
      (text.charCodeAt(s - 1) === 46 && s > 1 && isLetterCode(text.charCodeAt(s - 2))))
  ) {
    s--;
  }
  return text.slice(s, i);
}

function wordAt(text: string, i: number): string {
  let e = i;
  while (e < text.length && e - i < 12 && isLetterCode(text.charCodeAt(e))) e++;
  return text.slice(i, e);
}
