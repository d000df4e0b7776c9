/**
 * Capitalised name runs and what their surroundings say about them.
 *
 * A run is a sequence of capitalised words (with particles like "de", "van", initials, a nickname in
 * quotes between given name and surname, "of" after a title or organisation word). Each run is split
 * into a title part ("Chinese President", "Mr.", "Secretary of State") and a name part, and scored for
 * being a person's name from its context: titles and honorifics, a role noun before it ("winger
 * Piet Ibarra"), an appositive after it (", who", ", 21,", ", a spokesman for"), a role noun and a
 * comma before it ("Her daughter, Lea Moss"), a reporting verb beside it, a he/she that follows it.
 * Organisation and place words count against it.
 */
import type { ParagraphLayout } from './layout';
import {
  ambiguousTitles,
  companyNouns,
  genderedNouns,
  honorifics,
  multiWordPlaces,
  nameParticles,
  nameSuffixes,
  nonNameWords,
  organizationNouns,
  organizationWords,
  personRoleNouns,
  placePrefixes,
  placePrepositions,
  placeSuffixes,
  pluralPersonNouns,
  postNominals,
  sentenceStarters,
  speechVerbs,
  titleHeads,
  titleWords,
  verbAuxiliaries,
} from './lexicon';
import { bare, type Token } from './tokens';
import { isReportingVerb } from './verbs';

export type RunKind = 'name' | 'organization' | 'place';

export interface NameRun {
  /** 0-based paragraph index. */
  readonly paragraph: number;
  /** Token index of the run's first token (title included). */
  readonly first: number;
  /** Token index where the name part starts. */
  readonly nameFirst: number;
  /** Token index after the run's last token. */
  readonly end: number;
  /** Title words as written ("Finance Minister", "Mr."), '' when none. */
  readonly title: string;
  /** Name words as written, without title or nickname. */
  readonly words: readonly string[];
  /** Offsets of the whole mention (title included) and of the name part in the paragraph text. */
  readonly start: number;
  readonly stop: number;
  readonly nameStart: number;
  readonly possessive: boolean;
  readonly quoted: boolean;
  readonly sentence: number;
  /** First token of its sentence (its capital may only mark the sentence start). */
  readonly sentenceInitial: boolean;
  /** Gender given by an honorific or a gendered noun beside the name. */
  readonly gender: 'he' | 'she' | null;
  readonly kind: RunKind;
  /** Evidence that the run names a person (0 = none; 3 = a title, honorific or appositive). */
  readonly evidence: number;
  /** Role from the text: a title before the name or an appositive ("Acme’s chief executive"). */
  readonly role: string;
  /** Preceded by "Born" / "née": a birth name of someone already named. */
  readonly birthName: boolean;
  /** A bare first name coordinated with a full name: "sisters Ana and Lucia Ferro" -> "Ferro". */
  readonly sharedSurname: string | null;
  /** Used the way an organisation's name is ("Acme’s shares", "Acme chief executive Jane Doe"). */
  readonly orgLike: boolean;
}

const isAcronym = (t: Token): boolean => t.text.length >= 2 && t.text === t.text.toUpperCase() && !t.text.includes('.');

function isNameToken(t: Token | undefined): t is Token {
  if (!t || t.kind !== 'word' || !t.upper) return false;
  if (t.text.length === 1) return false; // "I", "A", "Q"
  if (isAcronym(t) && !t.text.includes('-')) return false;
  if (t.text.includes('.')) {
    const lower = t.lower;
    // "F." or "J.K." ("U.S." and the like are places and bodies, not initials)
    const initial =
      (t.text.length === 2 && t.text.endsWith('.')) || (isInitials(t.text) && !DOTTED_ACRONYMS.has(lower));
    return (
      initial ||
      honorifics.has(lower) ||
      titleWords.has(lower) ||
      placePrefixes.has(lower) ||
      nameSuffixes.has(lower) ||
      organizationWords.has(lower)
    );
  }
  return true;
}

const DOTTED_ACRONYMS = new Set([
  'u.s.',
  'u.k.',
  'u.n.',
  'e.u.',
  'd.c.',
  'l.a.',
  'n.y.',
  'a.m.',
  'p.m.',
  'b.c.',
  'a.d.',
]);

/** Two or three capital initials with periods: "J.K.", "J.R.R." */
function isInitials(text: string): boolean {
  if (text.length !== 4 && text.length !== 6) return false;
  for (let i = 0; i < text.length; i += 2) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90 || text.charCodeAt(i + 1) !== 46) return false;
  }
  return true;
}

const gapIsSpace = (text: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) {
    const ch = text.charAt(i);
    if (ch !== ' ' && ch !== '\u00a0') return false;
  }
  return true;
};

/** Every name run of a paragraph. */
export function findNameRuns(layout: ParagraphLayout): NameRun[] {
  const runs: NameRun[] = [];
  const tokens = layout.tokens;
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(tokens[i])) {
      i++;
      continue;
    }
    const { end, skipped } = extendRun(layout, i);
    const run = makeRun(layout, i, end, skipped);
    if (run) runs.push(run);
    i = Math.max(end, i + 1);
  }
  return runs;
}

function extendRun(layout: ParagraphLayout, first: number): { end: number; skipped: Set<number> } {
  const tokens = layout.tokens;
  const text = layout.text;
  const skipped = new Set<number>();
  let j = first + 1;
  let last = tokens[first] as Token;
  if (last.possessive) return { end: j, skipped };
  while (j < tokens.length) {
    const t = tokens[j] as Token;
    const hyphenAfterParticle = nameParticles.has(last.lower) && !last.upper && text.slice(last.end, t.start) === '-';
    if (!gapIsSpace(text, last.end, t.start) && !hyphenAfterParticle) break;
    if (isNameToken(t) && !nonNameWords.has(t.lower)) {
      last = t;
      j++;
      if (t.possessive) break;
      continue;
    }
    if (t.kind === 'punct' && isQuoteMark(t.text)) {
      const nick = nicknameEnd(layout, j);
      if (nick !== -1) {
        for (let k = j; k < nick; k++) skipped.add(k);
        j = nick;
        last = tokens[j - 1] as Token;
        continue;
      }
      break;
    }
    const next = tokens[j + 1];
    const lower = t.lower;
    const gap = next ? text.slice(t.end, next.start) : '';
    if (
      ((nameParticles.has(lower) && !t.upper) || GAELIC_PARTICLES.has(lower)) &&
      (isNameToken(next) || particlesThenName(tokens, j + 1)) &&
      (gapIsSpace(text, t.end, next?.start ?? t.end) || gap === '-')
    ) {
      last = t;
      j++;
      continue;
    }
    if (t.text === '&' && isNameToken(next)) {
      last = t;
      j++;
      continue;
    }
    if (lower === 'of' && bridgesOf(last)) {
      let k = j + 1;
      if (tokens[k]?.lower === 'the') k++;
      if (isNameToken(tokens[k])) {
        last = tokens[k - 1] as Token;
        j = k;
        continue;
      }
    }
    if (lower === 'and' && orgAhead(tokens, j + 1)) {
      last = t;
      j++;
      continue;
    }
    break;
  }
  return { end: j, skipped };
}

/** Irish and Scottish surname particles written with a capital: "Padraig Ó Duinn", "Nóra Ní Fhaoláin". */
const GAELIC_PARTICLES = new Set(['ó', 'o', 'ua', 'ní', 'nic', 'uí', 'mac', 'mag']);

/** A folded word that belongs to a surname rather than a given name ("van", "der", "ó", "mac"). */
export const isSurnameParticle = (folded: string): boolean =>
  nameParticles.has(folded) || GAELIC_PARTICLES.has(folded) || GAELIC_PARTICLES.has(folded.normalize('NFC'));

/** Lower-case particles from `from` on, then a name: the "der Berg" of "van der Berg". */
function particlesThenName(tokens: readonly Token[], from: number): boolean {
  let k = from;
  while (tokens[k] && nameParticles.has((tokens[k] as Token).lower) && !(tokens[k] as Token).upper) k++;
  return k > from && isNameToken(tokens[k]);
}

function isQuoteMark(ch: string): boolean {
  return ch === '"' || ch === '\u201c' || ch === '\u201d' || ch === "'" || ch === '\u2018' || ch === '\u2019';
}

/** Index after a nickname ("The Cat") starting with the quote mark at `j`, when a surname follows. */
function nicknameEnd(layout: ParagraphLayout, j: number): number {
  const tokens = layout.tokens;
  if (!isQuoteMark(tokens[j]?.text ?? '')) return -1;
  let k = j + 1;
  let words = 0;
  while (k < tokens.length && words <= 3 && tokens[k]?.kind === 'word') {
    words++;
    k++;
  }
  if (words === 0 || words > 3 || !isQuoteMark(tokens[k]?.text ?? '')) return -1;
  return isNameToken(tokens[k + 1]) ? k + 1 : -1;
}

function bridgesOf(last: Token): boolean {
  const word = bare(last);
  return titleHeads.has(last.lower) || titleHeads.has(word) || organizationWords.has(word);
}

function orgAhead(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 3); k++) {
    const t = tokens[k];
    if (!isNameToken(t)) return false;
    if (organizationWords.has(bare(t))) return true;
  }
  return false;
}

function makeRun(layout: ParagraphLayout, first: number, end: number, skipped: Set<number>): NameRun | null {
  const tokens = layout.tokens;
  let start = first;
  // a capital that only marks the start of a sentence
  while (start < end && isSentenceStart(layout, start) && isCommonStarter(tokens[start] as Token)) start++;
  while (start < end && nonNameWords.has((tokens[start] as Token).lower) && !honorificBeforeName(tokens, start, end))
    start++;
  if (start >= end) return null;
  const all: number[] = [];
  for (let k = start; k < end; k++) if (!skipped.has(k)) all.push(k);

  // title part: everything up to the last title head, and the portfolio after "of"
  let nameFrom = 0;
  let headAt = -1;
  for (let k = 0; k < all.length - 1; k++) {
    const t = tokens[all[k] as number] as Token;
    if (isTitleHead(t)) headAt = k;
  }
  if (headAt !== -1) {
    const head = tokens[all[headAt] as number] as Token;
    const ambiguous = headAt === 0 && all.length === 2 && ambiguousTitles.has(bare(head));
    if (!ambiguous) {
      nameFrom = headAt + 1;
      while (nameFrom < all.length - 1) {
        const t = tokens[all[nameFrom] as number] as Token;
        if (t.lower === 'of' || t.lower === 'the' || (titleWords.has(bare(t)) && !honorifics.has(t.lower))) nameFrom++;
        else break;
      }
    }
  } else {
    // "Former", "Acting", "Retired" before a name without a head
    while (nameFrom < all.length - 1 && isLeadingModifier(tokens[all[nameFrom] as number] as Token)) nameFrom++;
  }
  // "Goalkeeper Tomasz Wilk", "Analyst Mia Jensen": a role noun capitalised at the start of a sentence
  if (all.length - nameFrom >= 3) {
    const t = tokens[all[nameFrom] as number] as Token;
    const initial = all[nameFrom] === start && isSentenceStart(layout, start);
    // ("Pieter van der Berg": a given name, since a name does not start with a particle)
    const nameAfter = tokens[all[nameFrom + 1] as number]?.upper === true;
    if ((personRoleNouns.has(t.lower) || (initial && looksAgentive(t.lower))) && !honorifics.has(t.lower) && nameAfter)
      nameFrom++;
  }
  const titleIdx = all.slice(0, nameFrom);
  const nameIdx = all.slice(nameFrom);
  const nameTokens = nameIdx.map((k) => tokens[k] as Token);
  const pureTitle = nameTokens.every((t) => titleWords.has(bare(t)) || t.lower === 'of' || t.lower === 'the');
  if (pureTitle && !nameTokens.some((t) => organizationWords.has(bare(t)))) return null;
  const firstName = nameTokens[0];
  const lastName = nameTokens[nameTokens.length - 1];
  if (!firstName || !lastName) return null;
  const titleTokens = titleIdx.map((k) => tokens[k] as Token);
  const firstToken = tokens[start] as Token;
  const lastToken = tokens[end - 1] as Token;
  const sentence = layout.tokenSentence[start] ?? 0;
  let gender: 'he' | 'she' | null = null;
  for (const t of titleTokens) {
    const g = honorifics.get(t.lower) ?? genderedNouns.get(t.lower);
    if (g) gender = g;
  }
  // "al-Rahimi" was split at its hyphen by the tokenizer: join such parts again
  const words: string[] = [];
  let previous: Token | undefined;
  for (const t of nameTokens) {
    if (previous && layout.text.slice(previous.end, t.start) === '-' && words.length > 0) {
      words[words.length - 1] = `${words[words.length - 1] ?? ''}-${t.text}`;
    } else words.push(t.text);
    previous = t;
  }
  const kind = runKind(layout, start, end, nameTokens, skipped);
  const context = personEvidence(layout, start, end, titleTokens, nameTokens, kind);
  if (context.gender && !gender) gender = context.gender;
  const title = titleTokens.map((t) => t.text).join(' ');
  return {
    paragraph: layout.index,
    first: start,
    nameFirst: nameIdx[0] ?? start,
    end,
    title,
    words,
    start: firstToken.start,
    stop: lastToken.end,
    nameStart: firstName.start,
    possessive: lastToken.possessive,
    quoted: layout.tokenQuoted[start] === 1,
    sentence,
    sentenceInitial: isSentenceStart(layout, start),
    gender,
    kind,
    evidence: context.evidence,
    role: title && !honorifics.has(title.toLowerCase()) ? title : context.role,
    birthName: context.birthName,
    sharedSurname: context.sharedSurname,
    orgLike: context.orgLike,
  };
}

/** "Mr Ashby", "Dr Sayed": an honorific without a full stop, with the name after it in the run. */
function honorificBeforeName(tokens: readonly Token[], k: number, end: number): boolean {
  return k + 1 < end && honorifics.has((tokens[k] as Token).lower) && !nonNameWords.has(tokens[k + 1]?.lower ?? '');
}

export function isTitleHead(t: Token): boolean {
  return titleHeads.has(t.lower) || titleHeads.has(bare(t)) || honorifics.has(t.lower);
}

/** "Villager", "Campaigner", "Novelist": a noun for a person by what they do or where they live. */
function looksAgentive(word: string): boolean {
  if (word.length < 6) return false;
  for (const suffix of AGENTIVE) if (word.endsWith(suffix)) return true;
  return false;
}

/** Agentive nouns for businesses ("a carrier", "a wholesaler"), not people. */
const BUSINESS_AGENTS = new Set([
  'carrier',
  'distributor',
  'exporter',
  'importer',
  'refiner',
  'wholesaler',
  'lender',
  'retailer',
  'insurer',
  'manufacturer',
  'supplier',
  'provider',
  'publisher',
  'broadcaster',
  'operator',
  'developer',
  'producer',
  'builder',
  'brewer',
  'shipper',
  'maker',
  'seller',
  'employer',
  'sponsor',
  'competitor',
  'rival',
]);

const AGENTIVE = ['er', 'or', 'ist', 'ian', 'ant', 'ent', 'eer', 'ess', 'man', 'woman', 'ee'];

function isLeadingModifier(t: Token): boolean {
  const word = bare(t);
  return word === 'former' || word === 'acting' || word === 'retired' || word === 'interim' || word === 'late';
}

export function isSentenceStart(layout: ParagraphLayout, index: number): boolean {
  const sentence = layout.sentences[layout.tokenSentence[index] ?? 0];
  const token = layout.tokens[index];
  if (!sentence || !token) return false;
  for (let k = index - 1; k >= 0; k--) {
    const prev = layout.tokens[k] as Token;
    if (prev.start < sentence.start) return true;
    if (prev.kind !== 'punct') return false;
    if (!isQuoteMark(prev.text) && prev.text !== '(' && prev.text !== '\u2014' && prev.text !== '*') return false;
  }
  return true;
}

function isCommonStarter(t: Token): boolean {
  const lower = t.lower;
  return (
    sentenceStarters.has(lower) ||
    speechVerbs.has(lower) ||
    (lower.endsWith('ly') && lower.length > 4) ||
    (lower.endsWith('ing') && lower.length > 5 && !t.possessive)
  );
}

function runKind(
  layout: ParagraphLayout,
  start: number,
  end: number,
  name: readonly Token[],
  skipped: ReadonlySet<number>,
): RunKind {
  for (const t of name) if (organizationWords.has(bare(t))) return 'organization';
  for (let k = start; k < end; k++) if (!skipped.has(k) && layout.tokens[k]?.text === '&') return 'organization';
  const firstName = name[0];
  const lastName = name[name.length - 1];
  if (!firstName || !lastName) return 'place';
  if (name.length > 1 && placePrefixes.has(firstName.lower)) return 'place';
  if (name.length > 1 && placeSuffixes.has(bare(lastName))) return 'place';
  const joined = name.map((t) => t.lower).join('-');
  if (multiWordPlaces.has(joined)) return 'place';
  return 'name';
}

interface Evidence {
  evidence: number;
  role: string;
  gender: 'he' | 'she' | null;
  birthName: boolean;
  sharedSurname: string | null;
  orgLike: boolean;
}

const PERSONAL_POSSESSIVES = new Set(['my', 'his', 'her', 'our', 'your', 'their']);

/** How strongly the context says "person", with any role and gender it gives. */
function personEvidence(
  layout: ParagraphLayout,
  start: number,
  end: number,
  title: readonly Token[],
  name: readonly Token[],
  kind: RunKind,
): Evidence {
  const tokens = layout.tokens;
  const result: Evidence = {
    evidence: 0,
    role: '',
    gender: null,
    birthName: false,
    sharedSurname: null,
    orgLike: false,
  };
  if (kind !== 'name') return result;
  let best = 0;
  let extra = 0;
  let penalty = 0;
  const add = (points: number): void => {
    if (best > 0) extra++;
    best = Math.max(best, points);
  };
  const lastName = name[name.length - 1] as Token;
  if (title.some((t) => isTitleHead(t) || personRoleNouns.has(t.lower))) add(3);

  const prev = tokens[start - 1];
  const prev2 = tokens[start - 2];
  // role noun right before: "winger Piet Ibarra", "the author Jane Doe"
  if (prev && prev.kind === 'word' && !prev.upper) {
    if (isReportingVerb(tokens, start - 1)) {
      // "said Rafe Olander": counted below
    } else if (personRoleNouns.has(prev.lower) || pluralPersonNouns.has(prev.lower)) {
      add(3);
      result.role = roleBefore(tokens, start);
      result.gender = genderedNouns.get(prev.lower) ?? null;
    } else if (prev.lower === 'born' || prev.lower === 'née' || prev.lower === 'nee') {
      result.birthName = true;
    } else if (prev.lower === 'the' && title.length === 0) {
      penalty += 2;
    } else if (placePrepositions.has(prev.lower) && prev.lower !== 'from' && !lastName.possessive) {
      penalty += 1;
    }
  }
  if (prev && prev.lower === 'born' && prev.upper) result.birthName = true;

  // role noun and comma before: "Her daughter, Lea Moss", "Its leader, Ida Brun"
  if (prev && prev.text === ',' && prev2) {
    for (let k = start - 2; k >= Math.max(0, start - 7); k--) {
      const t = tokens[k] as Token;
      if (t.kind === 'punct') break;
      // "my publisher, Wilf Carrow": any noun a person's possessive ties to a full name
      const related = k === start - 2 && name.length >= 2 && PERSONAL_POSSESSIVES.has(tokens[k - 1]?.lower ?? '');
      // "The Member for Wexcombe, Odette Ravensworth": an office written with a capital after "the"
      const office = t.upper && tokens[k - 1]?.lower === 'the' && (personRoleNouns.has(t.lower) || isTitleHead(t));
      if ((!t.upper && (personRoleNouns.has(t.lower) || related)) || office) {
        add(3);
        if (!result.role) result.role = roleBefore(tokens, k + 1);
        result.gender = result.gender ?? genderedNouns.get(t.lower) ?? null;
        break;
      }
    }
  }

  // "Jonah Reed KC", "Kate Orme MP", "Ray Tolle (D-Ohio)": honours and party labels say "person"
  const after = pastPostNominals(tokens, end);
  if (after > end && name.length >= 2) add(3);
  // coordinated first name: "sisters Ana and Lucia Ferro" gives "Ana" the surname
  const next = tokens[end];
  // and "Ciarán and Orla Feeney, who run the farm": a plural verb after the pair
  const pair = name.length === 1 && title.length === 0 && next?.lower === 'and' ? pairAhead(tokens, end) : 0;
  if (name.length === 1 && next?.lower === 'and' && ((prev && pluralPersonNouns.has(prev.lower)) || pair > 0)) {
    const after = tokens[end + 1];
    const after2 = tokens[end + 2];
    if (isNameToken(after) && isNameToken(after2) && !after.possessive) {
      result.sharedSurname = after2.text;
      if (pair > 0) add(pair);
    }
  }

  // appositive after: ", who", ", 21,", ", a spokesman for ...", ", Acme’s chief executive,"
  if (tokens[after]?.text === ',') {
    const a = tokens[after + 1];
    if (a && (a.lower === 'who' || a.lower === 'whose')) add(3);
    else if (a && a.kind === 'number' && /^\d{1,3}$/.test(a.text) && Number(a.text) < 120) {
      const b = tokens[after + 2];
      if (!b || b.kind === 'punct') add(3);
    } else if (a?.lower === 'of' && name.length >= 2 && tokens[after + 2]?.upper) {
      // "Corin Vale, of Vale & Ashdown,": an affiliation set off by commas
      add(2);
    } else if (a) {
      const appositive = appositiveRole(tokens, after + 1);
      if (appositive) {
        add(appositive.strong ? 3 : 2);
        if (!result.role) result.role = appositive.role;
        result.gender = result.gender ?? appositive.gender;
      }
    }
  }
  // a reporting verb beside it: "Ortiz said", "said Rafe Olander"
  let v = after;
  while (tokens[v] && verbAuxiliaries.has((tokens[v] as Token).lower)) v++;
  if (!lastName.possessive && isReportingVerb(tokens, v)) {
    // a name that introduces or closes a quotation (`X said: “...”`, `“...,” X said`) is a speaker
    const introduces = tokens[v + 1]?.text === ':' && isQuoteMark(tokens[v + 2]?.text ?? '');
    const closes =
      prev !== undefined &&
      (isQuoteMark(prev.text) || (prev.text === ',' && isQuoteMark(tokens[start - 2]?.text ?? '')));
    add((introduces || closes) && name.length >= 2 && name.length <= 3 ? 2 : 1);
  }
  if (prev && isReportingVerb(tokens, start - 1)) {
    // `“...,” said Rafe Olander`: organisations seldom come after the verb
    const quoteBefore = start >= 2 && isQuoteMark(tokens[start - 2]?.text ?? '');
    add(quoteBefore && name.length >= 2 && name.length <= 3 ? 2 : 1);
  }
  // affiliation: "Rafe Olander of Brightline Partners"
  if (next?.lower === 'of' && name.length >= 2) {
    let k = end + 1;
    if (tokens[k]?.lower === 'the') k++;
    const org = tokens[k];
    if (org && org.upper && org.kind === 'word') {
      let last = k;
      while (isNameToken(tokens[last + 1]) || tokens[last + 1]?.text === '&') last++;
      const lastWord = tokens[last];
      if (lastWord && (organizationWords.has(bare(lastWord)) || last > k)) add(2);
    }
  }
  // a possessive name before a noun: "Otto Brandvik’s barn"; but "Acme’s shares" is a company's
  if (lastName.possessive && next && next.kind === 'word' && !next.upper) {
    if (possessedByOrganization(tokens, end)) result.orgLike = true;
    else if (kinNouns.has(next.lower)) add(3);
    else if (name.length >= 2) add(2);
  }
  // "Acme chief executive Jane Doe", "United manager Ines Moll": the run names the employer
  if (!lastName.possessive && next && !next.upper && EMPLOYEE_ROLES.has(next.lower)) {
    let k = end + 1;
    while (k < end + 4 && tokens[k] && !tokens[k]?.upper && personRoleNouns.has(tokens[k]?.lower ?? '')) k++;
    if (isNameToken(tokens[k])) result.orgLike = true;
  }
  result.evidence = best + extra - penalty;
  return result;
}

/** Verbs that say a subject is plural, with a person's kind of subject. */
const PLURAL_VERBS = new Set(['are', 'were', 'have', 'run', 'own', 'live', 'both']);

/**
 * Evidence that "X and Y Z" at `end` (the "and") names two people: 3 when ", who" and a plural verb
 * follow, 1 for a plural verb alone, 0 otherwise.
 */
function pairAhead(tokens: readonly Token[], end: number): number {
  const k = end + 3;
  if (isTitleHead(tokens[end + 1] as Token)) return 0;
  if (tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'who')
    return PLURAL_VERBS.has(tokens[k + 2]?.lower ?? '') ? 3 : 0;
  return PLURAL_VERBS.has(tokens[k]?.lower ?? '') ? 1 : 0;
}

/** One relative of someone: "Feeney’s brother" names a person called Feeney (but "Ireland’s sons" does not). */
export const kinNouns: ReadonlySet<string> = new Set(
  `son daughter brother sister husband wife widow widower mother father grandson granddaughter grandmother
  grandfather nephew niece uncle aunt cousin fiance fiancé fiancee fiancée`.split(/\s+/),
);

/** Nouns a company owns: "Acme’s shares", "Acme’s chief executive". */
const ORGANIZATION_ATTRIBUTES = new Set([
  'shares',
  'stock',
  'stocks',
  'profit',
  'profits',
  'revenue',
  'revenues',
  'earnings',
  'sales',
  'board',
  'shareholders',
  'investors',
  'customers',
  'employees',
  'staff',
  'workforce',
  'headquarters',
  'subsidiary',
  'subsidiaries',
  'parent',
  'products',
  'brand',
  'brands',
  'stores',
  'factories',
  'plants',
  'fleet',
  'valuation',
  'debt',
  'bonds',
  'executives',
  'management',
  'website',
  'platform',
  'offer',
  'bid',
  'merger',
  'takeover',
  'acquisition',
  'portfolio',
  'quarterly',
  'annual',
  'results',
  'forecast',
  'guidance',
  'lawyers',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chief',
  'ceo',
  'cfo',
  'chairman',
  'chairwoman',
  'founder',
  'owner',
  'owners',
  'members',
  'players',
  'coach',
  'manager',
  'fans',
  'supporters',
  'stadium',
  'squad',
  'season',
]);

/** Role nouns that follow an employer's name: "Acme chief executive", "Rovers manager". */
const EMPLOYEE_ROLES = new Set([
  'chief',
  'ceo',
  'cfo',
  'coo',
  'president',
  'chairman',
  'chairwoman',
  'chair',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'founder',
  'co-founder',
  'director',
  'manager',
  'boss',
  'coach',
  'captain',
  'striker',
  'winger',
  'defender',
  'midfielder',
  'goalkeeper',
  'forward',
  'analyst',
  'economist',
  'executive',
  'official',
  'engineer',
  'employee',
  'worker',
  'owner',
  'head',
  'leader',
  'general',
  'secretary',
  'treasurer',
  'lawyer',
  'attorney',
]);

/** Index after any post-nominals ("KC", "MBE") and a party label in brackets ("(D-Ohio)") at `end`. */
function pastPostNominals(tokens: readonly Token[], end: number): number {
  let k = end;
  while (tokens[k] && isAcronym(tokens[k] as Token) && isPostNominal((tokens[k] as Token).lower)) k++;
  if (tokens[k]?.text === '(' && tokens[k + 2]?.text === ')' && PARTY_LABEL.test(tokens[k + 1]?.text ?? '')) k += 3;
  return k;
}

const isPostNominal = (lower: string): boolean => postNominals.has(lower) || nameSuffixes.has(lower);

/** "D-Ohio", "R-Texas", "I-Vt.": a United States legislator's party and state. */
const PARTY_LABEL = /^[DRI]-[A-Z][A-Za-z.]*$/;

function possessedByOrganization(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k < Math.min(tokens.length, end + 3); k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || t.upper) return false;
    if (ORGANIZATION_ATTRIBUTES.has(t.lower)) return true;
    if (personRoleNouns.has(t.lower) || genderedNouns.has(t.lower)) return false;
  }
  return false;
}

/** The role noun phrase before a name: "Harwich captain", "chief financial officer". */
function roleBefore(tokens: readonly Token[], start: number): string {
  const words: string[] = [];
  for (let k = start - 1; k >= 0 && words.length < 6; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || STOP_ROLE.has(t.lower) || speechVerbs.has(t.lower)) break;
    if (k < start - 1 && !t.upper && !personRoleNouns.has(t.lower) && /(?:ed|ing)$/.test(t.lower)) break;
    if (POSSESSIVE_DETERMINERS.has(t.lower)) break;
    words.unshift(withPossessive(t));
    if (t.possessive) break;
    if (t.upper) {
      // the employer's whole name: "Baltic Lines chief executive"
      while (k > 0 && tokens[k - 1]?.upper && tokens[k - 1]?.kind === 'word' && words.length < 6) {
        k--;
        words.unshift(withPossessive(tokens[k] as Token));
        if ((tokens[k] as Token).possessive) break;
      }
      break;
    }
  }
  return words.join(' ');
}

/** A word with its possessive ending as written in English ("Moll’s", "pilots’"). */
function withPossessive(t: Token): string {
  if (!t.possessive) return t.text;
  return t.text.endsWith('s') || t.text.endsWith('S') ? `${t.text}’` : `${t.text}’s`;
}

const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our']);

const STOP_ROLE = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'but',
  'of',
  'by',
  'to',
  'with',
  'for',
  'from',
  'as',
  'at',
  'in',
  'on',
  'another',
  'then',
  'now',
  'yet',
  'so',
]);

/** Prepositions that can lead from a role to the person it served ("adviser to President ..."). */
const ROLE_LINKS = new Set(['in', 'under', 'for', 'to', 'at', 'with', 'from', 'of', 'during']);

/**
 * The role's words before a phrase that leads to another person: "senior director for Asia in former
 * president Ann Lee’s administration" is a "senior director for Asia"; a title before a capitalised
 * word marks that person.
 */
function untilOtherPerson(words: readonly Token[]): readonly Token[] {
  let link = -1;
  for (let j = 1; j < words.length - 1; j++) {
    const t = words[j] as Token;
    if (ROLE_LINKS.has(t.lower)) link = j;
    else if (link > 0 && (titleHeads.has(t.lower) || titleHeads.has(bare(t))) && words[j + 1]?.upper)
      return words.slice(0, link);
  }
  return words;
}

/** ", a spokesman for the company," / ", Acme’s chief executive," / ", now a teacher,". */
function appositiveRole(
  tokens: readonly Token[],
  from: number,
): { role: string; strong: boolean; gender: 'he' | 'she' | null } | null {
  const words: Token[] = [];
  let k = from;
  while (k < tokens.length && words.length < 12) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '\u2019' && t.text !== "'") break;
    if (speechVerbs.has(t.lower) && !t.upper) break;
    if (t.lower === 'who' || t.lower === 'which' || t.lower === 'that' || t.lower === 'whose') break;
    words.push(t);
    k++;
  }
  if (words.length === 0) return null;
  const firstWord = words[0] as Token;
  const startsNp =
    firstWord.lower === 'a' ||
    firstWord.lower === 'an' ||
    firstWord.lower === 'the' ||
    firstWord.lower === 'then' ||
    firstWord.lower === 'now' ||
    firstWord.lower === 'another' ||
    firstWord.lower === 'its' ||
    firstWord.lower === 'his' ||
    firstWord.lower === 'her' ||
    firstWord.lower === 'their' ||
    firstWord.possessive ||
    (!firstWord.upper && personRoleNouns.has(firstWord.lower));
  if (!startsNp) return null;
  // the head noun is the last word before a preposition or relative clause
  let head: Token | undefined;
  for (const t of words) {
    if (
      t.lower === 'of' ||
      t.lower === 'for' ||
      t.lower === 'at' ||
      t.lower === 'who' ||
      t.lower === 'in' ||
      t.lower === 'with' ||
      t.lower === 'from' ||
      t.lower === 'on'
    )
      break;
    if (!t.upper || t === firstWord) head = t;
  }
  if (!head) return null;
  const known = personRoleNouns.has(head.lower);
  // "a dispatcher in Malmö": an agentive noun not in the list is still a person's role
  const agentive =
    looksAgentive(head.lower) &&
    !organizationNouns.has(head.lower) &&
    !companyNouns.has(head.lower) &&
    !BUSINESS_AGENTS.has(head.lower) &&
    !placeSuffixes.has(head.lower);
  if (!known && !agentive) return null;
  const role = untilOtherPerson(words)
    .filter(
      (t, i) =>
        !(
          i === 0 &&
          (t.lower === 'a' || t.lower === 'an' || t.lower === 'the' || t.lower === 'then' || t.lower === 'now')
        ),
    )
    .map(withPossessive)
    .join(' ');
  const gender = genderedNouns.get(head.lower) ?? null;
  return { role, strong: known && (genderedNouns.has(head.lower) || head.lower !== 'people'), gender };
}
