/** `api/articles/<slug>.json`: the article's analysis, exactly the contract's per-article record. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { ArticleAnalysis } from '../../../analysis/schema';
import { articleParts } from '../../../lib/article-parts';
import { jsonResponse } from '../../../lib/json-response';

export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  return articles.map((article) => ({
    params: { slug: article.id },
    props: { analysis: articleParts(article).analysis },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ analysis: ArticleAnalysis }> = ({ props }) => jsonResponse(props.analysis);
