/**
 * Who a writer's he/she refers to, by salience (after Lappin and Leass): every mention of a person adds
 * weight (more for a sentence subject, less for a possessive; a referent's best weight in a sentence
 * counts, not the sum), every sentence halves all weights, and a pronoun goes to the most salient
 * referent whose gender fits (one of unknown gender counts half). A resolved pronoun adds weight to its
 * referent too, so "she ... she ... she" keeps the topic. Quoted words are skipped: a "she" inside
 * someone's quote is not the writer's.
 *
 * Referents are the article's people and unnamed people described by a gendered noun ("an 84-year-old
 * widow", "a man who lives nearby"), so "she said" after such a description is that source's. Definite
 * descriptions that sports and feature copy use for someone just named ("the Spaniard", "the
 * 34-year-old", "the veteran") are resolved like pronouns, without adding weight.
 */
import { Pronoun, pronounGender, type ParagraphLayout } from './layout';
import { anonymousHeads, genderedNouns, honorifics, personRoleNouns, prepositions } from './lexicon';
import type { Mention, Person } from './people';
import type { Token } from './tokens';

export interface PronounReading {
  /**
   * `${paragraph}:${tokenIndex}` of a writer's he/she/him/his/her, or of the "the" opening a definite
   * description -> referent: a person index below `people.length`, else a description.
   */
  readonly resolved: ReadonlyMap<string, number>;
  /** Labels of unnamed referents: referent `people.length + i` is `descriptions[i]`. */
  readonly descriptions: readonly string[];
}

export const pronounKey = (paragraph: number, token: number): string => `${paragraph}:${token}`;

const RECENCY = 100;
const SUBJECT = 80;
const HEAD = 50;

/** Nationality nouns for a person ("the Spaniard", "the Scot"), beyond the -an/-ian pattern. */
const DEMONYMS = new Set([
  'scot',
  'swede',
  'dane',
  'finn',
  'pole',
  'briton',
  'brit',
  'spaniard',
  'swiss',
  'greek',
  'thai',
  'czech',
  'slovak',
  'kiwi',
  'aussie',
  'turk',
  'serb',
  'croat',
  'kazakh',
  'uzbek',
  'iraqi',
  'israeli',
  'pakistani',
  'bangladeshi',
  'somali',
  'nepali',
  'saudi',
  'emirati',
  'qatari',
  'frenchman',
  'frenchwoman',
  'englishman',
  'englishwoman',
  'irishman',
  'irishwoman',
  'welshman',
  'welshwoman',
  'scotsman',
  'scotswoman',
  'dutchman',
  'dutchwoman',
]);

/** Nouns sports and feature copy use for someone just named. */
const EPITHETS = new Set([
  'veteran',
  'youngster',
  'teenager',
  'rookie',
  'newcomer',
  'debutant',
  'champion',
  'incumbent',
  'challenger',
  'holder',
  'skipper',
  'pensioner',
  'grandmother',
  'grandfather',
  'father',
  'mother',
]);

const DETERMINERS = new Set(['a', 'an', 'one', 'another', 'the']);

interface Description {
  readonly label: string;
  /** From a gendered noun ("widow"); null for "a neighbour" until a he/she points to it. */
  readonly gender: 'he' | 'she' | null;
  /** Index after the description's head noun. */
  readonly end: number;
}

export function resolvePronouns(
  layouts: readonly ParagraphLayout[],
  people: readonly Person[],
  mentions: readonly Mention[],
): PronounReading {
  const resolved = new Map<string, number>();
  const descriptions: string[] = [];
  const genders: ('he' | 'she' | null)[] = people.map((person) => person.gender);
  // weight from earlier sentences and the best weight each referent got in the sentence last touched;
  // decay is applied lazily, so a sentence costs nothing for referents it does not mention
  const earlier: number[] = people.map(() => 0);
  const current: number[] = people.map(() => 0);
  const touched: number[] = people.map(() => 0);
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
  // unnamed referents fade fast: only the last few stay candidates, so the search stays linear
  const recentDescriptions: number[] = [];
  const consider = (i: number, gender: 'he' | 'she' | null, found: { index: number; score: number }): void => {
    const g = genders[i] ?? null;
    const weight = gender === null || g === gender ? 1 : g === null ? 0.5 : 0;
    const value = score(i) * weight;
    if (value > found.score) {
      found.index = i;
      found.score = value;
    }
  };
  const best = (gender: 'he' | 'she' | null, peopleOnly: boolean, excluded: readonly number[] = []): number => {
    const found = { index: -1, score: 0 };
    for (let i = 0; i < people.length; i++) if (!excluded.includes(i)) consider(i, gender, found);
    if (!peopleOnly) for (const i of recentDescriptions) consider(i, gender, found);
    return found.index;
  };

  let m = 0;
  for (const layout of layouts) {
    const tokens = layout.tokens;
    let sentence = -1;
    let subjectTaken = false;
    let skipUntil = -1;
    // "Under questioning from X, he said": people in a phrase before the subject are not that subject
    let fronted: number[] = [];
    // an unnamed subject opening this paragraph, with no one named since: the he/she that follows
    let freshDescription = -1;
    for (let k = 0; k < tokens.length; k++) {
      const s = layout.tokenSentence[k] ?? 0;
      if (s !== sentence) {
        sentence = s;
        subjectTaken = false;
        fronted = [];
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
          if (afterPreposition && !subjectTaken && fronted.length < 4) fronted.push(mention.person);
          if (subject) subjectTaken = true;
          credit(mention.person, RECENCY + (subject ? SUBJECT : 0) + (mention.possessive ? 0 : HEAD));
          mentioned = true;
        }
        m++;
      }
      if (mentioned) freshDescription = -1;
      if (mentioned || layout.tokenQuoted[k] || k < skipUntil) continue;
      const token = tokens[k] as Token;
      const cls = layout.pronouns[k] ?? 0;
      const gender = pronounGender(cls);
      if (gender === null) {
        if (!DETERMINERS.has(token.lower)) continue;
        // "the Spaniard", "the 34-year-old": someone just named
        const epithet = token.lower === 'the' ? epithetAt(layout, k) : null;
        if (epithet !== null) {
          const found = best(epithet.gender, true);
          if (found !== -1) resolved.set(pronounKey(layout.index, k), found);
          continue;
        }
        // "an 84-year-old widow": an unnamed referent a later she/he may point to
        const description = descriptionAt(layout, k);
        if (description) {
          const index = genders.length;
          genders.push(description.gender);
          descriptions.push(description.label);
          earlier.push(0);
          current.push(0);
          touched.push(serial);
          recentDescriptions.push(index);
          if (recentDescriptions.length > 6) recentDescriptions.shift();
          const subject = !subjectTaken;
          if (subject) subjectTaken = true;
          if (subject && s === layout.tokenSentence[0]) freshDescription = index;
          credit(index, RECENCY + (subject ? SUBJECT : 0) + HEAD);
          resolved.set(pronounKey(layout.index, k), index);
          skipUntil = description.end;
        }
        continue;
      }
      const fresh = freshDescription !== -1 && (genders[freshDescription] ?? gender) === gender;
      const nominative = cls === Pronoun.He || cls === Pronoun.She;
      const excluded = nominative && !subjectTaken ? fronted : [];
      const found = fresh ? freshDescription : best(gender, false, excluded);
      if (found === -1) continue;
      resolved.set(pronounKey(layout.index, k), found);
      // an unnamed referent learns its gender from the first he/she that points to it
      if (found >= people.length && genders[found] === null) genders[found] = gender;
      const subject = nominative && !subjectTaken;
      if (subject) subjectTaken = true;
      credit(found, RECENCY + (subject ? SUBJECT : nominative ? HEAD : 0));
    }
  }
  return { resolved, descriptions };
}

/** After "the": a nationality, an age or an epithet for a person, with the gender it gives. */
function epithetAt(layout: ParagraphLayout, k: number): { gender: 'he' | 'she' | null } | null {
  const next = layout.tokens[k + 1];
  if (!next || next.kind === 'punct' || layout.tokenQuoted[k + 1]) return null;
  const lower = next.lower;
  const after = layout.tokens[k + 2];
  // a noun phrase that goes on ("the Spanish government", "the veteran striker") is something else
  if (after && after.kind === 'word' && !after.upper && !isVerbLike(after)) return null;
  const gender = lower.endsWith('woman') ? 'she' : lower.endsWith('man') ? 'he' : null;
  if (/^\d+-year-old$/.test(lower)) return { gender: null };
  if (next.upper && (DEMONYMS.has(lower) || lower.endsWith('ian') || (lower.endsWith('an') && lower.length > 4))) {
    return { gender };
  }
  if (!next.upper && EPITHETS.has(lower)) return { gender: genderedNouns.get(lower) ?? null };
  return null;
}

/** A verb right after a subject: "said", "told", "was", a word ending in -ed or -s. */
function isVerbLike(t: Token): boolean {
  const w = t.lower;
  return (
    w.endsWith('ed') ||
    w.endsWith('s') ||
    w === 'said' ||
    w === 'told' ||
    w === 'was' ||
    w === 'is' ||
    w === 'has' ||
    w === 'had' ||
    w === 'will' ||
    w === 'would'
  );
}

/**
 * "a woman who lives nearby", "an 84-year-old widow", "the man": an unnamed person described by a
 * gendered noun, not followed by a name ("a sister, Ida Brun" is a named person).
 */
function descriptionAt(layout: ParagraphLayout, k: number): Description | null {
  const tokens = layout.tokens;
  for (let j = k + 1; j < Math.min(tokens.length, k + 5); j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'punct' && t.text !== '-') return null;
    if (t.upper || layout.tokenQuoted[j]) return null;
    const gender = genderedNouns.get(t.lower) ?? null;
    const first = tokens[k] as Token;
    // "a woman", "an 84-year-old widow"; and, indefinite only, "a neighbour", "a witness"
    const person =
      (gender !== null && !honorifics.has(t.lower)) || (first.lower !== 'the' && anonymousHeads.has(t.lower));
    if (person) {
      const next = tokens[j + 1];
      const named = next?.text === ',' ? tokens[j + 2]?.upper === true : next?.upper === true;
      if (named) return null;
      const label = layout.text.slice(first.start, (tokens[placeEnd(layout, j + 1) - 1] as Token).end);
      return { label: first.upper ? label.charAt(0).toLowerCase() + label.slice(1) : label, gender, end: j + 1 };
    }
    if (personRoleNouns.has(t.lower)) return null;
  }
  return null;
}

/** After a description's head, the end of "in Larch Hill" / "from Upper Ash" that places it, else `from`. */
function placeEnd(layout: ParagraphLayout, from: number): number {
  const preposition = layout.tokens[from]?.lower;
  if (preposition !== 'in' && preposition !== 'from') return from;
  let end = from + 1;
  while (end < Math.min(layout.tokens.length, from + 5) && layout.tokens[end]?.upper && !layout.tokenQuoted[end]) end++;
  return end > from + 1 ? end : from;
}
