/**
 * What the end-to-end tests expect of the seed article, taken from the gold annotations
 * (`eval/gold/seed.json`) and the people registry rather than written out here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegistry } from '../../src/lib/registry';
import { evalDir } from '../support/eval-dir';

export const seedSlug = '2023-03-13-biden-xi-call';
export const seedHeadline = 'Biden seeks a phone call with Xi';

interface GoldQuote {
  readonly text: string;
  readonly speakerName: string;
  readonly paragraph: number;
  readonly partial: boolean;
}

const gold = JSON.parse(readFileSync(join(evalDir(), 'gold', 'seed.json'), 'utf8')) as { quotes: GoldQuote[] };
const registry = loadRegistry('content/people.yaml');

/** The seed's first whole quote by a registered person: its text, paragraph and speaker's registry id. */
export const seedQuote = (() => {
  for (const quote of gold.quotes) {
    const person = registry.find((entry) => entry.name === quote.speakerName);
    if (person && !quote.partial) return { ...quote, speaker: person.id };
  }
  throw new Error('the gold seed has no whole quote by a registered person');
})();
