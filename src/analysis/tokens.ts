/**
 * Word tokens of a stretch of visible text, with offsets. A hand-written scanner (no backtracking regex):
 * words keep inner apostrophes and hyphens ("can’t", "Owusu-Ansah"), dotted abbreviations stay whole
 * ("U.S.", "a.m.", "Mr."), a possessive "’s" is dropped from the word and flagged, and "then-House" splits
 * into "then-" and "House" so a title after a lower-case prefix still starts with a capital.
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

const isApostrophe = (ch: string): boolean => ch === "'" || ch === '\u2019';

export function isLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /\p{L}|\p{M}/u.test(ch);
}

export function isUpper(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /\p{Lu}|\p{Lt}/u.test(ch);
}

export function isLower(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return /\p{Ll}/u.test(ch);
}

export function isDigit(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code >= 48 && code <= 57;
}

export function isAlnum(ch: string): boolean {
  return isDigit(ch) || isLetter(ch);
}

export function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0' || ch === '\u2009' || ch === '\u202f';
}

const charAt = (text: string, i: number): string => (i >= 0 && i < text.length ? (text[i] as string) : '');

/** Tokens of `text` between `from` and `to` (offsets stay relative to `text`). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = Math.max(0, from);
  const end = Math.min(text.length, to);
  while (i < end) {
    const ch = charAt(text, i);
    if (isSpace(ch)) {
      i++;
      continue;
    }
    if (isDigit(ch)) {
      let j = i + 1;
      while (j < end) {
        const c = charAt(text, j);
        if (isAlnum(c)) j++;
        else if ((c === ',' || c === '.' || c === ':') && isDigit(charAt(text, j + 1)) && j + 1 < end) j += 2;
        else if (c === '-' && isAlnum(charAt(text, j + 1)) && j + 1 < end) j += 2;
        else break;
      }
      tokens.push(makeToken(text, i, j, 'number', false));
      i = j;
      continue;
    }
    if (isLetter(ch)) {
      i = scanWord(text, i, end, tokens);
      continue;
    }
    tokens.push(makeToken(text, i, i + 1, 'punct', false));
    i++;
  }
  return tokens;
}

function scanWord(text: string, start: number, end: number, out: Token[]): number {
  let j = start + 1;
  for (;;) {
    while (j < end && isLetter(charAt(text, j))) j++;
    const c = charAt(text, j);
    const next = charAt(text, j + 1);
    if (j + 1 >= end) break;
    if (isApostrophe(c) && isLetter(next)) {
      // possessive ’s ends the word; other inner apostrophes (can’t, O’Brien) stay in it
      if ((next === 's' || next === 'S') && !isLetter(charAt(text, j + 2))) break;
      j += 2;
      continue;
    }
    if (c === '-' && isAlnum(next)) {
      // "then-House": a lower-case prefix before a capitalised word is its own token
      if (isUpper(next) && isLower(charAt(text, start))) {
        out.push(makeToken(text, start, j, 'word', false));
        return j + 1;
      }
      j += 2;
      continue;
    }
    if (c === '.' && isLetter(next) && j - start <= 3 && isDottedSoFar(text, start, j)) {
      // U.S., a.m., U.S.-led
      j += 2;
      continue;
    }
    break;
  }
  // trailing period of an abbreviation or initial
  if (charAt(text, j) === '.' && j < end) {
    const word = text.slice(start, j);
    const lower = word.toLowerCase();
    const dotted = word.includes('.');
    const initial = word.length === 1 && isUpper(word);
    if (dotted || initial || titleAbbreviations.has(lower) || generalAbbreviations.has(lower)) j++;
  }
  if (charAt(text, j) === '-' && isAlnum(charAt(text, j + 1)) && j + 1 < end) {
    // U.S.-led
    let k = j + 1;
    while (k < end && (isAlnum(charAt(text, k)) || (charAt(text, k) === '-' && isAlnum(charAt(text, k + 1))))) k++;
    j = k;
  }
  let possessive = false;
  let after = j;
  const c = charAt(text, j);
  if (isApostrophe(c)) {
    const s = charAt(text, j + 1);
    if ((s === 's' || s === 'S') && !isLetter(charAt(text, j + 2))) {
      possessive = true;
      after = j + 2;
    } else if ((charAt(text, j - 1) === 's' || charAt(text, j - 1) === 'S') && !isLetter(s)) {
      // plural possessive: supporters’ trust
      possessive = true;
      after = j + 1;
    }
  }
  out.push(makeToken(text, start, j, 'word', possessive));
  return Math.max(j, Math.min(after, end));
}

function isDottedSoFar(text: string, start: number, j: number): boolean {
  // only short segments like "U", "U.S", "a.m" continue through periods
  for (let k = start; k < j; k++) {
    const c = charAt(text, k);
    if (c !== '.' && !isLetter(c)) return false;
  }
  const segment = text.slice(start, j);
  const parts = segment.split('.');
  return parts.every((part) => part.length <= 2);
}

function makeToken(text: string, start: number, end: number, kind: TokenKind, possessive: boolean): Token {
  const word = text.slice(start, end);
  return {
    text: word,
    lower: word.toLowerCase(),
    start,
    end,
    kind,
    upper: kind === 'word' && isUpper(word.charAt(0)),
    possessive,
  };
}

/** Lower-cased word without a trailing period ("Mr." -> "mr"). */
export function bare(token: Token): string {
  return token.lower.endsWith('.') ? token.lower.slice(0, -1) : token.lower;
}
