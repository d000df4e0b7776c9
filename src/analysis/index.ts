/**
 * The news-analysis engine: one article's Markdown in, the contract's per-article record out.
 * Plain TypeScript with no Astro imports, deterministic and offline, so the site's content layer, the
 * CLI (`npm run analyze`) and the tests all run this same function.
 */
import { readDocument } from './document';
import type { ArticleInput } from './input';
import { articleAnalysisSchema, type ArticleAnalysis } from './schema';

export type { ArticleInput, EditorialOverrides, RegistryPerson } from './input';
export type { ArticleAnalysis } from './schema';

export function analyzeArticle(input: ArticleInput): ArticleAnalysis {
  const document = readDocument(input.body);
  void document;
  const analysis: ArticleAnalysis = {
    slug: input.slug,
    title: input.title,
    published: input.published,
    people: [],
    sources: [],
    quotes: [],
    events: [],
    warnings: [],
  };
  return articleAnalysisSchema.parse(analysis);
}
