/**
 * Last stage: the editor's corrections from frontmatter win over the engine's reading.
 * (Stub: applies nothing until editorial overrides land.)
 */
import type { ArticleDocument } from './document';
import type { EditorialOverrides } from './input';
import type { ArticleAnalysis } from './schema';

export function applyOverrides(
  analysis: ArticleAnalysis,
  overrides: EditorialOverrides | undefined,
  document: ArticleDocument,
): ArticleAnalysis {
  void overrides;
  void document;
  return analysis;
}
