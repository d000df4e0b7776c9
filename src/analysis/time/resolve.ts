/**
 * Resolution of a recognised expression to a date and precision, against a reference day (publication,
 * or when quoted words were said) and the tense of its clause, following the contract's conventions:
 *
 * - weekdays: past -> the latest on or before the reference; future -> the next one after it; "last"
 *   strictly before, "next" strictly after, "this" the coming one; present -> the coming one (or the
 *   day itself); no tense at all -> the nearer one.
 * - dates without a year, holidays, "the 14th": past -> the latest on or before; future -> the earliest
 *   on or after; no tense -> the nearest. A yearless date almost a year away, when the other reading
 *   is within weeks and no verb of its own clause says otherwise, takes the near one (news does not
 *   write a year-old date without its year).
 * - months: past -> the latest up to the reference month; future -> the next; no tense -> the nearest.
 * - seasons, quarters, fiscal years, "late last year", "N years ago", years -> the year.
 * - last/this/next week -> ISO week; month -> month; "N weeks ago" -> the ISO week N*7 days back, "in N
 *   weeks' time" the one ahead; "a year ago today" -> that day a year back.
 * - anaphora -> relative to the anchor event the text gives.
 */
import type { Precision } from '../schema';
import {
  addMonths,
  civil,
  dayNumber,
  daysInMonth,
  easterSunday,
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,
  fromMonthIndex,
  isValidDate,
  isWritableYear,
  isoWeekday,
  mondayOf,
  monthIndex,
  nthWeekdayOfMonth,
} from './calendar';
import type { TimeSpec } from './expressions';
import { SEASON_START, type FloatingHoliday, type Season, type Unit } from './lexicon';
import type { Cue } from './tense';

export interface Resolved {
  readonly date: string;
  readonly precision: Precision;
  /** First and last day covered (day numbers), for ordering, tense and anaphora. */
  readonly start: number;
  readonly end: number;
}

export interface ResolveContext {
  /** Reference day number: publication, or when the words were said. */
  readonly ref: number;
  readonly tense: Cue;
  /** The preposition before the expression ("since" makes it past). */
  readonly prep: string | null;
  /** The event an anaphor is relative to, when the text gives one. */
  readonly anchor: Resolved | null;
  /** The tense came from another clause of the sentence, so it may not govern the expression. */
  readonly weak?: boolean;
}

// ------------------------------------------------------------------ record builders
/** A record's date is written the way its precision requires (cheap check of what the builders make). */
export function isWellFormed(record: Resolved): boolean {
  const { date } = record;
  switch (record.precision) {
    case 'year':
      return date.length === 4;
    case 'month':
      return date.length === 7 && date.charAt(4) === '-';
    case 'week':
      return date.length === 8 && date.charAt(5) === 'W';
    case 'day': {
      const c = civil(record.start);
      return date.length === 10 && isValidDate(c.year, c.month, c.day) && formatDay(record.start) === date;
    }
  }
}

export function dayRecord(d: number): Resolved | null {
  return isWritableYear(civil(d).year) ? { date: formatDay(d), precision: 'day', start: d, end: d } : null;
}

export function weekRecord(d: number): Resolved | null {
  const monday = mondayOf(d);
  const date = formatWeek(d);
  return isWritableYear(Number(date.slice(0, 4))) && /^\d{4}-W\d{2}$/.test(date)
    ? { date, precision: 'week', start: monday, end: monday + 6 }
    : null;
}

export function monthRecord(year: number, month: number): Resolved | null {
  if (!isWritableYear(year) || month < 1 || month > 12) return null;
  const start = dayNumber(year, month, 1);
  return { date: formatMonth(year, month), precision: 'month', start, end: start + daysInMonth(year, month) - 1 };
}

export function yearRecord(year: number): Resolved | null {
  if (!isWritableYear(year)) return null;
  return { date: formatYear(year), precision: 'year', start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31) };
}

// ------------------------------------------------------------------ choosing by tense
interface Interval {
  readonly start: number;
  readonly end: number;
}

function distance(c: Interval, ref: number): number {
  if (c.end < ref) return ref - c.end;
  if (c.start > ref) return c.start - ref;
  return 0;
}

/**
 * Picks one of several candidate instances (sorted by start) by tense: past -> the latest that has
 * started by `ref`; future -> the earliest that has not ended by `ref`; otherwise the nearest, the later
 * one on a tie. Present -> the one under way or the coming one (present simple schedules: "polls open
 * in March"). Unknown -> the nearest.
 */
function pickByTense<T extends Interval>(candidates: readonly T[], ref: number, tense: Cue): T | null {
  if (candidates.length === 0) return null;
  if (tense === 'past') {
    let best: T | null = null;
    for (const c of candidates) if (c.start <= ref) best = c;
    return best;
  }
  if (tense === 'future') {
    for (const c of candidates) if (c.end >= ref) return c;
    return null;
  }
  if (tense === 'present') {
    // the one under way, else the coming one, unless that is most of a year off and one just ended
    let previous: T | null = null;
    for (const c of candidates) {
      if (c.start <= ref && ref <= c.end) return c;
      if (c.end < ref) previous = c;
      else if (c.start > ref) {
        if (previous && c.start - ref > 300 && ref - previous.end <= 45) return previous;
        return c;
      }
    }
    return previous;
  }
  let best: T | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(c, ref);
    if (d <= bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function effectiveTense(ctx: ResolveContext): Cue {
  if (ctx.prep === 'since' || ctx.prep === 'as recently as') return 'past';
  return ctx.tense;
}

// ------------------------------------------------------------------ kinds
function resolveWeekday(weekday: number, mod: string | null, ctx: ResolveContext, tense: Cue): Resolved | null {
  const ref = ctx.ref;
  const back = (isoWeekday(ref) - weekday + 7) % 7; // days back to the latest such day on or before ref
  const ahead = (weekday - isoWeekday(ref) + 7) % 7; // days ahead to the next on or after ref
  const onOrBefore = ref - back;
  const strictlyBefore = back === 0 ? ref - 7 : onOrBefore;
  const onOrAfter = ref + ahead;
  const strictlyAfter = ahead === 0 ? ref + 7 : onOrAfter;
  switch (mod) {
    case 'last':
    case 'past':
      return dayRecord(strictlyBefore);
    case 'next':
    case 'coming':
      return dayRecord(strictlyAfter);
    case 'this':
      // a past "this Monday" is the one earlier this week
      if (tense === 'past' && mondayOf(onOrBefore) === mondayOf(ref)) return dayRecord(onOrBefore);
      return dayRecord(onOrAfter);
    default:
      break;
  }
  if (tense === 'past') return dayRecord(onOrBefore);
  if (tense === 'future') return dayRecord(strictlyAfter);
  if (tense === 'present') return dayRecord(onOrAfter);
  // no tense to go by: the nearer one, the coming one on a tie
  return dayRecord(back < ahead ? onOrBefore : onOrAfter);
}

/** A yearless date, by tense, with the proximity rule for dates about a year away. */
function pickDay(candidates: readonly number[], ctx: ResolveContext, tense: Cue, mod: string | null): number | null {
  const ref = ctx.ref;
  const sorted = [...candidates].sort((a, b) => a - b);
  let before: number | null = null;
  let after: number | null = null;
  for (const d of sorted) {
    if (d <= ref) before = d;
    if (d >= ref && after === null) after = d;
  }
  let strictBefore: number | null = null;
  let strictAfter: number | null = null;
  for (const d of sorted) {
    if (d < ref) strictBefore = d;
    if (d > ref && strictAfter === null) strictAfter = d;
  }
  if (mod === 'last' || mod === 'past') return strictBefore;
  if (mod === 'next' || mod === 'coming') return strictAfter;
  let chosen: number | null;
  if (tense === 'past') chosen = before;
  else if (tense === 'future' || tense === 'present' || mod === 'this') chosen = after;
  else {
    const db = before === null ? Infinity : ref - before;
    const da = after === null ? Infinity : after - ref;
    chosen = da <= db ? after : before;
  }
  if (chosen === null) return tense === 'past' ? after : before;
  if (ctx.prep !== 'since' && (ctx.weak === true || tense === null || tense === 'present')) {
    // "voted to install meters, charging $1.50, starting Oct. 1" in a late-September article: not
    // last October; a tense from another clause does not outweigh a date almost a year away
    const other = chosen <= ref ? after : before;
    if (other !== null && Math.abs(chosen - ref) > 300 && Math.abs(other - ref) <= 45) return other;
  }
  return chosen;
}

function resolveDate(
  month: number,
  day: number,
  year: number | null,
  weekday: number | null,
  mod: string | null,
  ctx: ResolveContext,
  tense: Cue,
): Resolved | null {
  if (year !== null) return isValidDate(year, month, day) ? dayRecord(dayNumber(year, month, day)) : null;
  const refYear = civil(ctx.ref).year;
  const candidates: number[] = [];
  for (let y = refYear - 1; y <= refYear + 1; y++) {
    if (isValidDate(y, month, day)) candidates.push(dayNumber(y, month, day));
  }
  if (weekday !== null) {
    // "Tuesday, Dec. 5": the year whose Dec. 5 is a Tuesday, if one of them is
    const matching = candidates.filter((d) => isoWeekday(d) === weekday);
    if (matching.length === 1 && matching[0] !== undefined) return dayRecord(matching[0]);
  }
  if (candidates.length === 0) {
    // Feb. 29 away from a leap year: look further
    for (let y = refYear - 4; y <= refYear + 4; y++)
      if (isValidDate(y, month, day)) candidates.push(dayNumber(y, month, day));
  }
  const chosen = pickDay(candidates, ctx, tense, mod);
  return chosen === null ? null : dayRecord(chosen);
}

function resolveDayOfMonth(day: number, ctx: ResolveContext, tense: Cue): Resolved | null {
  // "passed the House on Jan. 5 and the Senate on the 19th": the month of the date just written
  const anchor = ctx.anchor;
  if (anchor && anchor.precision === 'day') {
    const a = civil(anchor.start);
    return isValidDate(a.year, a.month, day) ? dayRecord(dayNumber(a.year, a.month, day)) : null;
  }
  const { year, month } = civil(ctx.ref);
  const base = monthIndex(year, month);
  const candidates: number[] = [];
  for (let k = -2; k <= 2; k++) {
    const ym = fromMonthIndex(base + k);
    if (isValidDate(ym.year, ym.month, day)) candidates.push(dayNumber(ym.year, ym.month, day));
  }
  const chosen = pickDay(candidates, ctx, tense, null);
  return chosen === null ? null : dayRecord(chosen);
}

function resolveMonth(
  month: number,
  year: number | null,
  mod: string | null,
  ctx: ResolveContext,
  tense: Cue,
): Resolved | null {
  if (year !== null) return monthRecord(year, month);
  const ref = civil(ctx.ref);
  const refIndex = monthIndex(ref.year, ref.month);
  const candidates = [-1, 0, 1].map((k) => monthIndex(ref.year + k, month));
  let chosen: number | undefined;
  switch (mod) {
    case 'last':
    case 'past':
      chosen = [...candidates].reverse().find((c) => c < refIndex);
      break;
    case 'next':
    case 'coming':
      chosen = candidates.find((c) => c > refIndex);
      break;
    case 'this':
      chosen = monthIndex(ref.year, month);
      break;
    default: {
      const intervals = candidates.map((index) => {
        const ym = fromMonthIndex(index);
        const start = dayNumber(ym.year, ym.month, 1);
        return { index, start, end: start + daysInMonth(ym.year, ym.month) - 1 };
      });
      chosen = pickByTense(intervals, ctx.ref, tense)?.index;
    }
  }
  if (chosen === undefined) return null;
  const ym = fromMonthIndex(chosen);
  return monthRecord(ym.year, ym.month);
}

interface SeasonInstance extends Interval {
  /** The year the contract gives it: winter by the year of its January. */
  readonly label: number;
}

function seasonInstances(season: Season, aroundYear: number): SeasonInstance[] {
  const [month, day] = SEASON_START[season];
  const instances: SeasonInstance[] = [];
  for (let y = aroundYear - 2; y <= aroundYear + 1; y++) {
    const start = dayNumber(y, month, day);
    const end = addMonths(start, 3) - 1;
    instances.push({ start, end, label: season === 'winter' ? y + 1 : y });
  }
  return instances;
}

/** How long after a season ends a past "this <season>" still means that one, not the coming one. */
const RECENT_SEASON_DAYS = 62;

/**
 * A past "this fall": the one just gone while it is recent or of the reference year; months later news
 * writes "last fall", so it is this year's, told in a past clause ("not this fall, as it had promised").
 */
function pastThisSeason(
  instances: readonly SeasonInstance[],
  current: SeasonInstance | undefined,
  ref: number,
): SeasonInstance | undefined {
  const year = civil(ref).year;
  if (!current || current.label === year || ref - current.end <= RECENT_SEASON_DAYS) return current;
  return instances.find((instance) => instance.label === year) ?? current;
}

function resolveSeason(
  season: Season,
  year: number | null,
  mod: string | null,
  ctx: ResolveContext,
  tense: Cue,
): Resolved | null {
  if (year !== null) return yearRecord(year);
  const ref = ctx.ref;
  const instances = seasonInstances(season, civil(ref).year);
  let currentIndex = -1; // the latest instance that has started
  instances.forEach((instance, index) => {
    if (instance.start <= ref) currentIndex = index;
  });
  const current = instances[currentIndex];
  const inProgress = current !== undefined && ref <= current.end;
  let chosen: SeasonInstance | undefined;
  switch (mod) {
    case 'last':
    case 'past':
      chosen = inProgress ? instances[currentIndex - 1] : current;
      break;
    case 'next':
    case 'coming':
      chosen = instances[currentIndex + 1];
      break;
    case 'this':
      // the season now under way; else the one just gone in a past clause, the coming one otherwise
      if (inProgress) chosen = current;
      else if (tense === 'past') chosen = pastThisSeason(instances, current, ref);
      else if (tense === 'future') chosen = instances[currentIndex + 1];
      else
        chosen = season === 'winter' ? instances[currentIndex + 1] : instances.find((i) => i.label === civil(ref).year);
      break;
    default:
      chosen = pickByTense(instances, ref, tense) ?? undefined;
  }
  return chosen ? yearRecord(chosen.label) : null;
}

function resolveQuarter(quarter: number, year: number | null, ctx: ResolveContext, tense: Cue): Resolved | null {
  if (year !== null) return yearRecord(year);
  const refYear = civil(ctx.ref).year;
  const startMonth = quarter * 3 - 2;
  const instances = [refYear - 1, refYear, refYear + 1].map((y) => {
    const start = dayNumber(y, startMonth, 1);
    const endMonth = startMonth + 2;
    return { year: y, start, end: dayNumber(y, endMonth, daysInMonth(y, endMonth)) };
  });
  // "reports fourth-quarter results on Feb. 20": in the present, a quarter just ended is the one
  // being reported, not the next
  if (tense === 'present') {
    const ended = [...instances].reverse().find((q) => q.end < ctx.ref);
    if (
      ended &&
      ctx.ref - ended.end <= QUARTER_REPORTING_DAYS &&
      !instances.some((q) => q.start <= ctx.ref && ctx.ref <= q.end)
    )
      return yearRecord(ended.year);
  }
  const chosen = pickByTense(instances, ctx.ref, tense);
  return chosen ? yearRecord(chosen.year) : null;
}

/** How long after a quarter ends its results are still news (companies report within about 90 days). */
const QUARTER_REPORTING_DAYS = 100;

/** From this month on, "in the new year" is the coming one (before it, the year under way). */
const NEW_YEAR_FROM_MONTH = 10;

function floatingDate(holiday: FloatingHoliday, year: number): number {
  switch (holiday) {
    case 'easter':
      return easterSunday(year);
    case 'good-friday':
      return easterSunday(year) - 2;
    case 'easter-monday':
      return easterSunday(year) + 1;
    case 'thanksgiving':
      return nthWeekdayOfMonth(year, 11, 4, 4);
    case 'memorial-day':
      return nthWeekdayOfMonth(year, 5, 1, -1);
    case 'labor-day':
      return nthWeekdayOfMonth(year, 9, 1, 1);
    case 'black-friday':
      return nthWeekdayOfMonth(year, 11, 4, 4) + 1;
    case 'cyber-monday':
      return nthWeekdayOfMonth(year, 11, 4, 4) + 4;
    case 'ash-wednesday':
      return easterSunday(year) - 46;
    case 'palm-sunday':
      return easterSunday(year) - 7;
    case 'shrove-tuesday':
      return easterSunday(year) - 47;
    case 'election-day':
      // U.S.: the Tuesday after the first Monday in November
      return nthWeekdayOfMonth(year, 11, 1, 1) + 1;
    case 'whit-monday':
      return easterSunday(year) + 50;
    case 'pentecost':
      return easterSunday(year) + 49;
    case 'ascension':
      return easterSunday(year) + 39;
    case 'maundy-thursday':
      return easterSunday(year) - 3;
    case 'holy-saturday':
      return easterSunday(year) - 1;
    case 'mlk-day':
      return nthWeekdayOfMonth(year, 1, 1, 3);
    case 'presidents-day':
      return nthWeekdayOfMonth(year, 2, 1, 3);
    case 'columbus-day':
      return nthWeekdayOfMonth(year, 10, 1, 2);
    case 'fathers-day':
      return nthWeekdayOfMonth(year, 6, 7, 3);
    case 'remembrance-sunday':
      return nthWeekdayOfMonth(year, 11, 7, 2);
  }
}

function resolveWeekend(mod: string | null, ctx: ResolveContext, tense: Cue): Resolved | null {
  const ref = ctx.ref;
  const weekday = isoWeekday(ref);
  const thisWeek = ref; // the ISO week holds its own Saturday and Sunday
  switch (mod) {
    case 'last':
    case 'past':
      return weekRecord(ref - 7);
    case 'next':
      return weekRecord(ref + 7);
    case 'this':
    case 'coming':
      return weekRecord(thisWeek);
    default:
      break;
  }
  // on a Saturday or Sunday "the weekend" is this one; otherwise a past one is last week's and a
  // coming one ("storms arrive at the weekend") this week's; with nothing to go by, news means the past
  if (weekday >= 6) return weekRecord(thisWeek);
  return weekRecord(tense === 'future' || tense === 'present' ? thisWeek : ref - 7);
}

function resolveAnaphor(unit: string, offset: number, anchor: Resolved | null): Resolved | null {
  if (!anchor) return null;
  switch (unit) {
    case 'day':
      return anchor.precision === 'day' ? dayRecord(anchor.start + offset) : null;
    case 'week':
      return anchor.precision === 'day' || anchor.precision === 'week' ? weekRecord(anchor.start + 7 * offset) : null;
    case 'month': {
      if (anchor.precision === 'year') return null;
      const d = civil(anchor.start);
      const ym = fromMonthIndex(monthIndex(d.year, d.month) + offset);
      return monthRecord(ym.year, ym.month);
    }
    case 'year':
      return yearRecord(civil(anchor.start).year + offset);
    case 'decade':
      return yearRecord(civil(anchor.start).year + 10 * offset);
    default:
      return null;
  }
}

/** The day `amount` units after `ref` (negative: before), months and years by the calendar. */
function shiftDay(ref: number, unit: Unit, amount: number): number {
  switch (unit) {
    case 'day':
      return ref + amount;
    case 'week':
      return ref + 7 * amount;
    case 'month':
      return addMonths(ref, amount);
    case 'year':
      return addMonths(ref, 12 * amount);
    case 'decade':
      return addMonths(ref, 120 * amount);
  }
}

/** "in two weeks' time": the day, ISO week, month or year `amount` units ahead, by the unit's precision. */
function shiftedRecord(ref: number, unit: Unit, amount: number): Resolved | null {
  const day = shiftDay(ref, unit, amount);
  const date = civil(day);
  switch (unit) {
    case 'day':
      return dayRecord(day);
    case 'week':
      return weekRecord(day);
    case 'month':
      return monthRecord(date.year, date.month);
    default:
      return yearRecord(date.year);
  }
}

/** "a year ago today", "a year ago this month": the same day, week or month, `amount` units back. */
function sameBack(ref: number, unit: Unit, amount: number, same: 'day' | 'week' | 'month'): Resolved | null {
  const day = shiftDay(ref, unit, -amount);
  if (same === 'day') return dayRecord(day);
  if (same === 'week') return weekRecord(day);
  const date = civil(day);
  return monthRecord(date.year, date.month);
}

/** Precisions an anaphor of each unit can be counted from ("the next day" needs a day). */
export function anchorFits(unit: string, precision: Precision): boolean {
  switch (unit) {
    case 'day':
      return precision === 'day';
    case 'week':
      return precision === 'day' || precision === 'week';
    case 'month':
      return precision !== 'year';
    default:
      return true;
  }
}

export function resolve(spec: TimeSpec, ctx: ResolveContext): Resolved | null {
  const ref = ctx.ref;
  const tense = effectiveTense(ctx);
  const refDate = civil(ref);
  switch (spec.kind) {
    case 'weekday':
      return resolveWeekday(spec.weekday, spec.mod, ctx, tense);
    case 'deictic':
      return dayRecord(ref + spec.offset);
    case 'overnight':
      return dayRecord(tense === 'past' ? ref - 1 : ref);
    case 'newYear':
      return yearRecord(refDate.month >= NEW_YEAR_FROM_MONTH ? refDate.year + 1 : refDate.year);
    case 'date':
      return resolveDate(spec.month, spec.day, spec.year, spec.weekday, spec.mod, ctx, tense);
    case 'dayOfMonth':
      return resolveDayOfMonth(spec.day, ctx, tense);
    case 'month':
      return resolveMonth(spec.month, spec.year, spec.mod, ctx, tense);
    case 'season':
      return resolveSeason(spec.season, spec.year, spec.mod, ctx, tense);
    case 'relative':
      if (spec.unit === 'week') return weekRecord(ref + 7 * spec.offset);
      if (spec.unit === 'month') {
        const ym = fromMonthIndex(monthIndex(refDate.year, refDate.month) + spec.offset);
        return monthRecord(ym.year, ym.month);
      }
      return yearRecord(refDate.year + spec.offset);
    case 'weekend':
      return resolveWeekend(spec.mod, ctx, tense);
    case 'ahead':
      return shiftedRecord(ref, spec.unit, spec.amount);
    case 'ago':
      if (spec.same) return sameBack(ref, spec.unit, spec.amount, spec.same);
      switch (spec.unit) {
        case 'day':
          return dayRecord(ref - spec.amount);
        case 'week':
          return weekRecord(ref - 7 * spec.amount);
        case 'month': {
          const ym = fromMonthIndex(monthIndex(refDate.year, refDate.month) - spec.amount);
          return monthRecord(ym.year, ym.month);
        }
        case 'year':
          return yearRecord(refDate.year - spec.amount);
        case 'decade':
          return yearRecord(refDate.year - 10 * spec.amount);
      }
    // falls through only on an impossible unit
    case 'year':
      if (spec.kind !== 'year') return null;
      return yearRecord(spec.year);
    case 'quarter':
      return resolveQuarter(spec.quarter, spec.year, ctx, tense);
    case 'floating': {
      if (spec.year !== null)
        return isWritableYear(spec.year) ? dayRecord(floatingDate(spec.holiday, spec.year)) : null;
      const candidates = [refDate.year - 1, refDate.year, refDate.year + 1].map((y) => floatingDate(spec.holiday, y));
      const chosen = pickDay(candidates, ctx, tense, spec.mod);
      return chosen === null ? null : dayRecord(chosen);
    }
    case 'anaphor':
      return resolveAnaphor(spec.unit, spec.offset, ctx.anchor);
    case 'inRelativeYear': {
      const year = refDate.year + spec.offset;
      if (spec.base.kind === 'date') return resolve({ ...spec.base, year }, ctx);
      if (spec.base.kind === 'month') return resolve({ ...spec.base, year }, ctx);
      return null;
    }
    case 'weekOf': {
      const day = resolve(spec.base, ctx);
      return day && day.precision === 'day' ? weekRecord(day.start) : null;
    }
    case 'shifted':
      return resolveAnaphor(spec.unit, spec.offset, resolve(spec.base, { ...ctx, anchor: null }));
    case 'relativeQuarter': {
      const index = monthIndex(refDate.year, refDate.month) + 3 * spec.offset;
      return yearRecord(fromMonthIndex(index).year);
    }
    case 'anaphorMonth': {
      const anchor = ctx.anchor;
      if (!anchor) return null;
      if (spec.seasonStep) {
        const { season, direction } = spec.seasonStep;
        const from = direction < 0 ? anchor.start : anchor.end;
        return resolveSeason(season, null, direction < 0 ? 'last' : 'next', { ...ctx, ref: from }, null);
      }
      const year = civil(anchor.start).year;
      return spec.month === null ? yearRecord(year) : monthRecord(year, spec.month);
    }
    case 'within': {
      // the anchor's week, month or year when the text just gave one that fits, else the reference's
      const anchor = ctx.anchor;
      const day = anchor && anchorFits(spec.unit, anchor.precision) ? anchor.start : ref;
      if (spec.unit === 'day') return dayRecord(day);
      if (spec.unit === 'week') return weekRecord(day);
      const date = civil(day);
      return spec.unit === 'month' ? monthRecord(date.year, date.month) : yearRecord(date.year);
    }
    case 'anaphorWeekday': {
      const anchor = ctx.anchor;
      if (!anchor || anchor.precision !== 'day') return null;
      const day = anchor.start;
      if (spec.direction > 0) {
        const ahead = (spec.weekday - isoWeekday(day) + 7) % 7;
        return dayRecord(day + (ahead === 0 ? 7 : ahead));
      }
      const back = (isoWeekday(day) - spec.weekday + 7) % 7;
      return dayRecord(day - (back === 0 ? 7 : back));
    }
  }
}
