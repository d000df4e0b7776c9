/**
 * The benchmark corpus: `count` unique, realistic news articles from a seed. Article `i` depends only on
 * the seed and `i`, so a smaller corpus is the start of a larger one and sizes compare fairly.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Faker, en } from '@faker-js/faker';
import { stringify } from 'yaml';
import type { Person } from '../../../src/schemas/person';
import { generateArticle, type GeneratedArticle } from './article';
import { peoplePool, registryEntries } from './cast';
import * as lexicon from './lexicon';

export type { GeneratedArticle } from './article';
export type { PlantedQuote, PlantedTime, QuoteStyle } from './draft';

export interface CorpusOptions {
  readonly articles: number;
  readonly seed?: number | undefined;
  /** Body length to aim for; articles come out a little over it. */
  readonly words?: number | undefined;
  /** Fictional people to draw from, and how many of the most frequent the registry lists. */
  readonly people?: number | undefined;
  readonly registryPeople?: number | undefined;
}

export interface Corpus {
  readonly articles: readonly GeneratedArticle[];
  /** Registry entries for the corpus's most frequent people, to add to `people.yaml`. */
  readonly registry: readonly Person[];
}

export function generateCorpus(options: CorpusOptions): Corpus {
  const seed = options.seed ?? 1;
  const faker = new Faker({ locale: [en] });
  faker.seed([seed, 0]);
  const pool = peoplePool(faker, options.people ?? 300, options.registryPeople ?? 40, lexiconWords());
  const articles = Array.from({ length: options.articles }, (_, index) => {
    faker.seed([seed, 1, index]);
    return generateArticle(faker, pool, index, options.words ?? 700);
  });
  return { articles, registry: registryEntries(pool) };
}

/**
 * Writes the corpus as a content folder: `articles/` holds only the corpus, and `people.yaml` is
 * `baseRegistry` (a people.yaml file) with the corpus's people added after its own, as written.
 */
export function writeCorpus(contentDir: string, corpus: Corpus, baseRegistry: string): void {
  const articlesDir = join(contentDir, 'articles');
  rmSync(articlesDir, { recursive: true, force: true });
  mkdirSync(articlesDir, { recursive: true });
  for (const article of corpus.articles) writeFileSync(join(articlesDir, `${article.slug}.md`), article.source);
  const base = readFileSync(baseRegistry, 'utf8').trimEnd();
  // Quoted strings, as the registry wants its dates ("2015", not 2015).
  const added = stringify(corpus.registry, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  writeFileSync(join(contentDir, 'people.yaml'), `${base === '' || base === '[]' ? '' : `${base}\n`}${added}`);
}

/** Every word the lexicon uses, so no person's name is also a word of the text. */
function lexiconWords(): Set<string> {
  const text = JSON.stringify(lexicon).toLowerCase();
  return new Set(text.match(/[a-z]+/g) ?? []);
}
