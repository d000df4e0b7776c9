/** Site-wide settings, from the environment where a deployment needs to set them. */
function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/*/, '/').replace(/\/*$/, '/');
  return trimmed === '//' ? '/' : trimmed;
}

export const siteConfig = {
  name: 'Quotewire',
  tagline: 'Who said what, about whom, and when: news articles beside their quotes, people and dates.',
  /** Absolute origin the site is served from, for canonical URLs and feeds. */
  siteUrl: process.env['SITE_URL'] ?? 'http://localhost:4321',
  /** Path prefix when the site is served under a sub-path, e.g. "/quotewire/". */
  basePath: normaliseBase(process.env['BASE_PATH']),
  /** Repository web address, for "Edit this page" links. */
  repositoryUrl: process.env['REPOSITORY_URL'] ?? '',
  lang: 'en',
} as const;
