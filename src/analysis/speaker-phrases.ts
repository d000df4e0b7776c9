/**
 * Who a speaker noun phrase stands for: "Nadia Corwin", "she", "the minister", "a senior official",
 * "One of them", "the company", "Estonia’s Interior Ministry", "Acme’s lawyers", "the statement".
 *
 * - A named person in the phrase is the speaker (the first one outside an appositive's possessive or
 *   prepositional phrase: "Brook’s co-author, Ilse Maroni" -> Maroni).
 * - he/she go to the person the salience model resolved; it/they to the last organisation or group.
 * - A lawyer speaks for the client ("Acme’s lawyers" -> Acme); a document is its author's
 *   ("the judge’s opinion" -> the judge; "the statement" -> whoever issued the last one).
 * - "the minister", "the judge", "the mayor" go to the person holding that role in the text; "the
 *   official", "the people" go back to the anonymous source introduced earlier, "One of them" to one of
 *   that group; new descriptions ("a technician at the plant") are anonymous sources.
 * - Organisations are named where the text names them ("the company" -> the company named earlier).
 */
import type { ParagraphLayout } from './layout';
import {
  agentNouns,
  anonymousHeads,
  clauseBreakers,
  companyNouns,
  companyWords,
  documentNouns,
  organizationNouns,
  personRoleNouns,
  prepositions,
  verbAuxiliaries,
} from './lexicon';
import type { Mention, OrganizationMention, PeopleReading, Person } from './people';
import { pronounKey, type PronounReading } from './salience';
import { foldName } from './spelling';
import { bare, type Token } from './tokens';

export type SpeakerKind = 'person' | 'anonymous' | 'organization';

export interface Speaker {
  readonly kind: SpeakerKind;
  /** Person index when kind is person. */
  readonly person: number | null;
  readonly label: string;
  readonly rule: 'explicit' | 'pronoun';
}

interface AnonymousSource {
  readonly label: string;
  readonly head: string;
  readonly plural: boolean;
}

const PLURAL_HEADS = new Set([
  'officials',
  'people',
  'sources',
  'diplomats',
  'aides',
  'insiders',
  'executives',
  'engineers',
  'officers',
  'employees',
  'workers',
  'staffers',
  'analysts',
  'experts',
  'residents',
  'witnesses',
  'members',
  'lawmakers',
  'investigators',
  'negotiators',
  'advisers',
  'advisors',
  'observers',
  'individuals',
  'men',
  'women',
  'leaders',
  'ministers',
  'doctors',
  'nurses',
  'lawyers',
  'economists',
  'scientists',
  'researchers',
  'bankers',
  'traders',
  'investors',
]);

/** Words that link a description to a name after it ("a spokeswoman for Governor X"). */
const CUT_BEFORE = new Set(['for', 'of', 'to', 'at', 'with', 'from', 'the', 'a', 'an', 'and', 'close', 'near']);

const QUANTIFIERS = new Set(['one', 'two', 'three', 'some', 'several', 'many', 'most', 'none', 'each', 'all']);

const ROLE_QUALIFIERS = new Set(['shadow', 'former', 'ex', 'deputy', 'vice', 'assistant', 'acting', 'interim', 'late']);

const LEADING_NOISE = new Set(['and', 'but', 'or', 'so', 'yet', 'then', 'separately', 'meanwhile', 'also', 'however']);
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'one',
  'two',
  'three',
  'four',
  'several',
  'some',
  'another',
  'many',
  'other',
  'its',
  'their',
]);

interface OrgEntry {
  readonly org: OrganizationMention;
  readonly words: readonly string[];
  readonly position: number;
}

/** Organisations mentioned, indexed for the look-ups attribution needs (all linear to build). */
class OrganizationIndex {
  readonly byParagraph = new Map<number, OrgEntry[]>();
  /** Folded name -> the longest organisation name that starts with it ("acme" -> "Acme Analytics"). */
  private readonly longer = new Map<string, string>();
  /** Head word -> organisations whose name has it, in reading order. */
  private readonly byWord = new Map<string, OrgEntry[]>();
  /** Company-like organisations in reading order, with the most named one so far. */
  private readonly companies: { position: number; best: string }[] = [];

  constructor(organizations: readonly OrganizationMention[]) {
    const counts = new Map<string, number>();
    const entries: OrgEntry[] = organizations.map((org) => {
      const words = foldName(org.name).split(/\s+/).filter(Boolean);
      counts.set(words[0] ?? '', (counts.get(words[0] ?? '') ?? 0) + 1);
      return { org, words, position: org.paragraph * 1e6 + org.first };
    });
    let best: OrgEntry | null = null;
    let bestCount = 0;
    for (const entry of entries) {
      const list = this.byParagraph.get(entry.org.paragraph) ?? [];
      list.push(entry);
      this.byParagraph.set(entry.org.paragraph, list);
      if (entry.org.kind !== 'organization') continue;
      for (let n = 1; n < entry.words.length; n++) {
        const prefix = entry.words.slice(0, n).join(' ');
        const current = this.longer.get(prefix);
        if (!current || current.length < entry.org.name.length) this.longer.set(prefix, entry.org.name);
      }
      for (const word of new Set(entry.words)) {
        const list = this.byWord.get(word) ?? [];
        list.push(entry);
        this.byWord.set(word, list);
      }
      const last = entry.words[entry.words.length - 1] ?? '';
      if (companyWords.has(last)) {
        const count = counts.get(entry.words[0] ?? '') ?? 0;
        if (count >= bestCount) {
          best = entry;
          bestCount = count;
        }
      }
      if (best) this.companies.push({ position: entry.position, best: best.org.name });
    }
  }

  expand(name: string): string {
    return this.longer.get(foldName(name)) ?? name;
  }

  /** The last organisation before `position` whose name has the word `head`. */
  lastWithWord(head: string, position: number): string | null {
    const list = this.byWord.get(head);
    if (!list) return null;
    const i = lastBefore(list, position, (entry) => entry.position);
    return i === -1 ? null : (list[i] as OrgEntry).org.name;
  }

  /** The company named most often among those named before `position`. */
  company(position: number): string | null {
    const i = lastBefore(this.companies, position, (entry) => entry.position);
    return i === -1 ? null : (this.companies[i] as { best: string }).best;
  }
}

/** Index of the last item whose position is before `position` in a list sorted by position, or -1. */
function lastBefore<T>(list: readonly T[], position: number, at: (item: T) => number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at(list[mid] as T) < position) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Discourse state shared by every phrase of an article, in reading order. */
export class SpeakerContext {
  private readonly anonymous: AnonymousSource[] = [];
  private readonly orgs: OrganizationIndex;
  private readonly mentionsByParagraph = new Map<number, Mention[]>();
  private readonly roleIndex = new Map<string, { position: number; person: number }[]>();
  private lastOrganization: Speaker | null = null;
  /** The speaker of the last quote, for "the statement continued". */
  lastSpeaker: Speaker | null = null;
  /** Companies named after a describing company noun ("power company X"), in reading order. */
  private readonly describedCompanies: { position: number; label: string }[] = [];
  /** Who issued each kind of document named so far ("said in a statement" -> statement -> speaker). */
  private readonly documentAuthors = new Map<string, Speaker>();

  /** Record that `speaker` spoke through a document named near the verb at token `v`. */
  noteDocument(paragraph: number, v: number, speaker: Speaker): void {
    const layout = this.layouts[paragraph];
    if (!layout) return;
    for (let k = Math.max(0, v - 6); k < Math.min(layout.tokens.length, v + 8); k++) {
      const t = layout.tokens[k] as Token;
      if (layout.tokenQuoted[k] || t.kind !== 'word' || t.upper) continue;
      if (documentNouns.has(t.lower)) this.documentAuthors.set(t.lower, speaker);
    }
  }

  /** "a letter from X": X wrote the letter, so a later "the letter said" is X's. */
  noteDocumentSender(paragraph: number, k: number): void {
    const noun = this.layouts[paragraph]?.tokens[k];
    const sender = this.mentionsIn(paragraph, k + 2, k + 3)[0];
    if (noun && sender && !sender.possessive)
      this.documentAuthors.set(noun.lower, this.person(sender.person, 'explicit'));
  }

  constructor(
    private readonly layouts: readonly ParagraphLayout[],
    private readonly reading: PeopleReading,
    private readonly pronouns: PronounReading,
  ) {
    this.orgs = new OrganizationIndex(reading.organizations);
    for (const mention of reading.mentions) {
      const list = this.mentionsByParagraph.get(mention.paragraph) ?? [];
      list.push(mention);
      this.mentionsByParagraph.set(mention.paragraph, list);
    }
    for (const person of reading.people) {
      for (const word of person.roleWords) {
        const list = this.roleIndex.get(word) ?? [];
        for (const mention of person.mentions)
          list.push({ position: mention.paragraph * 1e6 + mention.first, person: person.index });
        this.roleIndex.set(word, list);
      }
    }
    for (const list of this.roleIndex.values()) list.sort((a, b) => a.position - b.position);
  }

  /** Resolve the phrase `tokens[from, to)` of paragraph `paragraph`. */
  resolve(paragraph: number, from: number, to: number): Speaker | null {
    const layout = this.layouts[paragraph];
    if (!layout) return null;
    const span = this.trim(layout, from, to);
    if (!span) return null;
    const tokens = layout.tokens;
    const first = tokens[span.from] as Token;
    const count = span.to - span.from;

    // pronouns
    if (count <= 2 && (first.lower === 'he' || first.lower === 'she')) {
      const referent = this.pronouns.resolved.get(pronounKey(paragraph, span.from));
      if (referent === undefined) return null;
      return this.referent(referent, 'pronoun');
    }
    // "the Spaniard said", "the 34-year-old said": someone just named, unless a person holds that role
    if (count === 2 && first.lower === 'the') {
      const referent = this.pronouns.resolved.get(pronounKey(paragraph, span.from));
      const head = tokens[span.from + 1] as Token;
      if (referent !== undefined && referent < this.reading.people.length) {
        const holder = this.roleHolder(head.lower, paragraph, span.from);
        return this.person(holder ?? referent, 'explicit');
      }
    }
    if (count <= 2 && (first.lower === 'it' || first.lower === 'its')) {
      return this.lastOrganization ? { ...this.lastOrganization, rule: 'pronoun' } : null;
    }
    if (count <= 2 && first.lower === 'they') {
      const group = [...this.anonymous].reverse().find((source) => source.plural);
      if (group) return { kind: 'anonymous', person: null, label: group.label, rule: 'pronoun' };
      return this.lastOrganization ? { ...this.lastOrganization, rule: 'pronoun' } : null;
    }

    const parts = splitAtCommas(tokens, span.from, span.to);
    const firstPart = parts[0] ?? span;
    const mentions = this.mentionsIn(paragraph, span.from, span.to);
    const firstHead = headNoun(tokens, firstPart.from, firstPart.to);

    // an unnamed lawyer speaks for the client; a document is its author's
    if (firstHead && (agentNouns.has(firstHead.lower) || documentNouns.has(firstHead.lower))) {
      const ownPeople = mentions.filter((m) => !m.possessive && !afterPreposition(tokens, m.first, firstPart.from));
      const owner = this.ownerOf(layout, firstPart.from, firstPart.to, mentions);
      if (owner && ownPeople.length === 0) return owner;
      if (ownPeople.length === 0 && documentNouns.has(firstHead.lower) && isDefinite(first)) {
        // "the statement said": whoever issued the statement named before
        const author = this.documentAuthors.get(firstHead.lower);
        if (author) return { ...author, rule: 'explicit' };
        if (firstHead.lower === 'statement' && this.lastSpeaker) return { ...this.lastSpeaker, rule: 'explicit' };
        return this.organization(this.label(layout, firstPart.from, firstPart.to));
      }
    }

    // a named person
    const candidates = mentions.filter((m) => !m.possessive && !afterPreposition(tokens, m.first, span.from));
    const inFirst = candidates.find((m) => m.first < firstPart.to);
    const chosen = inFirst ?? candidates[0];
    if (chosen) return this.person(chosen.person, 'explicit');

    // one of them: one of the group named before
    if (first.lower === 'one' && tokens[span.from + 1]?.lower === 'of') {
      // "one of them", or "one of the aides" after "two aides said"
      const third = tokens[span.from + 2]?.lower ?? '';
      const pronoun = ['them', 'those', 'these'].includes(third);
      const lastGroup = [...this.anonymous].reverse().find((source) => source.plural);
      const sameHead = third === 'the' && lastGroup !== undefined && tokens[span.from + 3]?.lower === lastGroup.head;
      const group = pronoun || sameHead ? lastGroup : undefined;
      const label = group
        ? `one of ${group.label.replace(/^(the|The) /, '')}`
        : this.anonymousLabel(layout, firstPart.from, firstPart.to, mentions);
      return this.anonymousSource(label, 'one', false);
    }

    // "Power company Calder Grid": the name after a company noun, whatever words describe it
    const described = namedAfterCompanyNoun(tokens, span.from, span.to);
    if (described) {
      const label = this.label(layout, described.from, described.to);
      this.describedCompanies.push({ position: paragraph * 1e6 + span.from, label });
      return this.organization(label);
    }

    // organisations named in the phrase
    const org = this.organizationIn(paragraph, firstPart.from, firstPart.to);
    let head = firstHead?.lower ?? '';
    // "the study's authors", "two engineers": a plural of a person noun
    if (head.endsWith('s') && !anonymousHeads.has(head) && personRoleNouns.has(head.slice(0, -1)))
      head = head.slice(0, -1);
    if (org && !(anonymousHeads.has(head) || personRoleNouns.has(head))) {
      const label = this.orgLabel(layout, firstPart.from, firstPart.to, org);
      return this.organization(label);
    }
    if (organizationNouns.has(head) || companyNouns.has(head)) {
      if (isDefinite(first)) {
        const named = this.namedOrganization(head, paragraph, firstPart.from);
        if (named) return this.organization(named);
      }
      return this.organization(this.label(layout, firstPart.from, firstPart.to));
    }
    if (anonymousHeads.has(head) || personRoleNouns.has(head)) {
      if (isDefinite(first)) {
        const holder = this.roleHolder(head, paragraph, firstPart.from);
        if (holder !== null) return this.person(holder, 'explicit');
        const earlier = [...this.anonymous].reverse().find((source) => source.head === head);
        if (earlier) return { kind: 'anonymous', person: null, label: earlier.label, rule: 'explicit' };
      }
      if (first.upper && !DETERMINERS.has(first.lower) && first.kind === 'word' && count === 1) return null;
      const end = this.anonymousEnd(tokens, firstPart.from, span.to);
      const label = this.anonymousLabel(layout, firstPart.from, end, mentions);
      return this.anonymousSource(label, head, PLURAL_HEADS.has(head));
    }
    return null;
  }

  /** The last organisation spoken of, so "it said" can find it. */
  noteOrganization(speaker: Speaker): void {
    if (speaker.kind === 'organization') this.lastOrganization = speaker;
  }

  personSpeaker(index: number, rule: 'explicit' | 'pronoun'): Speaker {
    return this.person(index, rule);
  }

  /** A resolved referent: a person, or an unnamed person described earlier ("an 84-year-old widow"). */
  private referent(index: number, rule: 'explicit' | 'pronoun'): Speaker | null {
    if (index < this.reading.people.length) return this.person(index, rule);
    const label = this.pronouns.descriptions[index - this.reading.people.length];
    return label ? { kind: 'anonymous', person: null, label, rule } : null;
  }

  private person(index: number, rule: 'explicit' | 'pronoun'): Speaker {
    const person = this.reading.people[index] as Person;
    return { kind: 'person', person: index, label: person.name, rule };
  }

  private organization(label: string): Speaker {
    const speaker: Speaker = { kind: 'organization', person: null, label, rule: 'explicit' };
    this.lastOrganization = speaker;
    return speaker;
  }

  private anonymousSource(label: string, head: string, plural: boolean): Speaker {
    this.anonymous.push({ label, head, plural });
    return { kind: 'anonymous', person: null, label, rule: 'explicit' };
  }

  /** Drop leading conjunctions and adverbs, trailing commas and auxiliaries. */
  private trim(layout: ParagraphLayout, from: number, to: number): { from: number; to: number } | null {
    const tokens = layout.tokens;
    let a = from;
    let b = to;
    for (;;) {
      const t = tokens[a];
      if (a < b && t && (t.kind === 'punct' || LEADING_NOISE.has(t.lower) || layout.tokenQuoted[a])) a++;
      else break;
    }
    for (;;) {
      const t = tokens[b - 1];
      if (b > a && t && (t.kind === 'punct' || verbAuxiliaries.has(t.lower) || layout.tokenQuoted[b - 1])) b--;
      else break;
    }
    return b > a ? { from: a, to: b } : null;
  }

  private mentionsIn(paragraph: number, from: number, to: number): Mention[] {
    const list = this.mentionsByParagraph.get(paragraph) ?? [];
    const out: Mention[] = [];
    for (let i = lastBefore(list, from, (m) => m.first) + 1; i < list.length; i++) {
      const mention = list[i] as Mention;
      if (mention.first >= to) break;
      if (!mention.quoted) out.push(mention);
    }
    return out;
  }

  /** Organisations whose name starts in tokens [from, to) of a paragraph. */
  private organizationsIn(paragraph: number, from: number, to: number): OrgEntry[] {
    const list = this.orgs.byParagraph.get(paragraph) ?? [];
    const out: OrgEntry[] = [];
    for (let i = lastBefore(list, from, (entry) => entry.org.first) + 1; i < list.length; i++) {
      const entry = list[i] as OrgEntry;
      if (entry.org.first >= to) break;
      out.push(entry);
    }
    return out;
  }

  /** A possessive owner ("Acme’s lawyers") or "for X" ("lawyers for the company") in the phrase. */
  private ownerOf(layout: ParagraphLayout, from: number, to: number, mentions: readonly Mention[]): Speaker | null {
    const owner = mentions.find((m) => m.possessive && m.first < to);
    if (owner) return this.person(owner.person, 'explicit');
    const org = this.organizationsIn(layout.index, from, to).find(
      (o) => layout.tokens[o.org.end - 1]?.possessive ?? false,
    );
    if (org) return this.organization(this.expandOrganization(org.org.name));
    for (let k = from; k < to; k++) {
      if (layout.tokens[k]?.lower === 'for') {
        const target = this.organizationIn(layout.index, k + 1, to);
        if (target) return this.organization(this.expandOrganization(target.name));
        const person = mentions.find((m) => m.first > k);
        if (person) return this.person(person.person, 'explicit');
      }
    }
    return null;
  }

  /** The organisation named in a phrase: "Estonia’s Interior Ministry" -> Interior Ministry. */
  private organizationIn(paragraph: number, from: number, to: number): OrganizationMention | null {
    const layout = this.layouts[paragraph];
    let possessive: OrganizationMention | null = null;
    for (const { org } of this.organizationsIn(paragraph, from, to)) {
      if (org.kind === 'place') continue;
      if (layout?.tokens[org.end - 1]?.possessive) possessive = possessive ?? org;
      else return org;
    }
    return possessive;
  }

  /** "Estonia’s Interior Ministry", "the Latvian Foreign Ministry", or the longer name it abbreviates. */
  private orgLabel(layout: ParagraphLayout, from: number, to: number, org: OrganizationMention): string {
    const expanded = this.expandOrganization(org.name);
    if (expanded !== org.name) return expanded;
    return this.label(layout, from, Math.min(to, org.end));
  }

  /** "Acme" -> "Acme Analytics" when the article names it in full. */
  private expandOrganization(name: string): string {
    return this.orgs.expand(name);
  }

  /** "the company" -> the company the article names most (so far); "the ministry" -> the last Ministry. */
  private namedOrganization(head: string, paragraph: number, token: number): string | null {
    const position = paragraph * 1e6 + token;
    const named = this.orgs.lastWithWord(head, position);
    if (named) return this.expandOrganization(named);
    if (!companyNouns.has(head)) return null;
    const described = lastBefore(this.describedCompanies, position, (entry) => entry.position);
    return described === -1 ? this.orgs.company(position) : (this.describedCompanies[described]?.label ?? null);
  }

  /**
   * The person holding the role `head` ("minister", "judge", "mayor"): the last one mentioned, else the
   * next. A qualified role ("shadow transport secretary", "former mayor") does not answer to the bare one.
   */
  private roleHolder(head: string, paragraph: number, token: number): number | null {
    const all = this.roleIndex.get(head);
    if (!all || all.length === 0) return null;
    const list = all.filter((entry) => {
      const person = this.reading.people[entry.person];
      return !person || ![...person.roleWords].some((word) => ROLE_QUALIFIERS.has(word));
    });
    if (list.length === 0) return null;
    const i = lastBefore(list, paragraph * 1e6 + token, (entry) => entry.position);
    return (list[i === -1 ? 0 : i] as { person: number }).person;
  }

  /** Where an anonymous description ends: before a relative clause or a "speaking on condition". */
  private anonymousEnd(tokens: readonly Token[], from: number, to: number): number {
    for (let k = from + 1; k < to; k++) {
      const t = tokens[k] as Token;
      if (t.kind === 'punct' && t.text !== '-' && t.text !== '.') return k;
      if (t.lower === 'who' || t.lower === 'which' || t.lower === 'that' || t.lower === 'speaking') return k;
    }
    return to;
  }

  /**
   * An unnamed source's description without the names of people it mentions ("a spokeswoman for
   * Governor Lin Avery" -> "a spokeswoman"; "one of Smith’s aides" -> "one of the aides"): the source
   * is not those people.
   */
  private anonymousLabel(layout: ParagraphLayout, from: number, to: number, mentions: readonly Mention[]): string {
    const inside = mentions.filter((m) => m.first >= from && m.first < to);
    const firstMention = inside[0];
    if (!firstMention) return this.label(layout, from, to);
    let cut = firstMention.first;
    while (
      cut > from &&
      (layout.tokens[cut - 1] as Token).kind === 'word' &&
      CUT_BEFORE.has((layout.tokens[cut - 1] as Token).lower)
    )
      cut--;
    const before = layout.tokens[cut - 1];
    // "a spokeswoman for Governor X": the description is complete before the name
    if (
      cut > from &&
      before &&
      !QUANTIFIERS.has(before.lower) &&
      (anonymousHeads.has(bare(before)) || personRoleNouns.has(bare(before)))
    ) {
      return this.label(layout, from, cut);
    }
    // the name stands before the head: replace it
    let text = this.label(layout, from, to);
    for (const mention of inside) {
      text = text
        .replace(`${mention.text}’s`, 'the')
        .replace(`${mention.text}'s`, 'the')
        .replace(mention.text, 'someone');
    }
    return text;
  }

  private label(layout: ParagraphLayout, from: number, to: number): string {
    const first = layout.tokens[from];
    const last = layout.tokens[to - 1];
    if (!first || !last) return '';
    let text = layout.text.slice(first.start, last.end + (last.possessive ? 2 : 0)).trim();
    if (DETERMINERS.has(first.lower) && first.upper) text = text.charAt(0).toLowerCase() + text.slice(1);
    return text;
  }
}

function isDefinite(token: Token): boolean {
  const lower = token.lower;
  return lower === 'the' || lower === 'its' || lower === 'their' || lower === 'this' || lower === 'that';
}

function afterPreposition(tokens: readonly Token[], index: number, from: number): boolean {
  const prev = tokens[index - 1];
  return index > from && prev !== undefined && prepositions.has(prev.lower);
}

/** Top-level comma-separated parts of a phrase. */
function splitAtCommas(tokens: readonly Token[], from: number, to: number): { from: number; to: number }[] {
  const parts: { from: number; to: number }[] = [];
  let start = from;
  for (let k = from; k < to; k++) {
    if (tokens[k]?.text === ',') {
      if (k > start) parts.push({ from: start, to: k });
      start = k + 1;
    }
  }
  if (to > start) parts.push({ from: start, to });
  return parts;
}

/**
 * The head noun of a phrase: the last listed noun before a preposition or relative word, else the last
 * word before it ("three people close to the deal" -> people; "the fans' supporters' trust" -> trust).
 */
export function headNoun(tokens: readonly Token[], from: number, to: number): Token | null {
  let listed: Token | null = null;
  let lastWord: Token | null = null;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    // "Department for Transport spokesman": a preposition inside a capitalised name does not end the head
    const insideName = tokens[k - 1]?.upper === true && tokens[k + 1]?.upper === true;
    if (k > from && !insideName && (prepositions.has(t.lower) || clauseBreakers.has(t.lower))) break;
    if (t.kind !== 'word') continue;
    lastWord = t;
    const word = bare(t);
    if (
      anonymousHeads.has(word) ||
      personRoleNouns.has(word) ||
      organizationNouns.has(word) ||
      documentNouns.has(word) ||
      agentNouns.has(word) ||
      companyNouns.has(word)
    ) {
      if (!t.possessive || k === to - 1) listed = t;
    }
  }
  return listed ?? lastWord;
}

/**
 * "Power company Calder Grid", "the carrier, Solenne Air": a company noun, then (after an optional comma)
 * the capitalised name that ends the phrase, not a person's ("company chairman Rhea Tolland" has a role).
 */
function namedAfterCompanyNoun(
  tokens: readonly Token[],
  from: number,
  to: number,
): { from: number; to: number } | null {
  for (let k = from; k < Math.min(to, from + 4); k++) {
    const t = tokens[k] as Token;
    if (t.upper || !companyNouns.has(t.lower)) continue;
    let start = k + 1;
    if (tokens[start]?.text === ',') start++;
    let end = start;
    while (end < to && tokens[end]?.upper && tokens[end]?.kind === 'word') end++;
    const endsPhrase = end === to || (tokens[end]?.text === ',' && end + 1 === to);
    return end > start && endsPhrase ? { from: start, to: end } : null;
  }
  return null;
}
