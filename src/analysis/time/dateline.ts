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

/** Character offset where the paragraph's dateline ends (after its dash), or 0 when it has none. */
export function datelineEnd(tokens: readonly Token[]): number {
  if (!allCaps(tokens[0])) return 0;
  let depth = 0;
  for (let k = 1; k < tokens.length && k < MAX_TOKENS; k++) {
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
