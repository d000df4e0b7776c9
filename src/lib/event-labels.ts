/** Events as readers see them in timelines and lists. */
import type { EventRecord } from '../analysis/schema';
import { formatPeriod, periodOf } from './periods';
import type { TimelineEvent } from './timeline';

/** What happened: the summary, else the expression as written. */
export function eventWhat(event: EventRecord): string {
  return event.summary.trim() || `“${event.expression}”`;
}

/** One event of `article` as a timeline row, linking to its paragraph at `href`. */
export function timelineEvent(event: EventRecord, key: string, href: string): TimelineEvent {
  return {
    key,
    label: `${formatPeriod(event.date, event.precision)} · ${eventWhat(event)}`,
    period: periodOf(event.date, event.precision),
    precision: event.precision,
    future: event.tense === 'future',
    href,
  };
}
