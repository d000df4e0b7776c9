/**
 * The people of the benchmark corpus: a fixed pool of fictional names, each with a role, reused across
 * articles with Zipf-like frequency (the first few appear in many stories, most in a handful). The
 * most frequent ones also get entries in the people registry, so registry matching is exercised too.
 */
import type { Faker } from '@faker-js/faker';
import type { Person } from '../../../src/schemas/person';
import { beats, places, roleTemplates } from './lexicon';
import { capitalize, fill, slugOf } from './text';

export interface CastMember {
  readonly id: string;
  readonly name: string;
  readonly surname: string;
  readonly pronoun: 'he' | 'she';
  /** As the text introduces them: "spokeswoman for the Ashbury Water Board". */
  readonly role: string;
  readonly sourceType: 'official' | 'expert' | 'other';
  /** Whether the corpus's people registry lists them. */
  readonly inRegistry: boolean;
}

const simpleName = /^[A-Z][a-z]{2,}$/;

/**
 * `size` people with distinct surnames (no two share their first three letters, so no surname reads as
 * a misspelling of another), none of them a word the corpus uses otherwise.
 */
export function peoplePool(
  faker: Faker,
  size: number,
  registrySize: number,
  reservedWords: ReadonlySet<string>,
): CastMember[] {
  const pool: CastMember[] = [];
  const prefixes = new Set<string>();
  for (let attempt = 0; pool.length < size; attempt++) {
    if (attempt > size * 50) throw new Error(`could not find ${size} distinct surnames (found ${pool.length})`);
    const sex = faker.helpers.arrayElement(['female', 'male'] as const);
    const first = faker.person.firstName(sex);
    const surname = faker.person.lastName();
    const prefix = surname.slice(0, 3).toLowerCase();
    if (!simpleName.test(first) || !simpleName.test(surname) || prefixes.has(prefix)) continue;
    if (reservedWords.has(surname.toLowerCase()) || reservedWords.has(first.toLowerCase())) continue;
    prefixes.add(prefix);
    const pronoun = sex === 'female' ? 'she' : 'he';
    const template = faker.helpers.arrayElement(roleTemplates);
    const body = fill(faker.helpers.arrayElement(faker.helpers.arrayElement(beats).bodies), {
      place: faker.helpers.arrayElement(places),
    });
    const role = fill(template.title, {
      body,
      place: faker.helpers.arrayElement(places),
      person: sex === 'female' ? 'woman' : 'man',
    });
    const name = `${first} ${surname}`;
    pool.push({
      id: slugOf(name),
      name,
      surname,
      pronoun,
      role,
      sourceType: template.kind,
      inRegistry: pool.length < registrySize,
    });
  }
  return pool;
}

/** The registry entries of the pool's registry people, in the shape of `content/people.yaml`. */
export function registryEntries(pool: readonly CastMember[]): Person[] {
  return pool
    .filter((member) => member.inRegistry)
    .map((member) => ({
      id: member.id,
      name: member.name,
      pronoun: member.pronoun,
      sourceType: member.sourceType,
      roles: [{ title: capitalize(member.role.replace(/^(a|an|the) /, '')), from: '2015' }],
      description: `${member.name}, ${member.role}. A fictional person of the benchmark corpus.`,
    }));
}

/** Picks `count` different people, the pool's first ones far more often (weight 1 / rank). */
export function pickCast(faker: Faker, pool: readonly CastMember[], count: number): CastMember[] {
  const weighted = pool.map((value, rank) => ({ value, weight: 1 / (rank + 1) }));
  const cast = new Set<CastMember>();
  while (cast.size < Math.min(count, pool.length)) cast.add(faker.helpers.weightedArrayElement(weighted));
  return [...cast];
}
