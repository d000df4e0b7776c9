/** One generated article: a news story of about `words` words in Markdown, with what it plants. */
import type { Faker } from '@faker-js/faker';
import { pickCast, type CastMember } from './cast';
import { ArticleDraft, type PlantedQuote, type PlantedTime } from './draft';
import { beats } from './lexicon';
import * as write from './paragraphs';
import { Scene } from './scene';
import { capitalize, slugOf, wordCount } from './text';

export interface GeneratedArticle {
  readonly slug: string;
  /** The whole file: frontmatter and body. */
  readonly source: string;
  /** The Markdown after the frontmatter. */
  readonly body: string;
  readonly title: string;
  readonly published: string;
  /** Words of the body. */
  readonly words: number;
  /** Everyone the text names. */
  readonly people: readonly { readonly id: string; readonly name: string }[];
  readonly quotes: readonly PlantedQuote[];
  readonly times: readonly PlantedTime[];
}

const FIRST_DAY = Date.UTC(2016, 0, 1);
const LAST_DAY = Date.UTC(2024, 11, 31);

const titleEndings = [
  'after {n} months of debate',
  'despite objections from {group}',
  'as {group} push for changes',
  'in a {n}-{m} vote',
];

export function generateArticle(
  faker: Faker,
  pool: readonly CastMember[],
  index: number,
  targetWords: number,
): GeneratedArticle {
  const scene = new Scene(faker, faker.helpers.arrayElement(beats));
  const published = new Date(faker.date.between({ from: FIRST_DAY, to: LAST_DAY }).setUTCHours(0, 0, 0, 0));
  const cast = pickCast(faker, pool, faker.number.int({ min: 3, max: 5 }));
  const [first, second, third, ...others] = cast as [CastMember, CastMember, CastMember, ...CastMember[]];
  const draft = new ArticleDraft();
  const writer: write.Writer = { faker, draft, scene, published };

  write.lead(writer);
  write.saidName(writer, first);
  write.background(writer);
  write.colonWithContinuation(writer, second);
  write.pronoun(writer, second);
  write.anonymous(writer);
  write.statement(writer);
  write.partial(writer, first);
  write.lastWeek(writer, third);
  write.saidName(writer, third);
  for (const person of others) write.saidName(writer, person);
  const closingWords = 45;
  for (let turn = 0; draft.words < targetWords - closingWords; turn++) {
    const person = faker.helpers.arrayElement(cast);
    if (turn % 2 === 0) write.filler(writer, person);
    else write.saidName(writer, person);
  }
  write.closing(writer);

  const day = published.toISOString().slice(0, 10);
  const title = capitalize(
    `${scene.body} ${scene.action[0]} ${scene.noun} ${scene.write(faker.helpers.arrayElement(titleEndings))}`,
  );
  const slug = `${day}-${slugOf(title).split('-').slice(0, 7).join('-')}-${index + 1}`;
  const body = draft.paragraphs.join('\n\n');
  const frontmatter = [
    `title: ${JSON.stringify(title)}`,
    `published: "${day}"`,
    `dek: ${JSON.stringify(scene.sentence('The {body} says the {noun} is {adj}; {group} are not so sure.'))}`,
    `tags: [${scene.beat.tags.join(', ')}]`,
  ];
  return {
    slug,
    source: `---\n${frontmatter.join('\n')}\n---\n\n${body}\n`,
    body,
    title,
    published: day,
    words: wordCount(body),
    people: cast.map(({ id, name }) => ({ id, name })),
    quotes: draft.quotes,
    times: draft.times,
  };
}
