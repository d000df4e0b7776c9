/**
 * Word tokens of a stretch of visible text, with offsets. A hand-written scanner over character codes
 * (no backtracking regex): words keep inner apostrophes and hyphens ("can’t", "Bryce-Lowe"), dotted
 * abbreviations stay whole ("U.S.", "a.m.", "Mr."), a possessive "’s" is dropped from the word and
 * flagged, and "then-House" splits into "then" and "House" so a title after a lower-case prefix still
 * starts with a capital.
 */
import { generalAbbreviations, titleAbbreviations } from './lexicon';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  /** The word as written, without a possessive ’s. */
  readonly text: string;
  /** Lower-cased text. */
  readonly lower: string;
  readonly start: number;
  /** End of the word itself (a possessive ’s lies after it). */
  readonly end: number;
  readonly kind: TokenKind;
  /** Starts with an upper-case letter. */
  readonly upper: boolean;
  /** Followed by a possessive ’s, or a plural possessive ’. */
  readonly possessive: boolean;
}

// Character classes for code points outside ASCII, filled on first use (one regex test per code point).
const LETTER = 1;
const UPPER = 2;
const LOWER = 4;
const KNOWN = 8;
const classes = new Uint8Array(65536);

function classOf(code: number): number {
  if (code >= 65536) return LETTER; // astral letters are rare in names; treat as letters
  let c = classes[code] ?? 0;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = KNOWN;
    if (/\p{L}|\p{M}/u.test(ch)) c |= LETTER;
    if (/\p{Lu}|\p{Lt}/u.test(ch)) c |= UPPER;
    if (/\p{Ll}/u.test(ch)) c |= LOWER;
    classes[code] = c;
  }
  return c;
}

export function isLetterCode(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return (classOf(code) & LETTER) !== 0;
}

export function isUpperCode(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return (classOf(code) & UPPER) !== 0;
}

export function isLowerCode(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122;
  return (classOf(code) & LOWER) !== 0;
}

export const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

export function isSpaceCode(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

const code = (ch: string): number => (ch === '' ? -1 : ch.charCodeAt(0));

export const isLetter = (ch: string): boolean => ch !== '' && isLetterCode(ch.charCodeAt(0));
export const isUpper = (ch: string): boolean => ch !== '' && isUpperCode(ch.charCodeAt(0));
export const isLower = (ch: string): boolean => ch !== '' && isLowerCode(ch.charCodeAt(0));
export const isDigit = (ch: string): boolean => isDigitCode(code(ch));
export const isAlnum = (ch: string): boolean => isDigit(ch) || isLetter(ch);
export const isSpace = (ch: string): boolean => isSpaceCode(code(ch));

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 45;
const PERIOD = 46;
const isApostropheCode = (c: number): boolean => c === APOSTROPHE || c === RIGHT_QUOTE;
const isAlnumCode = (c: number): boolean => isDigitCode(c) || isLetterCode(c);

/** Tokens of `text` between `from` and `to` (offsets stay relative to `text`). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const end = Math.min(text.length, to);
  let i = Math.max(0, from);
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    if (isDigitCode(c)) {
      let j = i + 1;
      for (;;) {
        const d = codeAt(text, j, end);
        if (d === -1) break;
        if (isAlnumCode(d)) j++;
        else if ((d === 44 || d === PERIOD || d === 58) && isDigitCode(codeAt(text, j + 1, end))) j += 2;
        else if (d === HYPHEN && isAlnumCode(codeAt(text, j + 1, end))) j += 2;
        else break;
      }
      tokens.push(makeToken(text, i, j, 'number', false));
      i = j;
      continue;
    }
    if (isLetterCode(c)) {
      i = scanWord(text, i, end, tokens);
      continue;
    }
    // a surrogate pair is one punctuation token
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1;
    tokens.push(makeToken(text, i, i + width, 'punct', false));
    i += width;
  }
  return tokens;
}

/** The character code at `i`, or -1 at or past `end`. */
function codeAt(text: string, i: number, end: number): number {
  return i < end ? text.charCodeAt(i) : -1;
}

function scanWord(text: string, start: number, end: number, out: Token[]): number {
  let j = start + 1;
  let dots = false;
  for (;;) {
    while (isLetterCode(codeAt(text, j, end))) j++;
    const c = codeAt(text, j, end);
    const next = codeAt(text, j + 1, end);
    if (isApostropheCode(c) && isLetterCode(next)) {
      // a possessive ’s ends the word; other inner apostrophes (can’t, O’Brien) stay in it
      if ((next === 115 || next === 83) && !isLetterCode(codeAt(text, j + 2, end))) break;
      j += 2;
      continue;
    }
    if (c === HYPHEN && isAlnumCode(next)) {
      // "then-House": a lower-case prefix before a capitalised word is its own token
      if (isUpperCode(next) && isLowerCode(text.charCodeAt(start))) {
        out.push(makeToken(text, start, j, 'word', false));
        return j + 1;
      }
      j += 2;
      continue;
    }
    if (c === PERIOD && isLetterCode(next) && j - start <= 3 && shortSegments(text, start, j)) {
      // U.S., a.m.
      dots = true;
      j += 2;
      continue;
    }
    break;
  }
  // the trailing period of an abbreviation or an initial
  if (codeAt(text, j, end) === PERIOD) {
    const length = j - start;
    if (dots || (length === 1 && isUpperCode(text.charCodeAt(start)))) j++;
    else if (length <= 6) {
      const lower = text.slice(start, j).toLowerCase();
      if (titleAbbreviations.has(lower) || generalAbbreviations.has(lower)) j++;
    }
  }
  if (codeAt(text, j, end) === HYPHEN && isAlnumCode(codeAt(text, j + 1, end))) {
    // U.S.-led
    let k = j + 1;
    while (
      isAlnumCode(codeAt(text, k, end)) ||
      (codeAt(text, k, end) === HYPHEN && isAlnumCode(codeAt(text, k + 1, end)))
    )
      k++;
    j = k;
  }
  let possessive = false;
  let after = j;
  if (isApostropheCode(codeAt(text, j, end))) {
    const s = codeAt(text, j + 1, end);
    if ((s === 115 || s === 83) && !isLetterCode(codeAt(text, j + 2, end))) {
      possessive = true;
      after = j + 2;
    } else {
      const prev = text.charCodeAt(j - 1);
      if ((prev === 115 || prev === 83) && !isLetterCode(s)) {
        // plural possessive: supporters’ trust
        possessive = true;
        after = j + 1;
      }
    }
  }
  out.push(makeToken(text, start, j, 'word', possessive));
  return Math.max(j, Math.min(after, end));
}

/** Only short segments like "U", "U.S", "a.m" continue through periods. */
function shortSegments(text: string, start: number, j: number): boolean {
  let run = 0;
  for (let k = start; k < j; k++) {
    const c = text.charCodeAt(k);
    if (c === PERIOD) run = 0;
    else if (!isLetterCode(c)) return false;
    else if (++run > 2) return false;
  }
  return true;
}

function makeToken(text: string, start: number, end: number, kind: TokenKind, possessive: boolean): Token {
  const word = text.slice(start, end);
  return {
    text: word,
    lower: hasUpper(text, start, end) ? word.toLowerCase() : word,
    start,
    end,
    kind,
    upper: kind === 'word' && isUpperCode(text.charCodeAt(start)),
    possessive,
  };
}

function hasUpper(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 128 && isUpperCode(c))) return true;
  }
  return false;
}

/** Lower-cased word without a trailing period ("Mr." -> "mr"). */
export function bare(token: Token): string {
  return token.lower.endsWith('.') ? token.lower.slice(0, -1) : token.lower;
}
