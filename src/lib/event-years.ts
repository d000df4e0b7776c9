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
