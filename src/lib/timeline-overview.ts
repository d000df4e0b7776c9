/**
 * Lays out the overview timeline of `/events/`: every dated event of the archive on one axis drawn to the
 * scale of `timeline.ts`, what happened in one lane and what was expected in another below it. A mark is a
 * dot (a day) or a bar (a week, month or year); marks that would overlap stack in sub-rows. When the archive
 * holds too many events for that, or a lane would need too many sub-rows, the events are counted per month
 * (per year when month bars would be too thin to see) and drawn as bars of those counts instead.
 * Pure geometry in SVG user units, for `TimelineOverview.astro` to draw.
 */
import {
  AXIS_Y,
  DAY,
  domain,
  MARGIN,
  placeMarkers,
  ticks,
  timeScale,
  type TimelineEvent,
  type TimelineFrame,
  type TimelineMarker,
} from './timeline';

export interface OverviewEvent extends TimelineEvent {
  /** The page of the year's timeline that lists the event, where a count of it links to. */
  readonly yearHref: string;
}

export interface OverviewMark extends OverviewEvent {
  /** Left edge of a bar; the centre of a dot. */
  readonly x: number;
  /** 0 for a day, drawn as a dot. */
  readonly width: number;
  /** Centre line of the mark. */
  readonly y: number;
}

export interface OverviewBin {
  /** YYYY-MM for a month, YYYY for a year. */
  readonly key: string;
  readonly start: number;
  readonly past: number;
  readonly expected: number;
  /** The year page listing the bin's first event. */
  readonly href: string;
  readonly x: number;
  readonly width: number;
  readonly pastHeight: number;
  readonly expectedHeight: number;
}

interface Frame extends TimelineFrame {
  /** Baselines of the lane headings. */
  readonly pastLabelY: number;
  readonly expectedLabelY: number | undefined;
}

export interface MarksLayout extends Frame {
  readonly kind: 'marks';
  readonly marks: readonly OverviewMark[];
}

export interface BinsLayout extends Frame {
  readonly kind: 'bins';
  readonly unit: 'month' | 'year';
  readonly bins: readonly OverviewBin[];
  /** Where the bars of each lane stand. */
  readonly pastBase: number;
  readonly expectedBase: number | undefined;
}

export type OverviewLayout = MarksLayout | BinsLayout;

const LANE_LABEL = 18;
const SUB_ROW = 12;
const DOT_RADIUS = 4;
const MIN_BAR = 3;
const GAP = 2;
const LANE_GAP = 14;
/** More events than this are counted rather than drawn one by one. */
export const MAX_MARKS = 300;
/** More sub-rows than this in a lane and the events are counted instead. */
export const MAX_SUB_ROWS = 8;
const BAR_HEIGHT = 72;
/** Month bars narrower than this are counted by year instead. */
const MIN_MONTH_WIDTH = 3;

export function layoutOverview(
  events: readonly OverviewEvent[],
  markers: readonly TimelineMarker[],
  width: number,
): OverviewLayout {
  const left = MARGIN;
  const right = width - MARGIN;
  const [from, to] = domain(events, markers);
  const x = timeScale(from, to, left, right);
  const axis = { width, axisY: AXIS_Y, left, right, ticks: ticks(from, to, x, right - left) };
  const byDate = [...events].sort((a, b) => a.period.start - b.period.start || a.period.end - b.period.end);
  const marks = events.length <= MAX_MARKS ? stackMarks(byDate, x) : undefined;
  // Counted, the archive has too many articles for a line at each publication date.
  if (marks) return { ...axis, ...marks, markers: placeMarkers(markers, from, to, x) };
  return { ...axis, ...countByPeriod(byDate, from, to, x), markers: [] };
}

/** One mark per event, each lane's marks stacked in sub-rows; undefined when a lane needs too many. */
function stackMarks(byDate: readonly OverviewEvent[], x: (time: number) => number) {
  const placed = (event: OverviewEvent) => {
    const isDay = event.precision === 'day';
    const start = isDay ? x(event.period.start + DAY / 2) : x(event.period.start);
    const barWidth = isDay ? 0 : Math.max(MIN_BAR, x(event.period.end) - start);
    const extent: [number, number] = isDay ? [start - DOT_RADIUS, start + DOT_RADIUS] : [start, start + barWidth];
    return { event, start, barWidth, extent };
  };
  const past = lanes(byDate.filter((event) => !event.future).map(placed));
  const expected = lanes(byDate.filter((event) => event.future).map(placed));
  if (!past || !expected) return undefined;

  const pastLabelY = AXIS_Y + LANE_LABEL;
  const pastTop = pastLabelY + 6;
  const pastRows = Math.max(1, past.rows);
  const expectedLabelY = expected.rows > 0 ? pastTop + pastRows * SUB_ROW + LANE_GAP + 10 : undefined;
  const expectedTop = (expectedLabelY ?? 0) + 6;
  const marks: OverviewMark[] = [
    ...past.placed.map(({ item, row }) => mark(item, pastTop + row * SUB_ROW)),
    ...expected.placed.map(({ item, row }) => mark(item, expectedTop + row * SUB_ROW)),
  ];
  const bottom = expectedLabelY === undefined ? pastTop + pastRows * SUB_ROW : expectedTop + expected.rows * SUB_ROW;
  return { kind: 'marks' as const, marks, pastLabelY, expectedLabelY, height: bottom + 6 };

  function mark(item: ReturnType<typeof placed>, top: number): OverviewMark {
    return { ...item.event, x: item.start, width: item.barWidth, y: top + SUB_ROW / 2 };
  }
}

/** Greedy interval stacking: each item goes in the first sub-row it does not overlap. */
function lanes<T extends { extent: [number, number] }>(items: readonly T[]) {
  const rowEnds: number[] = [];
  const placed: { item: T; row: number }[] = [];
  for (const item of items) {
    let row = rowEnds.findIndex((end) => end + GAP <= item.extent[0]);
    if (row === -1) {
      if (rowEnds.length === MAX_SUB_ROWS) return undefined;
      row = rowEnds.length;
      rowEnds.push(item.extent[1]);
    } else rowEnds[row] = item.extent[1];
    placed.push({ item, row });
  }
  return { placed, rows: rowEnds.length };
}

/** Events counted per month (or year) of the start of their period, as bars of a shared height scale. */
function countByPeriod(byDate: readonly OverviewEvent[], from: number, to: number, x: (time: number) => number) {
  const months = (to - from) / (30.44 * DAY);
  const unit: BinsLayout['unit'] = (x(to) - x(from)) / months >= MIN_MONTH_WIDTH ? 'month' : 'year';
  const counts = new Map<string, { start: number; end: number; past: number; expected: number; href: string }>();
  for (const event of byDate) {
    const date = new Date(event.period.start);
    const [year, month] = [date.getUTCFullYear(), date.getUTCMonth()];
    const key = unit === 'month' ? `${year}-${String(month + 1).padStart(2, '0')}` : String(year);
    let bin = counts.get(key);
    if (!bin) {
      const start = unit === 'month' ? Date.UTC(year, month, 1) : Date.UTC(year, 0, 1);
      const end = unit === 'month' ? Date.UTC(year, month + 1, 1) : Date.UTC(year + 1, 0, 1);
      bin = { start, end, past: 0, expected: 0, href: event.yearHref };
      counts.set(key, bin);
    }
    if (event.future) bin.expected += 1;
    else bin.past += 1;
  }
  const most = Math.max(1, ...[...counts.values()].flatMap((bin) => [bin.past, bin.expected]));
  const height = (count: number) => (count === 0 ? 0 : Math.max(2, (count / most) * BAR_HEIGHT));
  const hasExpected = byDate.some((event) => event.future);
  const pastLabelY = AXIS_Y + LANE_LABEL;
  const pastBase = pastLabelY + 6 + BAR_HEIGHT;
  const expectedLabelY = hasExpected ? pastBase + LANE_GAP + 10 : undefined;
  const expectedBase = expectedLabelY === undefined ? undefined : expectedLabelY + 6 + BAR_HEIGHT;
  const bins = [...counts].map(([key, bin]): OverviewBin => {
    const left = x(bin.start);
    return {
      key,
      start: bin.start,
      past: bin.past,
      expected: bin.expected,
      href: bin.href,
      x: left,
      width: Math.max(1, x(bin.end) - left - 1),
      pastHeight: height(bin.past),
      expectedHeight: height(bin.expected),
    };
  });
  const bottom = expectedBase ?? pastBase;
  return { kind: 'bins' as const, unit, bins, pastLabelY, expectedLabelY, pastBase, expectedBase, height: bottom + 6 };
}
