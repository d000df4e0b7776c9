/**
 * Sentence splitting for news copy, abbreviation-aware ("U.S. officials", "Mr. Vance", "Dec. 12",
 * "6 a.m. on Friday" do not end sentences) and quote-aware (a sentence ending inside quotation marks
 * ends after the closing mark: `... at once.” Demand peaked` splits after `”`).
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
import { isDigit, isLetter, isLower, isSpace, isUpper } from './tokens';

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const TERMINALS = '.?!\u2026';
const CLOSERS = '"\'\u201d\u2019\u00bb\u203a)]';
const OPENERS = '"\'\u201c\u2018\u00ab\u2039([';

const at = (text: string, i: number): string => (i >= 0 && i < text.length ? (text[i] as string) : '');

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = skipSpace(text, 0);
  let i = start;
  while (i < text.length) {
    const ch = at(text, i);
    if (ch === '\n') {
      push(sentences, text, start, i);
      start = skipSpace(text, i + 1);
      i = start;
      continue;
    }
    if (TERMINALS.includes(ch)) {
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
  return sentenceEndAfter(text, index) !== -1;
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
  while (e > start && isSpace(at(text, e - 1))) e--;
  if (e > start) out.push({ start, end: e, text: text.slice(start, e) });
}

function hasWord(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (isLetter(at(text, k)) || isDigit(at(text, k))) return true;
  return false;
}

function skipSpace(text: string, i: number): number {
  let j = i;
  while (j < text.length && isSpace(at(text, j)) && at(text, j) !== '\n') j++;
  return j;
}

/**
 * When the terminal mark at `i` ends a sentence, the offset just after the sentence (after closing
 * quotes and brackets); otherwise -1.
 */
function sentenceEndAfter(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && (TERMINALS.includes(at(text, j)) || CLOSERS.includes(at(text, j)))) j++;
  if (j >= text.length) return j;
  const after = at(text, j);
  if (after === '\n') return j;
  if (!isSpace(after)) return -1;
  let k = j;
  while (k < text.length && isSpace(at(text, k)) && at(text, k) !== '\n') k++;
  if (k >= text.length || at(text, k) === '\n') return j;
  let next = at(text, k);
  let n = k;
  while (OPENERS.includes(next) && n + 1 < text.length) {
    n++;
    next = at(text, n);
  }
  if (isLower(next)) return -1;
  if (!isUpper(next) && !isDigit(next) && !TERMINALS.includes(next) && next !== '\u2014') return -1;
  if (at(text, i) !== '.') return j;
  // a period: is the word before it an abbreviation?
  const word = wordBefore(text, i);
  const lower = word.toLowerCase();
  if (word === '') return j;
  if (titleAbbreviations.has(lower)) return -1;
  if (word.length === 1 && isUpper(word)) return -1; // an initial: "John F. Kennedy"
  const nextWord = wordAt(text, n);
  const dotted = word.includes('.');
  if (dotted || generalAbbreviations.has(lower)) {
    // "Dec. 12", "No. 5": a number follows
    if (isDigit(next)) return -1;
    // "U.S. officials" never reaches here (lower case); "U.S. Senate" stays one sentence unless a
    // word that usually opens a sentence follows.
    return sentenceStarters.has(nextWord.toLowerCase()) ? j : -1;
  }
  return j;
}

/** The word (letters and inner periods) ending just before offset `i`. */
function wordBefore(text: string, i: number): string {
  let s = i;
  while (s > 0 && (isLetter(at(text, s - 1)) || (at(text, s - 1) === '.' && isLetter(at(text, s - 2))))) s--;
  return text.slice(s, i);
}

function wordAt(text: string, i: number): string {
  let e = i;
  while (e < text.length && isLetter(at(text, e))) e++;
  return text.slice(i, e);
}
