/**
 * People: who is named in the article, with every mention of them.
 *
 * Registry people are found by full name, aliases, surname, title + surname and possessive. People not
 * in the registry are found from name runs with enough contextual evidence (see names.ts), or with a
 * he/she that follows their name. Later surname-only and first-name-only mentions are linked to the full
 * name; two people who share a surname stay apart (a first name that conflicts keeps them apart, and a
 * bare surname goes to the one the honorific's gender, or else the latest mention, points to). A
 * capitalised word within a small edit distance of a known surname is taken as a misspelling of it,
 * attributed, and reported as a warning.
 */
import type { RegistryPerson } from './input';
import { Pronoun, pronounGender, type ParagraphLayout } from './layout';
import { anonymousHeads, genderedNouns, honorifics, nameSuffixes, organizationWords, prepositions } from './lexicon';
import { findNameRuns, isSurnameParticle, isTitleHead, kinNouns, type NameRun } from './names';
import { editDistance, foldName, looksLikeMisspelling, slugify } from './spelling';
import type { Token } from './tokens';

export type Gender = 'he' | 'she';

export interface Mention {
  /** Index into `PeopleReading.people`. */
  readonly person: number;
  readonly paragraph: number;
  /** Token indexes of the mention (title included) in its paragraph. */
  readonly first: number;
  readonly end: number;
  /** Offset and text of the mention as written (title and name, without a possessive ’s). */
  readonly start: number;
  readonly text: string;
  readonly possessive: boolean;
  readonly quoted: boolean;
  readonly sentence: number;
  readonly misspelt: boolean;
}

export interface Person {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  /** Folded name tokens; the surname is the last one that is not a suffix. */
  readonly tokens: readonly string[];
  readonly surname: string;
  readonly given: string;
  gender: Gender | null;
  role: string;
  /** Lower-cased words of the person's titles and roles, for "the minister" -> this person. */
  readonly roleWords: Set<string>;
  readonly registry: RegistryPerson | null;
  readonly mentions: Mention[];
}

export interface OrganizationMention {
  /** The name as written, without a leading "The". */
  readonly name: string;
  readonly paragraph: number;
  readonly first: number;
  readonly end: number;
  readonly kind: 'organization' | 'place' | 'name';
}

export interface SpellingNote {
  readonly paragraph: number;
  readonly written: string;
  readonly person: number;
  readonly firstParagraph: number;
}

export interface PeopleReading {
  readonly people: Person[];
  /** All mentions in reading order. */
  readonly mentions: Mention[];
  readonly organizations: OrganizationMention[];
  readonly misspellings: SpellingNote[];
  /** Gender votes for each person, from pronouns and honorifics (for tests and debugging). */
  readonly runs: readonly NameRun[];
}

interface Candidate {
  key: string;
  words: string[];
  folded: string[];
  runs: NameRun[];
  registry: RegistryPerson | null;
  evidence: number;
  pronounVotes: number;
  /** The first name alone inside someone's quote ("Thabo was unplayable"). */
  firstNameInQuote?: boolean;
}

const surnameOf = (folded: readonly string[]): string => {
  for (let i = folded.length - 1; i >= 0; i--) {
    const word = folded[i] as string;
    if (!nameSuffixes.has(word)) return word;
  }
  return folded[folded.length - 1] ?? '';
};

interface RegistryIndex {
  readonly full: Map<string, RegistryPerson>;
  readonly surname: Map<string, RegistryPerson[]>;
  readonly given: Map<string, RegistryPerson[]>;
}

function indexRegistry(registry: readonly RegistryPerson[]): RegistryIndex {
  const full = new Map<string, RegistryPerson>();
  const surname = new Map<string, RegistryPerson[]>();
  const given = new Map<string, RegistryPerson[]>();
  const push = (map: Map<string, RegistryPerson[]>, key: string, person: RegistryPerson): void => {
    const list = map.get(key) ?? [];
    if (!list.includes(person)) list.push(person);
    map.set(key, list);
  };
  for (const person of registry) {
    const names = [person.name, ...(person.aliases ?? [])];
    for (const name of names) {
      const folded = foldName(name).split(/\s+/).filter(Boolean);
      if (folded.length === 0) continue;
      if (folded.length === 1) push(surname, folded[0] as string, person);
      else full.set(folded.join(' '), person);
    }
    const folded = foldName(person.name).split(/\s+/).filter(Boolean);
    if (folded.length > 1) {
      push(surname, surnameOf(folded), person);
      push(given, folded[0] as string, person);
    }
  }
  return { full, surname, given };
}

/** Each registry's index, made once: a site passes the same registry array for every article. */
const registryIndexes = new WeakMap<readonly RegistryPerson[], RegistryIndex>();

function registryIndex(registry: readonly RegistryPerson[]): RegistryIndex {
  let index = registryIndexes.get(registry);
  if (!index) {
    index = indexRegistry(registry);
    registryIndexes.set(registry, index);
  }
  return index;
}

/**
 * Find the people of an article and all their mentions. `known` are people established earlier in
 * the same body (a long body is read in sections): they are recognised like registry people, and by
 * surname alone too.
 */
export function findPeople(
  layouts: readonly ParagraphLayout[],
  registry: readonly RegistryPerson[],
  known: readonly RegistryPerson[] = [],
): PeopleReading {
  const index = known.length === 0 ? registryIndex(registry) : indexRegistry([...registry, ...known]);
  const runs: NameRun[] = [];
  for (const layout of layouts) runs.push(...findNameRuns(layout));

  const orgPrefixes = new Set<string>();
  for (const run of runs) {
    if (run.kind === 'organization' || run.kind === 'place') {
      const folded = run.words.map(foldName);
      for (let n = 1; n < folded.length; n++) orgPrefixes.add(folded.slice(0, n).join(' '));
    }
  }

  // 1. full-name candidates
  const candidates = new Map<string, Candidate>();
  const registryCandidates = new Map<string, Candidate>();
  const candidateFor = (words: string[], registryPerson: RegistryPerson | null): Candidate => {
    if (registryPerson) {
      let found = registryCandidates.get(registryPerson.id);
      if (!found) {
        const folded = foldName(registryPerson.name).split(/\s+/).filter(Boolean);
        found = {
          key: registryPerson.id,
          words: registryPerson.name.split(/\s+/),
          folded,
          runs: [],
          registry: registryPerson,
          evidence: 10,
          pronounVotes: 0,
        };
        registryCandidates.set(registryPerson.id, found);
      }
      return found;
    }
    const folded = words.map(foldName);
    const key = folded.join(' ');
    let found = candidates.get(key);
    if (!found) {
      found = { key, words, folded, runs: [], registry: null, evidence: 0, pronounVotes: 0 };
      candidates.set(key, found);
    }
    return found;
  };

  for (const person of known) candidateFor([], person);
  const singles: NameRun[] = [];
  const runOwner = new Map<NameRun, Candidate>();
  for (const run of runs) {
    if (run.kind !== 'name') continue;
    const folded = run.words.map(foldName);
    const withTitle = foldName(`${run.title} ${run.words.join(' ')}`.trim());
    const registryPerson = index.full.get(folded.join(' ')) ?? index.full.get(withTitle) ?? null;
    if (registryPerson) {
      const candidate = candidateFor([], registryPerson);
      candidate.runs.push(run);
      runOwner.set(run, candidate);
      continue;
    }
    if (run.words.length >= 2) {
      if (orgPrefixes.has(folded.join(' '))) continue;
      const candidate = candidateFor([...run.words], null);
      candidate.runs.push(run);
      runOwner.set(run, candidate);
      continue;
    }
    if (run.sharedSurname) {
      const candidate = candidateFor([run.words[0] as string, run.sharedSurname], null);
      candidate.runs.push(run);
      runOwner.set(run, candidate);
      continue;
    }
    singles.push(run);
  }

  // merge "Rob Haines" into "Robert Haines", "Ana Maria Ferro" into "Ana Ferro"
  const groups = new Map<string, Candidate[]>();
  for (const candidate of candidates.values()) {
    const surname = surnameOf(candidate.folded);
    const group = groups.get(surname) ?? [];
    group.push(candidate);
    groups.set(surname, group);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => b.folded.length - a.folded.length || b.key.length - a.key.length);
    for (const small of group) {
      for (const big of group) {
        if (small === big || !candidates.has(big.key) || !candidates.has(small.key)) continue;
        const a = small.folded[0] as string;
        const b = big.folded[0] as string;
        if (
          a === b ||
          (a.length >= 3 && b.startsWith(a)) ||
          (b.length >= 3 && a.startsWith(b)) ||
          surnameWithParticles(small.folded, big.folded)
        ) {
          const [keep, drop] = big.key.length >= small.key.length ? [big, small] : [small, big];
          keep.runs.push(...drop.runs);
          for (const run of drop.runs) runOwner.set(run, keep);
          candidates.delete(drop.key);
        }
      }
    }
  }

  // 2. surname-only runs of candidates add their evidence
  const surnameOwners = new Map<string, Candidate[]>();
  for (const candidate of [...candidates.values(), ...registryCandidates.values()]) {
    const surname = surnameOf(candidate.folded);
    const list = surnameOwners.get(surname) ?? [];
    list.push(candidate);
    surnameOwners.set(surname, list);
  }
  const givenOwners = new Map<string, Candidate[]>();
  for (const candidate of candidates.values()) {
    const given = candidate.folded[0] ?? '';
    const list = givenOwners.get(given) ?? [];
    list.push(candidate);
    givenOwners.set(given, list);
  }
  // "Mr. Quarrington", "Judge Abernethy-Rowe" with no full name anywhere: a person known by surname only
  const heldForSpelling = new Set<NameRun>();
  for (const run of singles) {
    const word = foldName(run.words[0] ?? '');
    if (!knownBySurname(layouts, run)) continue;
    const owners = surnameOwners.get(word);
    if (owners) {
      // "Ms Ashby" after "Mr Ashby": a husband and wife are two people
      if (run.gender && owners.every((owner) => genderOfRuns(owner) === otherGender(run.gender))) {
        const spouse = titledNamesake(run, word, [...owners, ...candidates.values()]);
        candidates.set(spouse.key, spouse);
        surnameOwners.set(word, [...owners, spouse]);
      }
      continue;
    }
    // "Sir Miles" after "Sir Miles Harrow": a knight or dame goes by title and first name; so do relatives
    // ("Wendell’s nephew" after "Wendell Pruitt")
    if ((byFirstName(run) || !run.title) && givenOwners.has(word)) continue;
    // "Ms Selwod" near "Ms Selwood": left for the misspelling check below
    if (nearSurnameOf(word, run, candidates.values()).length > 0) {
      heldForSpelling.add(run);
      continue;
    }
    // "Mr. Castell" names the registry's Omar Castell even when his full name never appears
    const registered = index.surname.get(word);
    if (registered && registered.length === 1) {
      const candidate = candidateFor([], registered[0] as RegistryPerson);
      candidate.runs.push(run);
      surnameOwners.set(word, [candidate]);
      continue;
    }
    if (registered || index.given.has(word)) continue;
    const candidate = candidateFor([run.words[0] as string], null);
    candidate.runs.push(run);
    candidate.evidence = 3;
    surnameOwners.set(word, [candidate]);
  }
  for (const run of singles) {
    const word = foldName(run.words[0] ?? '');
    const owners = surnameOwners.get(word) ?? [];
    if (owners.length === 1) (owners[0] as Candidate).runs.push(run);
    else if (owners.length === 0 && run.evidence >= 3) {
      // "His wife, Marjorie, ..." then "Marjorie Doyle": the strong evidence counts for the full name
      const byGiven = givenOwners.get(word) ?? [];
      if (byGiven.length === 1) (byGiven[0] as Candidate).runs.push(run);
    } else if (owners.length === 0 && run.quoted && !run.possessive) {
      // "Thabo was unplayable," the coach said: people call people by their first names
      const byGiven = givenOwners.get(word) ?? [];
      if (byGiven.length === 1) (byGiven[0] as Candidate).firstNameInQuote = true;
    }
  }

  // 3. evidence and acceptance
  const runIndex = indexRuns(runs);
  for (const candidate of candidates.values()) {
    let best = -Infinity;
    let positive = 0;
    for (const run of candidate.runs) {
      best = Math.max(best, run.evidence);
      if (run.evidence > 0) positive++;
      if (candidate.pronounVotes < 3) candidate.pronounVotes += followedByPersonalPronoun(layouts, run, runIndex);
    }
    candidate.evidence = best + Math.max(0, positive - 1) * 0.5 + (candidate.firstNameInQuote ? 2 : 0);
  }
  const accepted: Candidate[] = [...registryCandidates.values()];
  for (const candidate of candidates.values()) {
    // named only inside quotes: a strong sign, or the speaker's calling them by first name later
    if (candidate.runs.every((run) => run.quoted) && candidate.evidence < 3 && !candidate.firstNameInQuote) continue;
    // used as a company's or a team's name, with nothing stronger saying "person"
    if (candidate.runs.some((run) => run.orgLike) && candidate.evidence < 3) continue;
    const fullRuns = candidate.runs.filter((run) => run.words.length >= 2 || run.sharedSurname);
    const titledSingle = candidate.folded.length === 1 && candidate.runs.some((run) => knownBySurname(layouts, run));
    if (fullRuns.length === 0 && !titledSingle) continue;
    if (
      candidate.evidence >= 2 ||
      candidate.pronounVotes >= 2 ||
      (candidate.evidence >= 1 && candidate.pronounVotes >= 1)
    ) {
      accepted.push(candidate);
    }
  }

  // 4. people, in order of first mention
  const firstAt = (candidate: Candidate): number => {
    let min = Infinity;
    for (const run of candidate.runs) min = Math.min(min, run.paragraph * 1e6 + run.start);
    return min;
  };
  accepted.sort((a, b) => firstAt(a) - firstAt(b));
  const people: Person[] = accepted.map((candidate, i) => makePerson(candidate, i));
  const ownerOf = new Map<Candidate, Person>();
  accepted.forEach((candidate, i) => ownerOf.set(candidate, people[i] as Person));

  const mentions: Mention[] = [];
  const misspellings: SpellingNote[] = [];
  const organizations: OrganizationMention[] = [];
  const addMention = (person: Person, run: NameRun, misspelt: boolean): void => {
    const layout = layouts[run.paragraph];
    if (!layout) return;
    const before = layout.tokens[run.nameFirst - 1];
    const titled = run.title !== '' && before !== undefined && run.nameFirst > run.first && isTitleHead(before);
    const start = titled && before ? before.start : run.nameStart;
    const endToken = layout.tokens[run.end - 1] as Token;
    const mention: Mention = {
      person: person.index,
      paragraph: run.paragraph,
      first: run.first,
      end: run.end,
      start,
      text: layout.text.slice(start, endToken.end),
      possessive: run.possessive,
      quoted: run.quoted,
      sentence: run.sentence,
      misspelt,
    };
    person.mentions.push(mention);
    mentions.push(mention);
    if (run.gender && !person.registry?.pronoun) person.gender = person.gender ?? run.gender;
    if (run.role && !person.role) person.role = run.role;
    for (const word of roleWordsOf(run.role)) person.roleWords.add(word);
  };

  const ordered = [...runs].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const singleRuns: NameRun[] = [];
  for (const run of ordered) {
    const owner = runOwner.get(run);
    const ownerPerson = owner ? ownerOf.get(owner) : undefined;
    if (ownerPerson && (run.words.length >= 2 || run.sharedSurname)) {
      addMention(ownerPerson, run, false);
      continue;
    }
    if (run.kind !== 'name') {
      organizations.push(orgMention(run));
      continue;
    }
    if (run.words.length >= 2) {
      // "Born Ana Maria Soto": a birth name of someone named with the same first name
      const given = foldName(run.words[0] ?? '');
      const same = people.filter((p) => p.given === given);
      if (run.birthName && same.length === 1) addMention(same[0] as Person, run, false);
      else organizations.push(orgMention(run));
      continue;
    }
    singleRuns.push(run);
  }
  mentions.sort(byPosition);
  inferGender(layouts, people, mentions);

  // one-word names, in reading order, knowing who was mentioned last before each
  const lookup = new PeopleLookup(people);
  const full = [...mentions];
  const lastSeen = new Map<number, number>();
  let f = 0;
  for (const run of singleRuns) {
    const here = run.paragraph * 1e6 + run.start;
    while (f < full.length && position(full[f] as Mention) < here) {
      const mention = full[f] as Mention;
      if (!mention.quoted) lastSeen.set(mention.person, position(mention));
      f++;
    }
    const word = foldName(run.words[0] ?? '');
    const person = resolveSingle(word, run, lookup, lastSeen, index, registryCandidates, ownerOf, layouts);
    if (person) {
      addMention(person, run, false);
      if (!run.quoted) lastSeen.set(person.index, here);
      continue;
    }
    const misspelt =
      (run.possessive || !run.sentenceInitial || run.evidence > 0 ? lookup.misspelling(word) : null) ??
      lookup.titledMisspelling(word, run);
    if (misspelt && !orgPrefixes.has(word)) {
      addMention(misspelt, run, true);
      lastSeen.set(misspelt.index, here);
      const firstMention = misspelt.mentions.find((m) => !m.misspelt);
      misspellings.push({
        paragraph: run.paragraph,
        written: run.words[0] ?? word,
        person: misspelt.index,
        firstParagraph: firstMention ? firstMention.paragraph : run.paragraph,
      });
      continue;
    }
    if (heldForSpelling.has(run) && lookup.bySurname.get(word) === undefined) {
      // "Mr. Selwod" near "Aroha Selwood", whom the text calls "she": someone else, known by surname
      const namesake = makePerson(surnameOnly(run, word), people.length);
      people.push(namesake);
      lookup.include(namesake);
      addMention(namesake, run, false);
      lastSeen.set(namesake.index, here);
      continue;
    }
    organizations.push(orgMention(run));
  }
  // registry aliases that are misspellings ("Castel" for Castell) are reported too
  for (const mention of mentions) {
    const person = people[mention.person];
    const text = foldName(mention.text);
    const reg = person?.registry;
    if (!person || !reg) continue;
    const alias = (reg.aliases ?? []).find((a) => foldName(a) === text || text.endsWith(foldName(a)));
    if (alias && !alias.includes(' ') && looksLikeMisspelling(foldName(alias), person.surname)) {
      const firstMention = person.mentions.find((m) => !foldName(m.text).endsWith(foldName(alias)));
      misspellings.push({
        paragraph: mention.paragraph,
        written: alias,
        person: person.index,
        firstParagraph: firstMention ? firstMention.paragraph : mention.paragraph,
      });
    }
  }
  mentions.sort(byPosition);
  organizations.sort((a, b) => a.paragraph - b.paragraph || a.first - b.first);
  for (const person of people) person.mentions.sort(byPosition);
  inferGender(layouts, people, mentions);
  return { people, mentions, organizations, misspellings, runs };
}

/** An unnamed person ("a neighbour", "the woman") earlier in the pronoun's sentence may be its referent. */
function unnamedPersonBefore(layout: ParagraphLayout, k: number): boolean {
  const sentence = layout.tokenSentence[k];
  for (let j = k - 1; j >= Math.max(0, k - 40) && layout.tokenSentence[j] === sentence; j--) {
    const t = layout.tokens[j] as Token;
    if (layout.tokenQuoted[j] || t.kind !== 'word' || t.upper) continue;
    if (anonymousHeads.has(t.lower) || genderedNouns.has(t.lower)) {
      const before = layout.tokens[j - 1]?.lower ?? '';
      const twoBefore = layout.tokens[j - 2]?.lower ?? '';
      if (UNNAMED_DETERMINERS.has(before) || UNNAMED_DETERMINERS.has(twoBefore)) return true;
    }
  }
  return false;
}

const UNNAMED_DETERMINERS = new Set(['a', 'an', 'the', 'one', 'another']);

const otherGender = (gender: Gender | null): Gender | null =>
  gender === 'he' ? 'she' : gender === 'she' ? 'he' : null;

/** The gender an honorific or a gendered noun gives any of the candidate's mentions. */
function genderOfRuns(candidate: Candidate): Gender | null {
  return candidate.runs.find((run) => run.gender)?.gender ?? null;
}

/**
 * Someone known by honorific and surname who shares the surname with people of the other gender: named
 * "Ms Ashby" (and a namesake known the same way "Mr Ashby"), so that the two keep apart.
 */
function titledNamesake(run: NameRun, surname: string, others: readonly Candidate[]): Candidate {
  for (const other of others) {
    const titled = other.runs[0];
    if (other.folded.length === 1 && other.folded[0] === surname && titled && other.words.length === 1)
      other.words.unshift(titled.title);
  }
  const words = [run.title, run.words[0] as string];
  return {
    key: words.join(' ').toLowerCase(),
    words,
    folded: [surname],
    runs: [run],
    registry: null,
    evidence: 3,
    pronounVotes: 0,
  };
}

/** "Mr Ó Duinn" after "Padraig Ó Duinn": particles and surname only, the end of the full name. */
function surnameWithParticles(short: readonly string[], full: readonly string[]): boolean {
  if (short.length >= full.length || !short.slice(0, -1).every(isSurnameParticle)) return false;
  return short.every((word, i) => full[full.length - short.length + i] === word);
}

/** Within two edits of a surname of four letters or more, with the same first letter. */
function nearSurname(word: string, surname: string): boolean {
  if (word === surname || word.length < 4 || surname.length < 4 || word[0] !== surname[0]) return false;
  return editDistance(word, surname, 2) <= 2;
}

/** Full-name candidates whose surname a titled surname-only run could be a misspelling of. */
function nearSurnameOf(word: string, run: NameRun, candidates: Iterable<Candidate>): Candidate[] {
  if (!honorifics.has(run.title.toLowerCase())) return [];
  const conflicts = (c: Candidate): boolean => c.runs.some((r) => r.gender && run.gender && r.gender !== run.gender);
  return [...candidates].filter((c) => c.folded.length > 1 && nearSurname(word, surnameOf(c.folded)) && !conflicts(c));
}

/** A person known only by a titled surname ("Mr. Selwod"). */
function surnameOnly(run: NameRun, folded: string): Candidate {
  const words = [run.words[0] ?? folded];
  return { key: folded, words, folded: [folded], runs: [run], registry: null, evidence: 3, pronounVotes: 0 };
}

/** Titles used with a first name ("Sir Oswin", "Dame Petronel"), unlike "Mr." with a surname. */
const FIRST_NAME_TITLES = new Set(['sir', 'dame']);

const byFirstName = (run: NameRun): boolean => FIRST_NAME_TITLES.has(run.title.toLowerCase());

/** A surname alone that names a person: after a title ("Mr. Quarrington"), or with kin ("Feeney’s brother"). */
function knownBySurname(layouts: readonly ParagraphLayout[], run: NameRun): boolean {
  if (run.title) return titledByHead(layouts, run);
  const next = run.possessive ? layouts[run.paragraph]?.tokens[run.end] : undefined;
  return next !== undefined && !next.upper && kinNouns.has(next.lower);
}

/** The name comes right after an honorific or a title ("Mr. Quarrington", "President Ames"). */
function titledByHead(layouts: readonly ParagraphLayout[], run: NameRun): boolean {
  const before = layouts[run.paragraph]?.tokens[run.nameFirst - 1];
  return run.nameFirst > run.first && before !== undefined && isTitleHead(before);
}

const position = (m: Mention): number => m.paragraph * 1e6 + m.start;
const byPosition = (a: Mention, b: Mention): number => a.paragraph - b.paragraph || a.start - b.start;

function makePerson(candidate: Candidate, index: number): Person {
  const registry = candidate.registry;
  const name = registry ? registry.name : candidate.words.join(' ');
  const folded = registry ? foldName(registry.name).split(/\s+/).filter(Boolean) : candidate.folded;
  const roleWords = new Set<string>();
  let role = '';
  if (registry?.roles && registry.roles.length > 0) {
    for (const r of registry.roles) for (const w of roleWordsOf(r.title)) roleWords.add(w);
  }
  for (const run of candidate.runs) {
    if (run.role && !role) role = run.role;
  }
  return {
    index,
    id: registry ? registry.id : slugify(name),
    name,
    tokens: folded,
    surname: surnameOf(folded),
    given: folded[0] ?? '',
    gender: registry?.pronoun === 'he' || registry?.pronoun === 'she' ? registry.pronoun : genderOfRuns(candidate),
    role,
    roleWords,
    registry,
    mentions: [],
  };
}

/** The first writer's he/she after a name in its sentence. */
function pronounAfter(layout: ParagraphLayout | undefined, run: NameRun): Gender | null {
  if (!layout) return null;
  for (let k = run.end; k < Math.min(layout.tokens.length, run.end + 30); k++) {
    if (layout.tokenSentence[k] !== run.sentence) break;
    if (layout.tokenQuoted[k]) continue;
    const lower = layout.tokens[k]?.lower;
    if (lower === 'he' || lower === 'she') return lower;
  }
  return null;
}

function roleWordsOf(role: string): string[] {
  return role
    .toLowerCase()
    .split(/[^a-z\u00c0-\u024f-]+/)
    .filter((w) => w.length > 2);
}

function orgMention(run: NameRun): OrganizationMention {
  const words = [...run.words];
  if (run.title) words.unshift(...run.title.split(' '));
  while (words.length > 1 && (words[0] === 'The' || words[0] === 'the')) words.shift();
  return {
    name: words.join(' '),
    paragraph: run.paragraph,
    first: run.first,
    end: run.end,
    kind: run.orgLike && run.kind === 'name' ? 'organization' : run.kind,
  };
}

/** People by surname, first name and registry alias, and cached misspelling checks. */
class PeopleLookup {
  readonly bySurname = new Map<string, Person[]>();
  readonly byGiven = new Map<string, Person[]>();
  private readonly misspellings = new Map<string, Person | null>();

  constructor(readonly people: readonly Person[]) {
    for (const person of people) this.include(person);
  }

  /** Adds a person (also one found after the lookup was made). */
  include(person: Person): void {
    const add = (map: Map<string, Person[]>, key: string): void => {
      const list = map.get(key) ?? [];
      if (!list.includes(person)) list.push(person);
      map.set(key, list);
    };
    add(this.bySurname, person.surname);
    for (const alias of person.registry?.aliases ?? []) {
      const folded = foldName(alias);
      if (!folded.includes(' ')) add(this.bySurname, folded);
    }
    if (person.tokens.length > 1) add(this.byGiven, person.given);
    this.misspellings.clear();
  }

  /** "Ms Selwod" for Aroha Selwood: an honorific lets a short surname be two letters off, when nothing conflicts. */
  titledMisspelling(word: string, run: NameRun): Person | null {
    if (!run.title || !honorifics.has(run.title.toLowerCase())) return null;
    const near = this.people.filter(
      (p) =>
        p.tokens.length > 1 && nearSurname(word, p.surname) && !(run.gender && p.gender && p.gender !== run.gender),
    );
    return near.length === 1 ? (near[0] as Person) : null;
  }

  misspelling(word: string): Person | null {
    const cached = this.misspellings.get(word);
    if (cached !== undefined) return cached;
    let found: Person | null = null;
    let count = 0;
    for (const person of this.people) {
      if (person.tokens.length > 1 && looksLikeMisspelling(word, person.surname)) {
        found = person;
        count++;
      }
    }
    const result = count === 1 ? found : null;
    this.misspellings.set(word, result);
    return result;
  }
}

/** Who a one-word name stands for: a surname, a registry person, or a first name. */
function resolveSingle(
  word: string,
  run: NameRun,
  lookup: PeopleLookup,
  lastSeen: ReadonlyMap<number, number>,
  index: RegistryIndex,
  registryCandidates: ReadonlyMap<string, Candidate>,
  ownerOf: ReadonlyMap<Candidate, Person>,
  layouts: readonly ParagraphLayout[],
): Person | null {
  const knight = byFirstName(run) ? lookup.byGiven.get(word) : undefined;
  if (knight?.length === 1) return knight[0] as Person;
  const bySurname = lookup.bySurname.get(word) ?? [];
  if (bySurname.length === 1) return bySurname[0] as Person;
  if (bySurname.length > 1) return pickAmong(bySurname, run, lastSeen, layouts);
  // a registry person named only by surname or title + surname in this article
  const registered = index.surname.get(word);
  if (registered && registered.length === 1) {
    const candidate = registryCandidates.get((registered[0] as RegistryPerson).id);
    const person = candidate ? ownerOf.get(candidate) : undefined;
    if (person) return person;
  }
  if (run.possessive === false && organizationWords.has(word)) return null;
  const byGiven = lookup.byGiven.get(word) ?? [];
  if (byGiven.length === 1) return byGiven[0] as Person;
  if (byGiven.length > 1) return pickAmong(byGiven, run, lastSeen, layouts);
  return null;
}

/**
 * Two people share the name: the honorific's gender decides, else a he/she later in the sentence,
 * else a title they hold, else the one introduced first.
 */
function pickAmong(
  options: readonly Person[],
  run: NameRun,
  lastSeen: ReadonlyMap<number, number>,
  layouts: readonly ParagraphLayout[],
): Person {
  if (run.gender) {
    const matching = options.filter((p) => p.gender === run.gender);
    if (matching.length === 1) return matching[0] as Person;
  }
  const following = run.quoted ? null : pronounAfter(layouts[run.paragraph], run);
  if (following) {
    const compatible = options.filter((p) => p.gender !== (following === 'he' ? 'she' : 'he'));
    if (compatible.length === 1) return compatible[0] as Person;
  }
  if (run.title) {
    const words = roleWordsOf(run.title);
    const matching = options.filter((p) => words.some((w) => p.roleWords.has(w)));
    if (matching.length === 1) return matching[0] as Person;
  }
  // a bare surname shared by several people is, by convention, the principal: the one introduced first
  // (among those already named; the others go by first name or full name)
  const named = options.filter((p) => lastSeen.has(p.index));
  return (named[0] ?? options[0]) as Person;
}

interface RunIndex {
  /** `${paragraph}:${token}` of every name run's first token. */
  readonly starts: ReadonlySet<string>;
  /** `${paragraph}:${sentence}` -> offset of the first unquoted name run in that sentence. */
  readonly firstInSentence: ReadonlyMap<string, number>;
}

function indexRuns(runs: readonly NameRun[]): RunIndex {
  const starts = new Set<string>();
  const firstInSentence = new Map<string, number>();
  for (const run of runs) {
    if (run.kind !== 'name') continue;
    starts.add(`${run.paragraph}:${run.first}`);
    if (run.quoted) continue;
    const key = `${run.paragraph}:${run.sentence}`;
    const current = firstInSentence.get(key);
    if (current === undefined || run.start < current) firstInSentence.set(key, run.start);
  }
  return { starts, firstInSentence };
}

/**
 * Votes that a name is a person's: 1 when a he/she (or his/her) follows it in its sentence before any
 * other name, 2 when He/She opens the next sentence and the name is the first in its own. Organisations
 * and places take "it".
 */
function followedByPersonalPronoun(layouts: readonly ParagraphLayout[], run: NameRun, index: RunIndex): number {
  if (run.quoted) return 0;
  const layout = layouts[run.paragraph];
  if (!layout) return 0;
  const tokens = layout.tokens;
  let k = run.end;
  for (; k < Math.min(tokens.length, run.end + 40); k++) {
    if (layout.tokenSentence[k] !== run.sentence) break;
    if (layout.tokenQuoted[k]) continue;
    const cls = layout.pronouns[k] ?? 0;
    if (pronounGender(cls) !== null) return 1;
    if (cls === Pronoun.It || cls === Pronoun.They) return 0;
    // another name that could be the pronoun's subject (not one after a preposition: "on Route 9")
    if (
      (tokens[k] as Token).upper &&
      index.starts.has(`${run.paragraph}:${k}`) &&
      !prepositions.has(tokens[k - 1]?.lower ?? '')
    )
      return 0;
  }
  if (index.firstInSentence.get(`${run.paragraph}:${run.sentence}`) !== run.start) return 0;
  for (; k < Math.min(tokens.length, run.end + 80); k++) {
    const sentence = layout.tokenSentence[k] ?? 0;
    if (sentence > run.sentence + 1) break;
    if (sentence < run.sentence + 1) continue;
    if (layout.tokenQuoted[k]) continue;
    const t = tokens[k] as Token;
    if (t.kind === 'punct') continue;
    // the next sentence opens with He/She: the strongest sign of a person
    return t.lower === 'he' || t.lower === 'she' ? 2 : 0;
  }
  return 0;
}

/**
 * Gender from honorifics and gendered nouns (already set), then from pronoun votes: a writer's he/she
 * counts for the nearest person named before it in its sentence, or for the only person named in the
 * sentence before when it opens its sentence.
 */
function inferGender(layouts: readonly ParagraphLayout[], people: Person[], mentions: readonly Mention[]): void {
  const votes = people.map(() => ({ he: 0, she: 0 }));
  const byParagraph = new Map<number, Mention[]>();
  for (const mention of mentions) {
    const list = byParagraph.get(mention.paragraph) ?? [];
    list.push(mention);
    byParagraph.set(mention.paragraph, list);
  }
  for (const layout of layouts) {
    const here = (byParagraph.get(layout.index) ?? []).filter((m) => !m.quoted);
    if (here.length === 0) continue;
    here.sort((a, b) => a.first - b.first);
    // the people named in each sentence, and the last one named before the current token
    const bySentence = new Map<number, Set<number>>();
    for (const mention of here) {
      const set = bySentence.get(mention.sentence) ?? new Set<number>();
      set.add(mention.person);
      bySentence.set(mention.sentence, set);
    }
    const tokens = layout.tokens;
    let next = 0;
    let last: Mention | undefined;
    for (let k = 0; k < tokens.length; k++) {
      while (next < here.length && (here[next] as Mention).end <= k) {
        last = here[next] as Mention;
        next++;
      }
      if (layout.tokenQuoted[k]) continue;
      const cls = layout.pronouns[k] ?? 0;
      const g = pronounGender(cls);
      if (g === null) continue;
      const sentence = layout.tokenSentence[k] ?? 0;
      let target: number | undefined = last && last.sentence === sentence ? last.person : undefined;
      if (target === undefined && !unnamedPersonBefore(layout, k)) {
        const previous = bySentence.get(sentence - 1);
        if (previous && previous.size === 1) target = [...previous][0];
      }
      if (target !== undefined) {
        const vote = votes[target];
        // he/she count fully; his/her/him less, since they often point at someone else
        if (vote) vote[g] += cls === Pronoun.He || cls === Pronoun.She ? 1 : 0.34;
      }
    }
  }
  for (const person of people) {
    if (person.gender) continue;
    const vote = votes[person.index];
    if (!vote) continue;
    if (vote.he >= 1 && vote.he > vote.she) person.gender = 'he';
    else if (vote.she >= 1 && vote.she > vote.he) person.gender = 'she';
  }
}
