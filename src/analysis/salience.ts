/**
 * Who a writer's he/she refers to, by salience (after Lappin and Leass): every mention of a person adds
 * weight (more for a sentence subject, less for a possessive; a person's best weight in a sentence
 * counts, not the sum), every sentence halves all weights, and a
 * pronoun goes to the most salient person whose gender fits (a person of unknown gender counts half).
 * A resolved pronoun adds weight to its person too, so "she ... she ... she" keeps the topic.
 * Quoted words are skipped: a "she" inside someone's quote is not the writer's.
 */
import { Pronoun, pronounGender, type ParagraphLayout } from './layout';
import { prepositions } from './lexicon';
import type { Mention, Person } from './people';

export interface PronounReading {
  /** `${paragraph}:${tokenIndex}` of a writer's he/she/him/his/her -> person index. */
  readonly resolved: ReadonlyMap<string, number>;
}

export const pronounKey = (paragraph: number, token: number): string => `${paragraph}:${token}`;

const RECENCY = 100;
const SUBJECT = 80;
const HEAD = 50;

export function resolvePronouns(
  layouts: readonly ParagraphLayout[],
  people: readonly Person[],
  mentions: readonly Mention[],
): PronounReading {
  const resolved = new Map<string, number>();
  // weight from earlier sentences and the best weight each person got in the sentence last touched;
  // decay is applied lazily, so a sentence costs nothing for people it does not mention
  const earlier = new Float64Array(people.length);
  const current = new Float64Array(people.length);
  const touched = new Float64Array(people.length);
  let serial = 0;
  const bring = (i: number): void => {
    const gap = serial - (touched[i] ?? 0);
    if (gap > 0) {
      earlier[i] = ((earlier[i] ?? 0) + (current[i] ?? 0)) * 0.5 ** gap;
      current[i] = 0;
      touched[i] = serial;
    }
  };
  const score = (i: number): number => {
    bring(i);
    return (earlier[i] ?? 0) + (current[i] ?? 0);
  };
  const credit = (i: number, weight: number): void => {
    bring(i);
    if (weight > (current[i] ?? 0)) current[i] = weight;
  };
  let m = 0;
  for (const layout of layouts) {
    const tokens = layout.tokens;
    let sentence = -1;
    let subjectTaken = false;
    for (let k = 0; k < tokens.length; k++) {
      const s = layout.tokenSentence[k] ?? 0;
      if (s !== sentence) {
        sentence = s;
        subjectTaken = false;
        serial++;
      }
      // mentions starting here
      while (m < mentions.length && (mentions[m]?.paragraph ?? Infinity) < layout.index) m++;
      let mentioned = false;
      while (m < mentions.length) {
        const mention = mentions[m] as Mention;
        if (mention.paragraph !== layout.index || mention.first > k) break;
        if (mention.first === k && !mention.quoted) {
          const prev = tokens[k - 1];
          const afterPreposition = prev !== undefined && prepositions.has(prev.lower);
          const subject = !subjectTaken && !mention.possessive && !afterPreposition;
          if (subject) subjectTaken = true;
          credit(mention.person, RECENCY + (subject ? SUBJECT : 0) + (mention.possessive ? 0 : HEAD));
          mentioned = true;
        }
        m++;
      }
      if (mentioned || layout.tokenQuoted[k]) continue;
      const cls = layout.pronouns[k] ?? 0;
      const gender = pronounGender(cls);
      if (gender === null) continue;
      let best = -1;
      let bestScore = 0;
      for (const person of people) {
        const weight = person.gender === gender ? 1 : person.gender === null ? 0.5 : 0;
        const value = score(person.index) * weight;
        if (value > bestScore) {
          best = person.index;
          bestScore = value;
        }
      }
      if (best === -1) continue;
      resolved.set(pronounKey(layout.index, k), best);
      const nominative = cls === Pronoun.He || cls === Pronoun.She;
      const subject = nominative && !subjectTaken;
      if (subject) subjectTaken = true;
      credit(best, RECENCY + (subject ? SUBJECT : nominative ? HEAD : 0));
    }
  }
  return { resolved };
}
