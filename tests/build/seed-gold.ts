/**
 * What the finished engine must produce for the seed article, from the gold annotations
 * (`eval/gold/seed.json`) with each speaker and person mapped to their id in `content/people.yaml`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegistry } from '../../src/lib/registry';
import { evalDir } from '../support/eval-dir';

export const seedSlug = '2023-03-13-biden-xi-call';

interface Gold {
  quotes: { text: string; speakerName: string; speakerKey: string; speakerType?: string; paragraph: number }[];
  people: { name: string; key: string }[];
  timex: { expression: string; paragraph: number; date: string; precision: string }[];
}

const gold = JSON.parse(readFileSync(join(evalDir(), 'gold', 'seed.json'), 'utf8')) as Gold;
const registry = loadRegistry('content/people.yaml');

/** The registry id whose id words include the gold key ("sullivan" -> jake-sullivan, "xi" -> xi-jinping). */
function registryId(key: string): string {
  const matches = registry.filter((person) => person.id.split('-').includes(key));
  if (matches.length !== 1) throw new Error(`gold key "${key}" matches ${matches.length} registry people`);
  return matches[0]!.id;
}

export interface SeedQuote {
  readonly text: string;
  readonly paragraph: number;
  /** Registry id of the speaker; null for an anonymous source. */
  readonly speaker: string | null;
  readonly speakerName: string;
}

export const seedQuotes: readonly SeedQuote[] = gold.quotes.map((quote) => ({
  text: quote.text,
  paragraph: quote.paragraph,
  speaker: (quote.speakerType ?? 'person') === 'person' ? registryId(quote.speakerKey) : null,
  speakerName: quote.speakerName,
}));

export const seedPeople: readonly string[] = gold.people.map((person) => registryId(person.key));

export const seedEvents = gold.timex;

/** Words only, lower-case: quote marks, punctuation and spacing do not decide whether two texts match. */
export const words = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
