/** robots.txt: everything may be crawled; the sitemap's address follows SITE_URL and BASE_PATH. */
import type { APIRoute } from 'astro';
import { url } from '../lib/urls';
import { siteConfig } from '../site-config';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(url('sitemap-index.xml'), site ?? siteConfig.siteUrl).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
