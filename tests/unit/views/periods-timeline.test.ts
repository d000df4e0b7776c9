import { describe, expect, it } from 'vitest';
import { formatPeriod, isoDay, periodOf } from '../../../src/lib/periods';
import { roleHeldOn, roleYears } from '../../../src/lib/roles';
import { CHAR_WIDTH, layoutTimeline, truncate, type TimelineEvent } from '../../../src/lib/timeline';

const days = (period: { start: number; end: number }) => [isoDay(period.start), isoDay(period.end)];

describe('periodOf', () => {
  it('covers a day, an ISO week, a month and a year, end exclusive', () => {
    expect(days(periodOf('2023-03-13', 'day'))).toEqual(['2023-03-13', '2023-03-14']);
    expect(days(periodOf('2023-W12', 'week'))).toEqual(['2023-03-20', '2023-03-27']);
    expect(days(periodOf('2023-02', 'month'))).toEqual(['2023-02-01', '2023-03-01']);
    expect(days(periodOf('2024', 'year'))).toEqual(['2024-01-01', '2025-01-01']);
  });

  it('starts ISO week 1 on the Monday of the week holding 4 January', () => {
    expect(days(periodOf('2021-W01', 'week'))).toEqual(['2021-01-04', '2021-01-11']);
    expect(days(periodOf('2020-W53', 'week'))).toEqual(['2020-12-28', '2021-01-04']);
  });

  it('says each period in words', () => {
    expect(formatPeriod('2023-03-10', 'day')).toBe('10 March 2023');
    expect(formatPeriod('2023-W12', 'week')).toBe('week of 20 March 2023');
    expect(formatPeriod('2022-07', 'month')).toBe('July 2022');
    expect(formatPeriod('2023', 'year')).toBe('2023');
  });
});

function event(key: string, date: string, precision: TimelineEvent['precision'], future = false): TimelineEvent {
  return { key, label: `${key} label`, period: periodOf(date, precision), precision, future, href: `#${key}` };
}

describe('layoutTimeline', () => {
  const events = [
    event('july', '2022-07', 'month'),
    event('friday', '2023-03-10', 'day'),
    event('next-week', '2023-W12', 'week', true),
  ];
  const published = Date.parse('2023-03-13T00:00:00Z');
  const layout = layoutTimeline(events, [{ time: published, label: 'Published' }], 320);

  it('draws time to scale: a month is a bar about four weeks long, a day a dot', () => {
    const [july, friday, nextWeek] = layout.rows;
    expect(friday?.width).toBe(0);
    expect(july!.width / nextWeek!.width).toBeCloseTo(31 / 7, 1);
    expect(july!.x).toBeLessThan(friday!.x);
    expect(friday!.x).toBeLessThan(layout.markers[0]!.x);
    expect(layout.markers[0]!.x).toBeLessThan(nextWeek!.x);
  });

  it('orders rows by date, whatever order the events come in', () => {
    const shuffled = layoutTimeline([...events].reverse(), [], 320);
    expect(shuffled.rows.map((row) => row.key)).toEqual(['july', 'friday', 'next-week']);
  });

  it('sets expected events apart, below the others', () => {
    expect(layout.rows.map((row) => row.key)).toEqual(['july', 'friday', 'next-week']);
    expect(layout.expectedY).toBeGreaterThan(layout.rows[1]!.markY);
    expect(layout.rows[2]!.labelY).toBeGreaterThan(layout.expectedY!);
  });

  it('keeps every mark and label inside the drawing', () => {
    for (const row of layout.rows) {
      expect(row.x).toBeGreaterThanOrEqual(layout.left);
      expect(row.x + row.width).toBeLessThanOrEqual(layout.right);
      expect(row.labelX + row.shownLabel.length * CHAR_WIDTH).toBeLessThanOrEqual(layout.right + 0.001);
    }
    expect(layout.height).toBeGreaterThan(layout.rows.at(-1)!.markY);
  });

  it('labels the axis by month, with the year on the first tick and in January', () => {
    expect(layout.ticks[0]?.label).toMatch(/^[A-Z][a-z]{2} 2022$/);
    expect(layout.ticks.find((tick) => tick.label.startsWith('Jan'))?.label).toBe('Jan 2023');
    const xs = layout.ticks.map((tick) => tick.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('draws only the range it is given: marks cut to it, markers outside it left out', () => {
    const year = periodOf('2023', 'year');
    const layout2023 = layoutTimeline(
      events,
      [{ time: Date.parse('2024-02-01T00:00:00Z'), label: 'later' }],
      320,
      year,
    );
    expect(layout2023.markers).toEqual([]);
    const july = layout2023.rows.find((row) => row.key === 'july')!;
    expect(july.x).toBe(layout2023.left);
    expect(july.width).toBe(4);
    expect(layout2023.ticks[0]?.label).toBe('Jan 2023');
    const wide = layoutTimeline(events, [], 720, year);
    expect(wide.ticks.at(-1)?.label, 'no tick on the end of the range').toBe('Dec');
  });

  it('switches to years over a long stretch', () => {
    const long = layoutTimeline([event('a', '2001', 'year'), event('b', '2023-01', 'month')], [], 720);
    expect(long.ticks.every((tick) => /^\d{4}$/.test(tick.label))).toBe(true);
  });
});

describe('truncate', () => {
  it('cuts at a word boundary and marks the cut', () => {
    expect(truncate('discovery of a Chinese spy balloon', 20)).toBe('discovery of a…');
    expect(truncate('short', 20)).toBe('short');
  });
});

describe('roles', () => {
  const roles = [
    { title: 'Professor', from: '2015' },
    { title: 'Senior director for Asia', from: '2013', to: '2015' },
  ];

  it('finds the role held on a day, a year-only end counting as that whole year', () => {
    expect(roleHeldOn(roles, '2014-06-01')?.title).toBe('Senior director for Asia');
    expect(roleHeldOn(roles, '2015-06-01')?.title).toBe('Professor');
    expect(roleHeldOn(roles, '2012-01-01')).toBeUndefined();
    expect(roleHeldOn([{ title: 'Undated' }], '2020-01-01')).toBeUndefined();
  });

  it('writes the years of a role as a reader would', () => {
    expect(roles.map(roleYears)).toEqual(['since 2015', '2013–2015']);
    expect(roleYears({ title: 'x', from: '2021-01-20', to: '2021-11-03' })).toBe('2021');
    expect(roleYears({ title: 'x' })).toBeUndefined();
  });
});
