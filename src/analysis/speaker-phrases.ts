/**
 * Who a speaker noun phrase stands for: "Jake Sullivan", "she", "the minister", "a U.S. official",
 * "One of them", "the company", "Kostrava’s Interior Ministry", "Northvane’s lawyers", "the statement".
 *
 * - A named person in the phrase is the speaker (the first one outside an appositive's possessive or
 *   prepositional phrase: "Solberg’s co-author, Kenji Aoyama" -> Aoyama).
 * - he/she go to the person the salience model resolved; it/they to the last organisation or group.
 * - A lawyer speaks for the client ("Northvane’s lawyers" -> Northvane); a document is its author's
 *   ("Achterberg’s opinion" -> Achterberg; "the statement" -> whoever issued the last one).
 * - "the minister", "the judge", "the mayor" go to the person holding that role in the text; "the
 *   official", "the people" go back to the anonymous source introduced earlier, "One of them" to one of
 *   that group; new descriptions ("a senior engineer at the company") are anonymous sources.
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

const LEADING_NOISE = new Set(['and', 'but', 'or', 'so', 'yet', 'then', 'separately', 'meanwhile', 'also', 'however']);
const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'two', 'three', 'four', 'several', 'some', 'another', 'many', 'other', 'its', 'their']);

/** Discourse state shared by every phrase of an article, in reading order. */
export class SpeakerContext {
  private readonly anonymous: AnonymousSource[] = [];
  private readonly orgCounts = new Map<string, number>();
  private lastOrganization: Speaker | null = null;
  /** The speaker of the last quote, for "the statement went on". */
  lastSpeaker: Speaker | null = null;

  constructor(
    private readonly layouts: readonly ParagraphLayout[],
    private readonly reading: PeopleReading,
    private readonly pronouns: PronounReading,
  ) {
    for (const org of reading.organizations) {
      const key = firstWord(org.name);
      this.orgCounts.set(key, (this.orgCounts.get(key) ?? 0) + 1);
    }
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
      const person = this.pronouns.resolved.get(pronounKey(paragraph, span.from));
      if (person === undefined) return null;
      return this.person(person, 'pronoun');
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

    // a lawyer speaks for the client; a document is its author's
    if (firstHead && (agentNouns.has(firstHead.lower) || documentNouns.has(firstHead.lower))) {
      const ownPeople = mentions.filter((m) => m.first < firstPart.to && !m.possessive && !afterPreposition(tokens, m.first, firstPart.from));
      const owner = this.ownerOf(layout, firstPart.from, firstPart.to, mentions);
      if (owner && ownPeople.length === 0) return owner;
      if (ownPeople.length === 0 && documentNouns.has(firstHead.lower) && this.lastSpeaker && isDefinite(first)) {
        return { ...this.lastSpeaker, rule: 'explicit' };
      }
    }

    // a named person
    const candidates = mentions.filter((m) => !m.possessive && !afterPreposition(tokens, m.first, span.from));
    const inFirst = candidates.find((m) => m.first < firstPart.to);
    const chosen = inFirst ?? candidates[0];
    if (chosen) return this.person(chosen.person, 'explicit');

    // one of them: one of the group named before
    if (first.lower === 'one' && tokens[span.from + 1]?.lower === 'of') {
      const group = [...this.anonymous].reverse().find((source) => source.plural);
      const label = group ? `one of ${group.label.replace(/^(the|The) /, '')}` : this.label(layout, firstPart.from, firstPart.to);
      return this.anonymousSource(label, 'one', false);
    }

    // organisations named in the phrase
    const org = this.organizationIn(paragraph, firstPart.from, firstPart.to);
    const head = firstHead?.lower ?? '';
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
      const label = this.label(layout, firstPart.from, this.anonymousEnd(tokens, firstPart.from, span.to));
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
    return this.reading.mentions.filter((m) => m.paragraph === paragraph && m.first >= from && m.first < to && !m.quoted);
  }

  /** A possessive owner ("Northvane’s lawyers") or "for X" ("lawyers for the company") in the phrase. */
  private ownerOf(layout: ParagraphLayout, from: number, to: number, mentions: readonly Mention[]): Speaker | null {
    const owner = mentions.find((m) => m.possessive && m.first < to);
    if (owner) return this.person(owner.person, 'explicit');
    const org = this.reading.organizations.find(
      (o) => o.paragraph === layout.index && o.first >= from && o.first < to && (layout.tokens[o.end - 1]?.possessive ?? false),
    );
    if (org) return this.organization(this.expandOrganization(org.name));
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

  /** The organisation named in a phrase: "Kostrava’s Interior Ministry" -> Interior Ministry. */
  private organizationIn(paragraph: number, from: number, to: number): OrganizationMention | null {
    const layout = this.layouts[paragraph];
    let possessive: OrganizationMention | null = null;
    for (const org of this.reading.organizations) {
      if (org.paragraph !== paragraph || org.first < from || org.first >= to || org.kind === 'place') continue;
      if (layout?.tokens[org.end - 1]?.possessive) possessive = possessive ?? org;
      else return org;
    }
    return possessive;
  }

  /** "Kostrava’s Interior Ministry", "the Ardenian Foreign Ministry", or the longer name it abbreviates. */
  private orgLabel(layout: ParagraphLayout, from: number, to: number, org: OrganizationMention): string {
    const expanded = this.expandOrganization(org.name);
    if (expanded !== org.name) return expanded;
    return this.label(layout, from, Math.min(to, org.end));
  }

  /** "Northvane" -> "Northvane Analytics" when the article names it in full. */
  private expandOrganization(name: string): string {
    const folded = foldName(name);
    let best = name;
    for (const org of this.reading.organizations) {
      const other = foldName(org.name);
      if (other.length > foldName(best).length && other.startsWith(`${folded} `) && org.kind === 'organization') best = org.name;
    }
    return best;
  }

  /** "the company" -> the company the article names most (so far); "the ministry" -> the last Ministry. */
  private namedOrganization(head: string, paragraph: number, token: number): string | null {
    const before = this.reading.organizations.filter(
      (o) => (o.paragraph < paragraph || (o.paragraph === paragraph && o.first < token)) && o.kind === 'organization',
    );
    const byWord = before.filter((o) => foldName(o.name).split(/\s+/).includes(head));
    if (byWord.length > 0) return this.expandOrganization((byWord[byWord.length - 1] as OrganizationMention).name);
    if (!companyNouns.has(head)) return null;
    let best: OrganizationMention | null = null;
    let bestCount = 0;
    for (const org of before) {
      const words = foldName(org.name).split(/\s+/);
      const last = words[words.length - 1] ?? '';
      if (!companyWords.has(last)) continue;
      const count = this.orgCounts.get(firstWord(org.name)) ?? 0;
      if (count >= bestCount) {
        best = org;
        bestCount = count;
      }
    }
    return best ? best.name : null;
  }

  /** The person holding the role `head` ("minister", "judge", "mayor"), most recently mentioned first. */
  private roleHolder(head: string, paragraph: number, token: number): number | null {
    let best: number | null = null;
    let bestAt = -Infinity;
    let future: number | null = null;
    for (const person of this.reading.people) {
      if (!person.roleWords.has(head)) continue;
      for (const mention of person.mentions) {
        const at = mention.paragraph * 1e6 + mention.first;
        if (mention.paragraph < paragraph || (mention.paragraph === paragraph && mention.first < token)) {
          if (at > bestAt) {
            best = person.index;
            bestAt = at;
          }
        } else if (future === null) future = person.index;
      }
    }
    return best ?? future;
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

  private label(layout: ParagraphLayout, from: number, to: number): string {
    const first = layout.tokens[from];
    const last = layout.tokens[to - 1];
    if (!first || !last) return '';
    let text = layout.text.slice(first.start, last.end + (last.possessive ? 2 : 0)).trim();
    if (DETERMINERS.has(first.lower) && first.upper) text = text.charAt(0).toLowerCase() + text.slice(1);
    return text;
  }
}

function firstWord(name: string): string {
  return foldName(name).split(/\s+/)[0] ?? '';
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
 * word before it ("two people familiar with the talks" -> people; "the club's supporters' trust" -> trust).
 */
export function headNoun(tokens: readonly Token[], from: number, to: number): Token | null {
  let listed: Token | null = null;
  let lastWord: Token | null = null;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (k > from && (prepositions.has(t.lower) || clauseBreakers.has(t.lower))) break;
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
