/**
 * The stretch of time an event's date stands for: a day, an ISO week, a month or a year. A month-precision
 * event is the whole month, so timelines draw it as a span and sort it by its first day.
 */
import type { Precision } from '../analysis/schema';
import { formatDay } from './dates';

const DAY = 86_400_000;

export interface Period {
  /** First instant, UTC milliseconds. */
  readonly start: number;
  /** First instant after the period. */
  readonly end: number;
}

/** The period `date` (2023-03-13 | 2023-W12 | 2023-03 | 2023) covers. */
export function periodOf(date: string, precision: Precision): Period {
  const year = Number(date.slice(0, 4));
  switch (precision) {
    case 'day': {
      const start = Date.parse(`${date}T00:00:00Z`);
      return { start, end: start + DAY };
    }
    case 'week': {
      const start = isoWeekMonday(year, Number(date.slice(6)));
      return { start, end: start + 7 * DAY };
    }
    case 'month': {
      const month = Number(date.slice(5, 7)) - 1;
      return { start: Date.UTC(year, month, 1), end: Date.UTC(year, month + 1, 1) };
    }
    case 'year':
      return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
  }
}

/** Monday of ISO week `week`: week 1 is the week with the year's first Thursday (and so 4 January). */
function isoWeekMonday(year: number, week: number): number {
  const january4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(january4).getUTCDay() + 6) % 7;
  return january4 - weekday * DAY + (week - 1) * 7 * DAY;
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "10 March 2023", "week of 20 March 2023", "February 2023", "2023". */
export function formatPeriod(date: string, precision: Precision): string {
  const { start } = periodOf(date, precision);
  switch (precision) {
    case 'day':
      return formatDay(date);
    case 'week':
      return `week of ${formatDay(isoDay(start))}`;
    case 'month':
      return monthFormat.format(start);
    case 'year':
      return date;
  }
}

/** YYYY-MM-DD of a UTC instant. */
export function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
