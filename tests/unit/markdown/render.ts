/**
 * Renders a fixture the way the site does: Astro's unified Markdown processor with the site's plugins,
 * the analysis handed over as frontmatter. A fixture folder holds `input.md` and `analysis.json` (the
 * quotes and mentions; the other fields of the record are filled in empty).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { articleAnalysisSchema, type ArticleAnalysis } from '../../../src/analysis/schema';
import { rehypeAnnotations } from '../../../src/markdown/rehype-annotations';
import { remarkParagraphIds } from '../../../src/markdown/remark-paragraph-ids';
import config from '../../../astro.config.mjs';

export const fixturesDir = join(import.meta.dirname, 'fixtures', 'annotations');

export const personUrl = (id: string): string => `/people/${id}/`;

const plain = createMarkdownProcessor({ smartypants: false, remarkPlugins: [remarkParagraphIds] });
const annotated = createMarkdownProcessor({
  smartypants: false,
  remarkPlugins: [remarkParagraphIds],
  rehypePlugins: [[rehypeAnnotations, { personUrl }]],
});

const site = config.markdown?.processor?.createRenderer({});

export function readFixture(name: string): { markdown: string; analysis: ArticleAnalysis } {
  const markdown = readFileSync(join(fixturesDir, name, 'input.md'), 'utf8');
  const partial = JSON.parse(readFileSync(join(fixturesDir, name, 'analysis.json'), 'utf8')) as object;
  const analysis = articleAnalysisSchema.parse({
    slug: name,
    title: name,
    published: '2023-03-13',
    people: [],
    sources: [],
    events: [],
    warnings: [],
    mentions: [],
    ...partial,
  });
  return { markdown, analysis };
}

/** HTML and leftover frontmatter of `markdown` rendered with the annotation plugin. */
export async function renderAnnotated(markdown: string, analysis: ArticleAnalysis) {
  const result = await (await annotated).render(markdown, { frontmatter: { analysis } });
  return { html: result.code, frontmatter: result.metadata.frontmatter };
}

/** HTML of `markdown` without the annotation plugin. */
export async function renderPlain(markdown: string): Promise<string> {
  return (await (await plain).render(markdown)).code;
}

/** HTML of `markdown` through the site's configured pipeline (sanitiser included), with its analysis. */
export async function renderThroughSite(markdown: string, analysis: ArticleAnalysis): Promise<string> {
  if (!site) throw new Error('astro.config.mjs sets no markdown.processor');
  return (await (await site).render(markdown, { frontmatter: { analysis } })).code;
}
