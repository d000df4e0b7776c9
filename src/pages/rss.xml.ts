/** The RSS feed of articles, newest first, with each article's full text. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articleParts } from '../lib/article-parts';
import { articlesNewestFirst } from '../lib/articles';
import { feedHtml } from '../lib/feed-html';
import { articleUrl, url } from '../lib/urls';
import { siteConfig } from '../site-config';

/** Articles in the feed: enough for any reader polling daily, without growing with the archive. */
const FEED_LENGTH = 50;

export const GET: APIRoute = async ({ site }) => {
  const home = new URL(url(), site ?? siteConfig.siteUrl);
  const articles = (await articlesNewestFirst()).slice(0, FEED_LENGTH);
  return rss({
    title: siteConfig.name,
    description: siteConfig.tagline,
    site: home,
    items: await Promise.all(
      articles.map(async (article) => {
        const { id, data } = article;
        const link = new URL(articleUrl(id), home).href;
        return {
          title: data.title,
          link,
          pubDate: new Date(`${data.published}T00:00:00Z`),
          description: data.dek ?? data.title,
          content: await feedHtml(articleParts(article).body, link),
          categories: data.tags ?? [],
        };
      }),
    ),
    customData: `<language>${siteConfig.lang}</language>`,
  });
};
