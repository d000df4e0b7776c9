/**
 * The site index for the pages: built once per build from the content collections and shared by every
 * page and endpoint. In development it is rebuilt on each request, so edits show up.
 */
import { getCollection } from 'astro:content';
import { readDocument } from '../analysis/document';
import { articleParts } from './article-parts';
import { quoteContexts } from './quote-context';
import { buildSiteIndex, type SiteIndex } from './site-index';

let built: Promise<SiteIndex> | undefined;

export function siteIndex(): Promise<SiteIndex> {
  if (import.meta.env.DEV) return loadSiteIndex();
  built ??= loadSiteIndex();
  return built;
}

async function loadSiteIndex(): Promise<SiteIndex> {
  const [articles, people] = await Promise.all([getCollection('articles'), getCollection('people')]);
  return buildSiteIndex(
    articles.map((entry) => {
      const { analysis, body } = articleParts(entry);
      return {
        slug: entry.id,
        title: entry.data.title,
        published: entry.data.published,
        analysis,
        quoteContexts: quoteContexts(readDocument(body), analysis.quotes),
      };
    }),
    people.map((entry) => entry.data),
  );
}
