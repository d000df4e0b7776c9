/** Where an editor changes an article: its file on GitHub, opened in the web editor. */

/**
 * `https://github.com/me/quotewire/edit/main/content/articles/<slug>.md`, or undefined when no
 * repository is configured (or its address is not a web address), so no link is shown.
 */
export function editUrl(repositoryUrl: string, slug: string): string | undefined {
  const repository = repositoryUrl
    .trim()
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
  if (!/^https?:\/\/[^/]+\/.+/.test(repository)) return undefined;
  return `${repository}/edit/main/content/articles/${encodeURIComponent(slug)}.md`;
}
