/**
 * What one generated article is about: its beat, place, institution and subject. Fills the lexicon's
 * slots with this story's words and fresh numbers, so no two articles read the same.
 */
import type { Faker } from '@faker-js/faker';
import { adjectives, places, type Beat } from './lexicon';
import { capitalize, fill } from './text';

export class Scene {
  readonly place: string;
  /** The institution at the centre of the story: "Ashbury Water Board". */
  readonly body: string;
  readonly noun: string;
  readonly action: readonly [present: string, past: string];

  constructor(
    private readonly faker: Faker,
    readonly beat: Beat,
  ) {
    this.place = faker.helpers.arrayElement(places);
    this.body = fill(faker.helpers.arrayElement(beat.bodies), { place: this.place });
    this.noun = faker.helpers.arrayElement(beat.nouns);
    this.action = faker.helpers.arrayElement(beat.actions);
  }

  /** `template` with its slots filled: this story's subject, other words drawn afresh each time. */
  write(template: string): string {
    const { faker, beat } = this;
    const [group, group2] = faker.helpers.arrayElements(beat.groups, 2);
    const adj = faker.helpers.arrayElement(adjectives);
    return fill(template, {
      noun: this.noun,
      body: this.body,
      place: this.place,
      group: group ?? 'residents',
      group2: group2 ?? 'taxpayers',
      adj,
      a_adj: withArticle(adj),
      a_noun: withArticle(this.noun),
      n: String(faker.number.int({ min: 2, max: 90 })),
      m: String(faker.number.int({ min: 2, max: 40 })),
      money: this.money(),
    });
  }

  /** A sentence of `template`, capitalised. */
  sentence(template: string): string {
    return capitalize(this.write(template));
  }

  private money(): string {
    const { faker } = this;
    return faker.datatype.boolean()
      ? `$${faker.number.int({ min: 2, max: 95 })}.${faker.number.int({ min: 1, max: 9 })} million`
      : `$${faker.number.int({ min: 120, max: 990 })},000`;
  }
}

/** "an overdue", "a costly": the indefinite article by the word's first sound, as far as spelling tells. */
function withArticle(word: string): string {
  return `${/^([aeio]|u[^n]|hon)/i.test(word) ? 'an' : 'a'} ${word}`;
}
