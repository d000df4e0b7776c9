/**
 * Where a build's time went, read from Astro's log: the content sync (analysis and Markdown), the time
 * each page took by section (Astro prints "+12ms" beside every route), and what ran after the pages
 * (integrations such as the search index). Log times are wall-clock seconds, so read them as shares.
 */
import { sectionOf } from './dist-stats';

export interface Phases {
  /** Seconds from "Syncing content" to "Synced content". */
  readonly contentSeconds: number | undefined;
  /** Milliseconds of page rendering by section: "og", "articles", "people/<id>", … */
  readonly routeMs: ReadonlyMap<string, number>;
  /** Seconds from the end of page generation to "Complete!". */
  readonly afterPagesSeconds: number | undefined;
}

const clock = /^(\d\d):(\d\d):(\d\d) /;
const route = /[├└]─ \/(\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/;

export function phasesOf(log: string): Phases {
  const lines = log.split('\n');
  const at = (pattern: RegExp, from = 0): number | undefined => {
    const index = lines.findIndex((line, i) => i >= from && pattern.test(line));
    return index === -1 ? undefined : index;
  };
  const seconds = (index: number | undefined): number | undefined => {
    const match = index === undefined ? null : clock.exec(lines[index] ?? '');
    return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : undefined;
  };
  const between = (start: number | undefined, end: number | undefined) => {
    const [a, b] = [seconds(start), seconds(end)];
    return a === undefined || b === undefined ? undefined : (b - a + 86_400) % 86_400;
  };

  const routeMs = new Map<string, number>();
  for (const line of lines) {
    const match = route.exec(line);
    if (!match) continue;
    const path = match[1]!.endsWith('/') ? `${match[1]}index.html` : match[1]!;
    const ms = Number(match[2]) * (match[3] === 's' ? 1000 : 1);
    const section = sectionOf(path);
    routeMs.set(section, (routeMs.get(section) ?? 0) + ms);
  }
  const pagesDone = at(/generating static routes/);
  const pagesEnd = pagesDone === undefined ? undefined : at(/✓ Completed in/, pagesDone);
  return {
    contentSeconds: between(at(/\[content\] Syncing content/), at(/\[content\] Synced content/)),
    routeMs,
    afterPagesSeconds: between(pagesEnd, at(/\[build\] Complete!/)),
  };
}
