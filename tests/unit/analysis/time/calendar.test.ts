import { describe, expect, it } from 'vitest';
import {
  addMonths,
  civil,
  dayNumber,
  daysInMonth,
  easterSunday,
  formatDay,
  formatWeek,
  isoWeek,
  isoWeekday,
  isValidDate,
  mondayOf,
  nthWeekdayOfMonth,
  parseIsoDay,
} from '../../../../src/analysis/time/calendar';

const day = (iso: string): number => {
  const n = parseIsoDay(iso);
  if (n === null) throw new Error(`bad date ${iso}`);
  return n;
};

describe('day numbers', () => {
  it('counts from 1970-01-01 and round-trips through civil dates', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(2000, 3, 1)).toBe(11017);
    expect(dayNumber(1969, 12, 31)).toBe(-1);
    for (const n of [-800_000, -1, 0, 59, 60, 11016, 19_000, 2_000_000]) {
      const c = civil(n);
      expect(dayNumber(c.year, c.month, c.day)).toBe(n);
    }
  });

  it('agrees with Date.UTC across leap years and centuries', () => {
    for (const [y, m, d] of [
      [1900, 2, 28],
      [2000, 2, 29],
      [2024, 2, 29],
      [2023, 12, 31],
      [1600, 1, 1],
      [2100, 3, 1],
    ] as const) {
      expect(dayNumber(y, m, d)).toBe(Date.UTC(y, m - 1, d) / 86_400_000);
    }
  });

  it('knows month lengths and invalid dates', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(isValidDate(2023, 2, 29)).toBe(false);
    expect(isValidDate(2023, 4, 31)).toBe(false);
    expect(isValidDate(2023, 13, 1)).toBe(false);
    expect(parseIsoDay('2026-02-30')).toBeNull();
    expect(parseIsoDay('2026-13-45')).toBeNull();
    expect(parseIsoDay('2023-3-13')).toBeNull();
    expect(parseIsoDay('')).toBeNull();
  });
});

describe('weekdays and ISO weeks', () => {
  it('numbers weekdays Monday 1 to Sunday 7', () => {
    expect(isoWeekday(day('2023-03-13'))).toBe(1); // Monday
    expect(isoWeekday(day('2023-01-01'))).toBe(7); // Sunday
    expect(isoWeekday(day('1970-01-01'))).toBe(4); // Thursday
    expect(isoWeekday(day('1969-12-28'))).toBe(7);
  });

  it.each([
    ['2023-01-01', '2022-W52'], // a Sunday belongs to the previous ISO year
    ['2023-01-02', '2023-W01'],
    ['2024-12-30', '2025-W01'], // a Monday in December can open the next ISO year
    ['2025-01-03', '2025-W01'],
    ['2020-12-31', '2020-W53'], // 2020 has 53 ISO weeks
    ['2021-01-03', '2020-W53'],
    ['2026-03-06', '2026-W10'],
    ['2024-05-01', '2024-W18'],
    ['2015-12-31', '2015-W53'],
  ])('%s is in %s', (iso, week) => {
    expect(formatWeek(day(iso))).toBe(week);
  });

  it('gives the Monday of a week', () => {
    expect(formatDay(mondayOf(day('2023-01-01')))).toBe('2022-12-26');
    expect(formatDay(mondayOf(day('2023-03-13')))).toBe('2023-03-13');
    expect(isoWeek(day('2023-03-19'))).toEqual({ year: 2023, week: 11 });
  });
});

describe('months and holidays', () => {
  it('adds months and clamps to the month end', () => {
    expect(formatDay(addMonths(day('2024-01-31'), 1))).toBe('2024-02-29');
    expect(formatDay(addMonths(day('2024-03-15'), -3))).toBe('2023-12-15');
    expect(formatDay(addMonths(day('2023-12-31'), 2))).toBe('2024-02-29');
  });

  it('computes Easter and nth weekdays', () => {
    expect(formatDay(easterSunday(2024))).toBe('2024-03-31');
    expect(formatDay(easterSunday(2025))).toBe('2025-04-20');
    expect(formatDay(easterSunday(2019))).toBe('2019-04-21');
    expect(formatDay(nthWeekdayOfMonth(2024, 11, 4, 4))).toBe('2024-11-28'); // Thanksgiving
    expect(formatDay(nthWeekdayOfMonth(2024, 5, 1, -1))).toBe('2024-05-27'); // Memorial Day
    expect(formatDay(nthWeekdayOfMonth(2025, 9, 1, 1))).toBe('2025-09-01'); // Labor Day
  });
});
