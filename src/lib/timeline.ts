/**
 * Lays out a timeline drawn to scale: one row per event, ordered by the start of its period, each event a dot (a day) or a
 * bar over the week, month or year it stands for; expected events in their own group below; publication
 * markers as lines across all rows. Pure geometry in SVG user units, for `Timeline.astro` to draw.
 */
import type { Precision } from '../analysis/schema';
import type { Period } from './periods';

export interface TimelineEvent {
  /** Unique within the timeline. */
  readonly key: string;
  /** "February 2023 · discovery of a spy balloon"; shortened to fit. */
  readonly label: string;
  readonly period: Period;
  readonly precision: Precision;
  /** Expected or planned when the article was published. */
  readonly future: boolean;
  readonly href: string;
}

export interface TimelineMarker {
  /** Instant marked (UTC milliseconds). */
  readonly time: number;
  readonly label: string;
}

export interface PlacedEvent extends TimelineEvent {
  /** Left edge of the mark; for a day, its centre. */
  readonly x: number;
  /** Width of the bar; 0 for a day, drawn as a dot. */
  readonly width: number;
  /** Baseline of the label. */
  readonly labelY: number;
  readonly labelX: number;
  readonly shownLabel: string;
  /** Centre line of the mark. */
  readonly markY: number;
}

export interface Tick {
  readonly x: number;
  readonly label: string;
}

/** What every drawn timeline has: its size, the axis, its ticks and the publication dates drawn. */
export interface TimelineFrame {
  readonly width: number;
  readonly height: number;
  readonly axisY: number;
  readonly left: number;
  readonly right: number;
  readonly ticks: readonly Tick[];
  readonly markers: readonly PlacedMarker[];
}

export type PlacedMarker = TimelineMarker & { readonly x: number };

export interface TimelineLayout extends TimelineFrame {
  readonly rows: readonly PlacedEvent[];
  /** Baseline of the "Expected" heading, when there are expected events. */
  readonly expectedY: number | undefined;
}

export const DAY = 86_400_000;
/** Room at either side of a drawing, and the baseline of its time axis. */
export const MARGIN = 8;
export const AXIS_Y = 22;
const ROW = 38;
const GROUP_GAP = 28;
/** Average advance of a character at the label size, in user units (sans-serif at 12.5). */
export const CHAR_WIDTH = 6.6;
const MIN_BAR = 4;

/**
 * `range`, when given, is the stretch drawn (a year page draws its year): marks are cut to it and
 * markers outside it left out. Without it, the drawing covers every event and marker.
 */
export function layoutTimeline(
  events: readonly TimelineEvent[],
  markers: readonly TimelineMarker[],
  width: number,
  range?: Period,
): TimelineLayout {
  const left = MARGIN;
  const right = width - MARGIN;
  const [from, to] = range ? [range.start, range.end] : domain(events, markers);
  const x = timeScale(from, to, left, right);

  const byDate = [...events].sort((a, b) => a.period.start - b.period.start || a.period.end - b.period.end);
  const past = byDate.filter((event) => !event.future);
  const expected = byDate.filter((event) => event.future);
  let y = AXIS_Y + 8;
  const rows: PlacedEvent[] = [];
  const place = (event: TimelineEvent) => {
    rows.push(placeEvent(event, x, y, left, right));
    y += ROW;
  };
  past.forEach(place);
  let expectedY: number | undefined;
  if (expected.length > 0) {
    expectedY = y + GROUP_GAP - 10;
    y += GROUP_GAP;
    expected.forEach(place);
  }
  return {
    width,
    height: y + 4,
    axisY: AXIS_Y,
    left,
    right,
    ticks: ticks(from, to, x, right - left),
    rows,
    markers: placeMarkers(markers, from, to, x),
    expectedY,
  };
}

/** The markers in [from, to), each at the middle of its day. */
export function placeMarkers(
  markers: readonly TimelineMarker[],
  from: number,
  to: number,
  x: (time: number) => number,
): PlacedMarker[] {
  return markers
    .filter((marker) => marker.time >= from && marker.time < to)
    .map((marker) => ({ ...marker, x: x(marker.time + DAY / 2) }));
}

function placeEvent(
  event: TimelineEvent,
  x: (time: number) => number,
  top: number,
  left: number,
  right: number,
): PlacedEvent {
  const isDay = event.precision === 'day';
  const start = isDay ? x(event.period.start + DAY / 2) : x(event.period.start);
  const barWidth = isDay ? 0 : Math.max(MIN_BAR, x(event.period.end) - start);
  const shownLabel = truncate(event.label, Math.floor((right - left) / CHAR_WIDTH));
  const labelWidth = shownLabel.length * CHAR_WIDTH;
  return {
    ...event,
    x: start,
    width: barWidth,
    labelY: top + 13,
    labelX: Math.max(left, Math.min(start, right - labelWidth)),
    shownLabel,
    markY: top + 24,
  };
}

/** Maps an instant in [from, to] to a position in [left, right]; instants outside are held at the edges. */
export function timeScale(from: number, to: number, left: number, right: number): (time: number) => number {
  return (time) => left + ((Math.min(to, Math.max(from, time)) - from) / (to - from)) * (right - left);
}

/** The drawn stretch of time: every event and marker, with a little room either side. */
export function domain(events: readonly TimelineEvent[], markers: readonly TimelineMarker[]): [number, number] {
  const starts = [...events.map((event) => event.period.start), ...markers.map((marker) => marker.time)];
  const ends = [...events.map((event) => event.period.end), ...markers.map((marker) => marker.time + DAY)];
  if (starts.length === 0) return [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  const from = Math.min(...starts);
  const to = Math.max(...ends);
  const pad = Math.max((to - from) * 0.03, 10 * DAY);
  return [from - pad, to + pad];
}

/** Tick labels near either edge are set inside the drawing rather than centred over it. */
export function tickAnchor(x: number, left: number, right: number): 'start' | 'middle' | 'end' {
  return x < left + 24 ? 'start' : x > right - 24 ? 'end' : 'middle';
}

const monthName = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' });

/** Month ticks (every 1, 2, 3 or 6 months) up to about three years, else year ticks; at least 56 units apart. */
export function ticks(from: number, to: number, x: (time: number) => number, span: number): Tick[] {
  const days = (to - from) / DAY;
  const minGap = 56;
  const monthStep = [1, 2, 3, 6].find((step) => (span / days) * 30.4 * step >= minGap);
  const result: Tick[] = [];
  const first = new Date(from);
  if (monthStep !== undefined && days <= 3 * 366) {
    let year = first.getUTCFullYear();
    let month = Math.ceil((first.getUTCMonth() + (first.getUTCDate() > 1 ? 1 : 0)) / monthStep) * monthStep;
    for (let time = Date.UTC(year, month, 1); time < to; time = Date.UTC(year, month, 1)) {
      const date = new Date(time);
      const showYear = result.length === 0 || date.getUTCMonth() === 0;
      result.push({ x: x(time), label: `${monthName.format(time)}${showYear ? ` ${date.getUTCFullYear()}` : ''}` });
      month += monthStep;
      if (month >= 12) {
        year += Math.floor(month / 12);
        month %= 12;
      }
    }
    return result;
  }
  const yearStep = [1, 2, 5, 10, 25, 50].find((step) => (span / days) * 365.25 * step >= minGap) ?? 100;
  for (
    let year = Math.ceil(first.getUTCFullYear() / yearStep) * yearStep;
    Date.UTC(year, 0, 1) < to;
    year += yearStep
  ) {
    if (Date.UTC(year, 0, 1) >= from) result.push({ x: x(Date.UTC(year, 0, 1)), label: String(year) });
  }
  return result;
}

/** `text` cut to `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(1, max - 1));
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length > max / 2 ? atWord : cut}…`;
}
