/**
 * The news-analysis engine: one article's Markdown in, the contract's per-article record out.
 * Plain TypeScript with no Astro imports, deterministic and offline, so the site's content layer, the
 * CLI (`npm run analyze`) and the tests all run this same function.
 */
import { readDocument } from './document';
import { findEvents } from './events';
import type { ArticleInput } from './input';
import { applyOverrides } from './overrides';
import { articleAnalysisSchema, type ArticleAnalysis } from './schema';
import { analyzeSpeech } from './speech';

export type { ArticleInput, EditorialOverrides, RegistryPerson } from './input';
export type { ArticleAnalysis } from './schema';
export { articleAnalysisSchema } from './schema';

export function analyzeArticle(input: ArticleInput): ArticleAnalysis {
  const document = readDocument(input.body);
  const speech = analyzeSpeech(document, input);
  const events = findEvents(document, {
    published: input.published,
    mentions: speech.mentions,
    quotes: speech.quotes,
  });
  const analysis: ArticleAnalysis = {
    slug: input.slug,
    title: input.title,
    published: input.published,
    people: speech.people,
    sources: speech.sources,
    quotes: speech.quotes,
    events,
    warnings: speech.warnings,
    mentions: speech.mentions,
  };
  return articleAnalysisSchema.parse(applyOverrides(analysis, input.overrides, document, input.registry));
}
