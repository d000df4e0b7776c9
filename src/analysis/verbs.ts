/**
 * Is a word a reporting verb here? "said", "told", "wrote" always are; words that are also nouns
 * ("report", "statement"-like "note", "post", "call", "claim", "comment") are not after a determiner
 * or a possessive ("the report", "her post", "a call").
 */
import { speechVerbs } from './lexicon';
import type { Token } from './tokens';

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'no',
  'every',
  'each',
  'any',
  'some',
  'another',
  'first',
  'last',
  'final',
  'new',
  'latest',
  'brief',
]);

export function isReportingVerb(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token || token.kind !== 'word' || token.upper || !speechVerbs.has(token.lower)) return false;
  const prev = tokens[index - 1];
  if (prev && (DETERMINERS.has(prev.lower) || prev.possessive)) return false;
  return true;
}
