/**
 * A wire dateline at the start of an article ("PORT SEVRA (Wire) —", "LONDON, March 10 (Reuters) —",
 * "SPRINGFIELD, Ill., Tuesday —"): where the story was filed, not a happening, so its date words are
 * not time expressions. Recognised on tokens: an all-capitals place name first, then only capitalised
 * words, numbers, commas, periods and a bracketed agency, up to a dash.
 */
import type { Token } from './tokens';

/** Tokens a dateline may run to before its dash. */
const MAX_TOKENS = 24;
const DASHES = new Set(['—', '–', '―']);

function allCaps(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word' || token.text.length < 2) return false;
  return token.text === token.text.toUpperCase() && token.text !== token.text.toLowerCase();
}

/** Capitalised words that open a sentence, not a place ("On Monday — ..."). */
const NOT_PLACES = new Set([
  'on',
  'in',
  'at',
  'by',
  'the',
  'a',
  'an',
  'last',
  'this',
  'next',
  'early',
  'late',
  'from',
  'since',
  'until',
  'after',
  'before',
  'today',
  'yesterday',
  'tomorrow',
  'tonight',
]);
/** Tokens a title-case dateline ("Paris, 5 March —") may run to before its dash. */
const MAX_TITLE_TOKENS = 10;

/**
 * Character offset where the paragraph's dateline ends (after its dash), or 0 when it has none. A
 * dateline opens with an all-capitals place, or a title-case place and a comma ("Kyiv, Ukraine –").
 */
export function datelineEnd(tokens: readonly Token[], isDateWord: (word: string) => boolean): number {
  const first = tokens[0];
  if (!first || first.kind !== 'word' || !first.cap) return 0;
  const caps = allCaps(first);
  if (!caps) {
    if (NOT_PLACES.has(first.lower) || isDateWord(first.lower)) return 0;
    // the place's name, then its comma
    const comma = tokens.findIndex((t, k) => k < 4 && t.kind === 'punct');
    if (comma < 1 || tokens[comma]?.text !== ',') return 0;
  }
  const reach = caps ? MAX_TOKENS : MAX_TITLE_TOKENS;
  let depth = 0;
  for (let k = 1; k < tokens.length && k < reach; k++) {
    const token = tokens[k] as Token;
    if (token.kind === 'punct') {
      if (token.text === '(') depth++;
      else if (token.text === ')') depth = Math.max(0, depth - 1);
      else if (depth === 0 && DASHES.has(token.text)) return token.end;
      else if (token.text === '-' && !token.spaceBefore)
        continue; // "WILKES-BARRE"
      else if (depth === 0 && token.text === '-') {
        // "--" or a spaced hyphen standing for a dash
        return tokens[k + 1]?.text === '-' && !tokens[k + 1]?.spaceBefore ? (tokens[k + 1] as Token).end : token.end;
      } else if (token.text !== ',' && token.text !== '.' && token.text !== '/' && depth === 0) return 0;
      continue;
    }
    if (token.newlineBefore) return 0;
    // a lower-case word outside the agency's brackets: a sentence, not a dateline
    if (token.kind === 'word' && depth === 0 && !token.cap) return 0;
  }
  return 0;
}
