/**
 * Checks every internal link of a built site with linkinator, over HTTP the way a reader follows them:
 * from the home page, recursively, fragments included (`#p-3` must name an element on its page).
 */
import { LinkChecker, LinkState } from 'linkinator';
import { serveSite } from './static-site';

export interface LinkReport {
  /** "address (status): why, on page" for each broken link. */
  readonly broken: string[];
  /** Internal links checked and found working, fragments included. */
  readonly ok: string[];
}

export async function checkLinks(dir: string, base: string): Promise<LinkReport> {
  const site = await serveSite(dir, base);
  try {
    const origin = new URL(site.url).origin;
    const result = await new LinkChecker().check({
      path: site.url,
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      linksToSkip: async (link) => !link.startsWith(origin),
    });
    const describe = (link: (typeof result.links)[number]) => {
      const why = (link.failureDetails ?? []).map((detail) => ('message' in detail ? detail.message : '')).join('; ');
      return `${link.url} (${link.status ?? 'no response'}): ${why} on ${link.parent ?? 'the start page'}`;
    };
    return {
      broken: result.links.filter((link) => link.state === LinkState.BROKEN).map(describe),
      ok: result.links.filter((link) => link.state === LinkState.OK).map((link) => link.url),
    };
  } finally {
    await site.close();
  }
}
