/** The cross-article timeline split by year, so no page grows with the archive beyond one year's events. */
import type { EventEntry } from './site-index';

export interface EventYear {
  readonly year: string;
  /** By date. */
  readonly events: readonly EventEntry[];
}

/** Years in order, each with its events; an event belongs to the year its date is written in. */
export function eventsByYear(events: readonly EventEntry[]): EventYear[] {
  const years = new Map<string, EventEntry[]>();
  for (const entry of events) {
    const year = entry.event.date.slice(0, 4);
    const list = years.get(year);
    if (list) list.push(entry);
    else years.set(year, [entry]);
  }
  return [...years].sort(([a], [b]) => a.localeCompare(b)).map(([year, list]) => ({ year, events: list }));
}

/** Events on one page of a year's timeline. */
export const eventsPerYearPage = 60;

/** Address (for `url()`) of page `n` of `year`'s timeline. */
export function yearPagePath(year: string, n = 1): string {
  return n === 1 ? `events/${year}/` : `events/${year}/${n}/`;
}

/** Each event with the address of the year page that lists it, in the order of `years`. */
export function withYearPages(years: readonly EventYear[]): { entry: EventEntry; yearPage: string }[] {
  return years.flatMap(({ year, events }) =>
    events.map((entry, i) => ({ entry, yearPage: yearPagePath(year, Math.floor(i / eventsPerYearPage) + 1) })),
  );
}
