import { describe, expect, it } from 'vitest';
import { eventsPerYearPage, withYearPages } from '../../../src/lib/event-years';
import { periodOf } from '../../../src/lib/periods';
import type { EventEntry } from '../../../src/lib/site-index';
import { layoutOverview, MAX_MARKS, type OverviewEvent } from '../../../src/lib/timeline-overview';
import type { TimelineEvent } from '../../../src/lib/timeline';

function event(key: string, date: string, precision: TimelineEvent['precision'], future = false): OverviewEvent {
  const period = periodOf(date, precision);
  return { key, label: key, period, precision, future, href: `#${key}`, yearHref: `/events/${date.slice(0, 4)}/` };
}

/** `count` day events, one a day from 1 January 2020, every fifth expected. */
function daily(count: number): OverviewEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
    return event(`e${i}`, day, 'day', i % 5 === 4);
  });
}

describe('layoutOverview', () => {
  const published = Date.parse('2023-03-13T00:00:00Z');
  const few = [
    event('july', '2022-07', 'month'),
    event('friday', '2023-03-10', 'day'),
    event('also-friday', '2023-03-10', 'day'),
    event('next-week', '2023-W12', 'week', true),
  ];
  const layout = layoutOverview(few, [{ time: published, label: 'Published' }], 720);

  it('draws one mark per event, to scale, each linking to its paragraph', () => {
    expect(layout.kind).toBe('marks');
    if (layout.kind !== 'marks') return;
    const byKey = new Map(layout.marks.map((mark) => [mark.key, mark]));
    expect([...byKey.keys()].sort()).toEqual(['also-friday', 'friday', 'july', 'next-week']);
    expect(byKey.get('july')!.width / byKey.get('next-week')!.width).toBeCloseTo(31 / 7, 1);
    expect(byKey.get('friday')!.width).toBe(0);
    expect(byKey.get('friday')!.x).toBeLessThan(layout.markers[0]!.x);
    expect(byKey.get('friday')!.href).toBe('#friday');
  });

  it('stacks marks that would overlap instead of drawing one over the other', () => {
    if (layout.kind !== 'marks') throw new Error('expected marks');
    const [a, b] = layout.marks.filter((mark) => mark.key.endsWith('friday'));
    expect(a!.x).toBe(b!.x);
    expect(a!.y).not.toBe(b!.y);
  });

  it('puts expected events in their own lane below what happened', () => {
    if (layout.kind !== 'marks') throw new Error('expected marks');
    const expected = layout.marks.find((mark) => mark.future)!;
    const lowestPast = Math.max(...layout.marks.filter((mark) => !mark.future).map((mark) => mark.y));
    expect(layout.expectedLabelY).toBeGreaterThan(lowestPast);
    expect(expected.y).toBeGreaterThan(layout.expectedLabelY!);
    expect(layout.height).toBeGreaterThan(expected.y);
  });

  it('has month ticks with the year over a short stretch, year ticks over a long one', () => {
    expect(layout.ticks.find((tick) => tick.label.startsWith('Jan'))?.label).toBe('Jan 2023');
    const long = layoutOverview([event('a', '2001', 'year'), event('b', '2023-01', 'month')], [], 720);
    expect(long.ticks.every((tick) => /^\d{4}$/.test(tick.label))).toBe(true);
  });

  it('counts events per month when there are too many to draw, keeping every event in a count', () => {
    const many = daily(MAX_MARKS + 1);
    const counted = layoutOverview(many, [], 720);
    expect(counted.kind).toBe('bins');
    if (counted.kind !== 'bins') return;
    expect(counted.unit).toBe('month');
    expect(counted.bins[0]).toMatchObject({ key: '2020-01', past: 25, expected: 6, href: '/events/2020/' });
    const total = counted.bins.reduce((sum, bin) => sum + bin.past + bin.expected, 0);
    expect(total).toBe(many.length);
    expect(counted.bins.map((bin) => bin.x)).toEqual(counted.bins.map((bin) => bin.x).sort((a, b) => a - b));
    for (const bin of counted.bins) expect(bin.x + bin.width).toBeLessThanOrEqual(counted.right);
    const most = Math.max(...counted.bins.map((bin) => bin.past));
    const [least] = [...counted.bins].sort((a, b) => a.past - b.past);
    expect(counted.bins.find((bin) => bin.past === most)?.pastHeight).toBe(72);
    expect(least!.pastHeight).toBeCloseTo((least!.past / most) * 72);
  });

  it('counts instead when marks would stack too deep, even below the event limit', () => {
    const crowded = Array.from({ length: 20 }, (_, i) => event(`e${i}`, '2023-03-10', 'day'));
    expect(layoutOverview(crowded, [], 720).kind).toBe('bins');
    expect(layoutOverview(crowded.slice(0, 5), [], 720).kind).toBe('marks');
  });

  it('counts by year when month bars would be too thin to see', () => {
    const decades = [...daily(MAX_MARKS + 1), event('old', '1950', 'year')];
    const counted = layoutOverview(decades, [], 720);
    if (counted.kind !== 'bins') throw new Error('expected bins');
    expect(counted.unit).toBe('year');
    expect(counted.bins.map((bin) => bin.key)).toEqual(['1950', '2020']);
  });
});

describe('withYearPages', () => {
  it('links each event to the page of its year that lists it', () => {
    const entry = (date: string) => ({ event: { date } }) as unknown as EventEntry;
    const year2023 = Array.from({ length: eventsPerYearPage + 1 }, () => entry('2023-03-10'));
    const pages = withYearPages([
      { year: '2022', events: [entry('2022-07')] },
      { year: '2023', events: year2023 },
    ]).map(({ yearPage }) => yearPage);
    expect(pages[0]).toBe('events/2022/');
    expect(pages[1]).toBe('events/2023/');
    expect(pages.at(-1)).toBe('events/2023/2/');
  });
});
