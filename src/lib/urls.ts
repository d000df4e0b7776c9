/**
 * Every internal link goes through here, so the site works at a domain root and under a sub-path.
 * `import.meta.env.BASE_URL` is Astro's `base` ("/" or "/sub-path/").
 */
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A site-internal path ("articles/x/") as a link that honours `base`. */
export function url(path = ''): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}

export const articleUrl = (slug: string): string => url(`articles/${slug}/`);
export const paragraphUrl = (slug: string, paragraph: number): string => `${articleUrl(slug)}#p-${paragraph}`;
export const personUrl = (id: string): string => url(`people/${id}/`);

/** Where a page's link-preview image is: one per article, the site's card for every other page. */
export const ogImagePath = (articleSlug?: string): string =>
  url(articleSlug === undefined ? 'og/site.png' : `og/articles/${articleSlug}.png`);
/** Pixel size of every image at `ogImagePath()`. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;
