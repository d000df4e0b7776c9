/** Quotes arranged for the quote pages: grouped by article or by speaker, in pages of bounded size. */
import type { QuoteEntry, SiteIndex } from './site-index';

export interface Group<T> {
  readonly key: string;
  readonly items: T[];
}

/** Runs of consecutive items with the same key, in order (a page holds parts of groups). */
export function groupRuns<T>(items: readonly T[], keyOf: (item: T) => string): Group<T>[] {
  const groups: Group<T>[] = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = groups.at(-1);
    if (last?.key === key) last.items.push(item);
    else groups.push({ key, items: [item] });
  }
  return groups;
}

/**
 * Who said it, as one key: a person by id; an organisation by name across articles; an anonymous source
 * only within its article, since "a U.S. official" in two stories need not be the same person.
 */
export function speakerKey({ quote, kind, article }: QuoteEntry): string {
  if (quote.speaker) return `person:${quote.speaker}`;
  if (kind === 'organization') return `organization:${quote.speakerName.toLowerCase()}`;
  return `anonymous:${article.slug}:${quote.speakerName}`;
}

/**
 * Every quote, grouped by speaker: named people first, most quoted first; then organisations, then
 * anonymous sources, each by number of quotes. Within a speaker, newest article first.
 */
export function quotesBySpeaker(index: SiteIndex): QuoteEntry[] {
  const groups = new Map<string, QuoteEntry[]>();
  for (const entry of index.quotes) {
    const key = speakerKey(entry);
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  const rank = { person: 0, organization: 1, anonymous: 2 } as const;
  return [...groups.values()]
    .sort(
      (a, b) =>
        rank[a[0]!.kind] - rank[b[0]!.kind] ||
        b.length - a.length ||
        a[0]!.quote.speakerName.localeCompare(b[0]!.quote.speakerName, 'en'),
    )
    .flat();
}
