/**
 * A single-pass tokenizer for a paragraph's visible text: words (with inner apostrophes), numbers (with
 * inner separators and ordinal or plural suffixes) and single punctuation characters, each with its
 * offsets. Linear in the text length; no regular expressions over the whole text.
 */

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: TokenKind;
  /** Lower-cased, typographic apostrophes folded to `'`. */
  readonly lower: string;
  /** `lower` without a possessive `'s` or trailing apostrophe ("month's" -> "month"). */
  readonly base: string;
  /** End offset of the base (before the possessive). */
  readonly baseEnd: number;
  /** Whitespace right before the token. */
  readonly spaceBefore: boolean;
  /** A line break between the previous token and this one. */
  readonly newlineBefore: boolean;
  /** The first character is an upper-case letter. */
  readonly cap: boolean;
}

const nonAsciiLetter = /\p{L}/u;
const upperLetter = /\p{Lu}/u;

function isLetter(code: number, ch: string): boolean {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return true;
  return code > 127 && nonAsciiLetter.test(ch);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x02bc;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

function letterAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const code = text.charCodeAt(index);
  return isLetter(code, text.charAt(index));
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let space = false;
  let newline = false;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      space = true;
      if (code === 10 || code === 13) newline = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isLetter(code, text.charAt(i))) {
      kind = 'word';
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (isLetter(c, text.charAt(i)) || isDigit(c)) i++;
        else if (isApostrophe(c) && letterAt(text, i + 1)) i += 2;
        else break;
      }
    } else if (isDigit(code)) {
      kind = 'num';
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (isDigit(c)) i++;
        else if ((c === 44 || c === 46) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
      // ordinal or plural suffix: 5th, 1990s; possessive: 2019's
      while (i < n && letterAt(text, i)) i++;
      if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && (text.charAt(i + 1) === 's' || text.charAt(i + 1) === 'S')) {
        if (!letterAt(text, i + 2)) i += 2;
      }
    } else {
      kind = 'punct';
      // keep surrogate pairs together
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    }
    const raw = text.slice(start, i);
    let lower = raw.toLowerCase();
    if (kind !== 'punct' && (lower.includes('\u2019') || lower.includes('\u02bc')))
      lower = lower.replace(/[\u2019\u02bc]/g, "'");
    let base = lower;
    let baseEnd = i;
    if (kind !== 'punct' && lower.length > 2 && lower.endsWith("'s")) {
      base = lower.slice(0, -2);
      baseEnd = i - 2;
    }
    tokens.push({
      start,
      end: i,
      text: raw,
      kind,
      lower,
      base,
      baseEnd,
      spaceBefore: space,
      newlineBefore: newline,
      cap: kind === 'word' && (code >= 65 && code <= 90 ? true : code > 127 && upperLetter.test(raw.charAt(0))),
    });
    space = false;
    newline = false;
  }
  return tokens;
}

/** Integer value of a plain or ordinal number token ("5", "5th"), else NaN. */
export function numberValue(token: Token | undefined): number {
  if (!token || token.kind !== 'num') return Number.NaN;
  const match = /^(\d{1,4})(st|nd|rd|th)?$/.exec(token.lower);
  return match ? Number(match[1]) : Number.NaN;
}

/** A four-digit number token with nothing attached ("2019", "2019's"), else NaN. */
export function yearValue(token: Token | undefined): number {
  if (!token || token.kind !== 'num') return Number.NaN;
  return /^\d{4}$/.test(token.base) ? Number(token.base) : Number.NaN;
}

/** A day-of-month token: 1-31, optionally with an ordinal suffix. */
export function dayValue(token: Token | undefined): number {
  if (!token || token.kind !== 'num') return Number.NaN;
  const match = /^(\d{1,2})(st|nd|rd|th)?$/.exec(token.base);
  if (!match) return Number.NaN;
  const value = Number(match[1]);
  return value >= 1 && value <= 31 ? value : Number.NaN;
}

/** True when two adjacent tokens touch (no whitespace between). */
export function touching(next: Token | undefined): boolean {
  return next !== undefined && !next.spaceBefore;
}
