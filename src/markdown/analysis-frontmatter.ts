/**
 * Hands an article's analysis to the Markdown plugins. The content loader renders
 * `frontmatter + body`; Astro parses that frontmatter into `file.data.astro.frontmatter`, where the
 * plugins read the analysis. JSON is valid YAML, once the characters YAML forbids are escaped.
 */
import type { ArticleAnalysis } from '../analysis/schema';

const KEY = 'analysis';

// C1 controls, line/paragraph separators and non-characters are not printable in YAML.
const yamlUnsafe = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

export function analysisFrontmatter(analysis: ArticleAnalysis): string {
  const json = JSON.stringify({ [KEY]: analysis }).replace(
    yamlUnsafe,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `---\n${json}\n---\n`;
}

interface FileWithFrontmatter {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** The analysis the loader attached to this file, if any (pages rendered elsewhere have none). */
export function analysisOf(file: FileWithFrontmatter): ArticleAnalysis | undefined {
  return file.data.astro?.frontmatter?.[KEY] as ArticleAnalysis | undefined;
}

/** Drops the analysis from the rendered entry's metadata once the plugins are done: it is stored once, in the article's parts. */
export function releaseAnalysis(file: FileWithFrontmatter): void {
  const frontmatter = file.data.astro?.frontmatter;
  if (frontmatter) delete frontmatter[KEY];
}
