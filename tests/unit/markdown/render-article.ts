/**
 * Renders Markdown through the site's own Markdown pipeline (the processor in `astro.config.mjs`, with
 * the steps Astro adds around its plugins), so tests see exactly the HTML an article page gets.
 */
import config from '../../../astro.config.mjs';

const processor = config.markdown?.processor;
if (!processor) throw new Error('astro.config.mjs sets no markdown.processor');
const renderer = await processor.createRenderer({});

export async function renderArticle(markdown: string): Promise<string> {
  const { code } = await renderer.render(markdown);
  return code;
}
