/**
 * Paragraph writers: each adds one paragraph to the draft in a house style seen in real reporting,
 * recording the quotes and time expressions it plants.
 */
import type { Faker } from '@faker-js/faker';
import type { CastMember } from './cast';
import type { ArticleDraft, Speaker } from './draft';
import { anonymityReasons, anonymousSources, narrativeLines, partialLines, quoteLines, reminders } from './lexicon';
import type { Scene } from './scene';

export interface Writer {
  readonly faker: Faker;
  readonly draft: ArticleDraft;
  readonly scene: Scene;
  readonly published: Date;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const speakerOf = (person: CastMember): Speaker => ({ id: person.id, name: person.name });

function quoteLine({ faker, scene }: Writer): string {
  return scene.sentence(faker.helpers.arrayElement(quoteLines));
}

function narrative({ faker, scene }: Writer, count: number): string {
  return faker.helpers
    .arrayElements(narrativeLines, count)
    .map((line) => scene.sentence(line))
    .join(' ');
}

/** The person's name as the text gives it: in full with their role the first time, then the surname. */
function named(writer: Writer, person: CastMember): string {
  if (writer.draft.introduced.has(person.id)) return person.surname;
  writer.draft.introduced.add(person.id);
  return `${person.name}, ${person.role},`;
}

export function lead(writer: Writer): void {
  const { draft, scene, faker } = writer;
  const day = draft.time(faker.helpers.arrayElement(WEEKDAYS), 'past');
  const span = faker.number.int({ min: 3, max: 30 });
  draft.add(
    `The ${scene.body} ${scene.action[1]} the ${scene.noun} on ${day}, ending ${span} months of argument over who ` +
      `should pay for it. ${narrative(writer, 1)}`,
  );
}

/** “…,” said Ada Lindqvist, chair of the …  */
export function saidName(writer: Writer, person: CastMember): void {
  const { draft } = writer;
  const firstTime = !draft.introduced.has(person.id);
  const text = draft.quote(quoteLine(writer), speakerOf(person), firstTime ? 'said-name' : 'name-said');
  const who = firstTime ? `said ${named(writer, person).replace(/,$/, '')}.` : `${person.surname} said.`;
  draft.add(`“${text},” ${who} ${narrative(writer, 1)}`);
}

/** Ada Lindqvist, chair of the …, said: “…” Then a second quote, attributed by continuation. */
export function colonWithContinuation(writer: Writer, person: CastMember): void {
  const { draft } = writer;
  const subject = named(writer, person);
  const first = draft.quote(quoteLine(writer), speakerOf(person), 'colon');
  const second = draft.quote(quoteLine(writer), speakerOf(person), 'continuation');
  draft.add(`${subject} said: “${first}.” “${second}.”`);
}

/** “…,” she said. Follows a paragraph in which `person` was the last one named. */
export function pronoun(writer: Writer, person: CastMember): void {
  const { draft, faker } = writer;
  const text = draft.quote(quoteLine(writer), speakerOf(person), 'pronoun');
  const month = draft.time(faker.helpers.arrayElement(MONTHS), 'past');
  draft.add(`“${text},” ${person.pronoun} said, adding that the matter had first come up in ${month}.`);
}

export function anonymous(writer: Writer): void {
  const { draft, faker } = writer;
  const source = faker.helpers.arrayElement(anonymousSources);
  const text = draft.quote(quoteLine(writer), { id: null, name: source }, 'anonymous');
  const reason = faker.helpers.arrayElement(anonymityReasons);
  draft.add(
    `“${text},” said ${source}, who spoke on condition of anonymity because ${reason}. ${narrative(writer, 1)}`,
  );
}

export function statement(writer: Writer): void {
  const { draft, scene } = writer;
  const text = draft.quote(quoteLine(writer), { id: null, name: scene.body }, 'organization');
  draft.add(`In a statement, the ${scene.body} said: “${text}.” ${narrative(writer, 1)}`);
}

/** Lindqvist called the plan “a fragile compromise” and … */
export function partial(writer: Writer, person: CastMember): void {
  const { draft, scene, faker } = writer;
  const subject = named(writer, person);
  const text = draft.quote(scene.write(faker.helpers.arrayElement(partialLines)), speakerOf(person), 'partial');
  draft.add(`${subject} called the ${scene.noun} “${text}” and said the vote should wait. ${narrative(writer, 1)}`);
}

export function background(writer: Writer): void {
  const { draft, scene, faker, published } = writer;
  const year = draft.time(String(published.getUTCFullYear() - faker.number.int({ min: 2, max: 9 })), 'past');
  draft.add(`The ${scene.noun} was first proposed in ${year}. ${narrative(writer, 2)}`);
}

export function lastWeek(writer: Writer, person: CastMember): void {
  const { draft, scene } = writer;
  const when = draft.time('Last week', 'past');
  draft.add(
    `${when}, ${named(writer, person)} met ${scene.write('{group}')} to discuss the ${scene.noun}. ${narrative(writer, 1)}`,
  );
}

export function closing(writer: Writer): void {
  const { draft, scene, faker } = writer;
  const when = faker.datatype.boolean() ? `next ${faker.helpers.arrayElement(WEEKDAYS)}` : 'next month';
  draft.time(when, 'future');
  draft.add(`The ${scene.body} is expected to return to the ${scene.noun} ${when}. ${narrative(writer, 1)}`);
}

/** Narrative with no quote; it names `person` again when the text has introduced them. */
export function filler(writer: Writer, person: CastMember): void {
  const { draft, faker } = writer;
  const reminder = draft.introduced.has(person.id)
    ? ` ${faker.helpers.arrayElement(reminders).replace('{surname}', person.surname)}`
    : '';
  draft.add(`${narrative(writer, faker.number.int({ min: 2, max: 3 }))}${reminder}`);
}
