/**
 * The corpus plants its quotes, people and dates in plain, unambiguous reporting styles: the engine
 * must find them. A sample, since the bench builds thousands.
 */
import { describe, expect, it } from 'vitest';
import { generateCorpus, type GeneratedArticle } from '../../../scripts/bench/corpus/index';
import { analyzeArticle, type ArticleAnalysis } from '../../../src/analysis/index';

const corpus = generateCorpus({ articles: 12, seed: 11 });
const analysed = corpus.articles.map((article) => ({
  article,
  analysis: analyzeArticle({ ...article, registry: corpus.registry }),
}));
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

function quoteOf(analysis: ArticleAnalysis, text: string) {
  return analysis.quotes.find((quote) => words(quote.text) === words(text));
}

/** Share of `items` for which `ok` holds, with the ones it fails for. */
function score<T>(items: readonly T[], ok: (item: T) => boolean, describe: (item: T) => string) {
  const misses = items.filter((item) => !ok(item)).map(describe);
  return { share: 1 - misses.length / items.length, misses };
}

const each = <T>(pick: (article: GeneratedArticle) => readonly T[]) =>
  analysed.flatMap(({ article, analysis }) => pick(article).map((item) => ({ item, analysis, slug: article.slug })));

describe('the engine on the benchmark corpus', () => {
  it('finds every planted quote, word for word', () => {
    const result = score(
      each((article) => article.quotes),
      ({ item, analysis }) => quoteOf(analysis, item.text) !== undefined,
      ({ item, slug }) => `${slug} p${item.paragraph} ${item.style}: ${item.text}`,
    );
    expect(result.misses).toEqual([]);
  });

  it('names the planted speaker of nearly every quote', () => {
    const result = score(
      each((article) => article.quotes),
      ({ item, analysis }) => {
        const found = quoteOf(analysis, item.text);
        if (item.speaker !== null) return found?.speaker === item.speaker;
        return (
          found?.speaker === null && words(found.speakerName).includes(words(item.speakerName).replace(/^(a|one) /, ''))
        );
      },
      ({ item, slug }) => `${slug} p${item.paragraph} ${item.style}: want ${item.speaker ?? item.speakerName}`,
    );
    expect(result.share, result.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('finds every planted person and time expression', () => {
    const people = score(
      each((article) => article.people),
      ({ item, analysis }) => analysis.people.some((person) => person.id === item.id),
      ({ item, slug }) => `${slug}: ${item.name}`,
    );
    const times = score(
      each((article) => article.times),
      ({ item, analysis }) =>
        analysis.events.some(
          (event) => event.paragraph === item.paragraph && words(event.expression).includes(words(item.expression)),
        ),
      ({ item, slug }) => `${slug} p${item.paragraph}: ${item.expression}`,
    );
    expect(people.misses).toEqual([]);
    expect(times.misses).toEqual([]);
  });
});
