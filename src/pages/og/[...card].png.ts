/**
 * Link-preview images: `og/site.png` for pages without their own, `og/articles/<slug>.png` per article.
 * Pages point at them through `ogImagePath()` (src/lib/urls.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { formatDay } from '../../lib/dates';
import { renderOgImage, type OgCard } from '../../lib/og-image';
import { siteConfig } from '../../site-config';

export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  const site: OgCard = { title: siteConfig.tagline, siteName: siteConfig.name };
  return [
    { params: { card: 'site' }, props: site },
    ...articles.map((article) => ({
      params: { card: `articles/${article.id}` },
      props: {
        title: article.data.title,
        kicker: formatDay(article.data.published),
        siteName: siteConfig.name,
      } satisfies OgCard,
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<OgCard> = async ({ props }) =>
  new Response(await renderOgImage(props), { headers: { 'Content-Type': 'image/png' } });
