/**
 * Recognises time expressions in a paragraph's tokens: weekdays, in full or abbreviated ("Thurs.",
 * "Tue 4 March"), with a part of the day or a date, British "Monday week" and "a week on Friday",
 * today/yesterday/tomorrow/tonight/overnight, dates with and without a year (AP "Dec. 12", British
 * "12 December", "the 14th"), months, seasons, last/this/next week|month|year|weekend, "in the new
 * year", "N weeks ago", "a fortnight ago", "a year ago today", "in two weeks' time", years and year
 * modifiers, quarters, halves, "the first nine months of 2024" and fiscal years ("the June quarter",
 * "H1 2024", "FY 2025"; not "FY2024/25", which does not say which year), holidays, and anaphora with an
 * anchor ("the day before", "a year earlier", "the following week", "that afternoon", "that February",
 * "earlier in the week", "the night of the blast"). The first end of a range takes the year written at
 * its other end.
 *
 * A left-to-right scan: at each token a handful of matchers look at most a few tokens ahead, so the
 * cost is linear in the paragraph. Durations and vague phrases ("for years", "the past several weeks",
 * "in the coming weeks", "the 1970s", clock times) are deliberately not matched.
 */
import {
  BARE_MONTH_CUES,
  EVENT_NOUNS,
  FIXED_HOLIDAYS,
  FLOATING_HOLIDAYS,
  HOLIDAY_FIRST_WORDS,
  MONTHS,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  PARTS_OF_DAY,
  PREPOSITIONS,
  SEASONS,
  UNITS,
  WEEKDAY_ABBREVIATIONS,
  WEEKDAYS,
  type FloatingHoliday,
  type Season,
  type Unit,
} from './lexicon';
import { dayValue, numberValue, touching, yearValue, type Token } from './tokens';

export type Modifier = 'last' | 'this' | 'next' | 'coming' | 'past';

export type TimeSpec =
  /** A weekday name, with an optional last/this/next. */
  | { readonly kind: 'weekday'; readonly weekday: number; readonly mod: Modifier | null }
  /** today (0), yesterday (-1), tomorrow (1), tonight, this morning, last night. */
  | { readonly kind: 'deictic'; readonly offset: number }
  /** "overnight": the night just gone in a past clause (as "last night"), else the coming one. */
  | { readonly kind: 'overnight' }
  /** "in the new year": the coming year late in a year, else the one under way. */
  | { readonly kind: 'newYear' }
  /** A calendar date; the year when written. */
  | {
      readonly kind: 'date';
      readonly month: number;
      readonly day: number;
      readonly year: number | null;
      readonly weekday: number | null;
      readonly mod: Modifier | null;
    }
  /** "the 14th": a day of a month the tense picks. */
  | { readonly kind: 'dayOfMonth'; readonly day: number }
  | { readonly kind: 'month'; readonly month: number; readonly year: number | null; readonly mod: Modifier | null }
  | { readonly kind: 'season'; readonly season: Season; readonly year: number | null; readonly mod: Modifier | null }
  /** last/this/next week|month|year (offset -1, 0, 1). */
  | { readonly kind: 'relative'; readonly unit: 'week' | 'month' | 'year'; readonly offset: number }
  | { readonly kind: 'weekend'; readonly mod: Modifier | null }
  /**
   * "two weeks ago"; with `same`, the same day, week or month that many units back ("a year ago
   * today", "a year ago this month").
   */
  | { readonly kind: 'ago'; readonly unit: Unit; readonly amount: number; readonly same?: 'day' | 'week' | 'month' }
  /** British "in two weeks' time": that many units after the reference. */
  | { readonly kind: 'ahead'; readonly unit: Unit; readonly amount: number }
  | { readonly kind: 'year'; readonly year: number }
  /** A date or month followed by last/this/next year ("14 November last year", "March next year"). */
  | { readonly kind: 'inRelativeYear'; readonly offset: number; readonly base: TimeSpec }
  /** "the week of Dec. 11": the ISO week holding a date. */
  | { readonly kind: 'weekOf'; readonly base: TimeSpec }
  /** last/this/next quarter: the year of that calendar quarter. */
  | { readonly kind: 'relativeQuarter'; readonly offset: number }
  /** An offset from another expression: "the day after Thanksgiving", "a week before March 3". */
  | { readonly kind: 'shifted'; readonly unit: Unit; readonly offset: number; readonly base: TimeSpec }
  /** A quarter, half or fiscal year: resolves to its year. */
  | { readonly kind: 'quarter'; readonly quarter: number; readonly year: number | null }
  | {
      readonly kind: 'floating';
      readonly holiday: FloatingHoliday;
      readonly year: number | null;
      readonly mod: Modifier | null;
    }
  /**
   * Relative to an anchor the text gives: `offset` units after it ("the day before" -1, "the following
   * week" +1, "that afternoon" 0). `noun` names the anchor when written ("the week after the vote").
   */
  | { readonly kind: 'anaphor'; readonly unit: Unit; readonly offset: number; readonly noun: string | null }
  /**
   * "that February": the month in the year of the anchor the text gives; "that summer" (month null):
   * that year. With `seasonStep`, "the summer before", "the following winter": the nearest such
   * season before (-1) or after (1) the anchor.
   */
  | {
      readonly kind: 'anaphorMonth';
      readonly month: number | null;
      readonly seasonStep?: { readonly season: Season; readonly direction: 1 | -1 };
    }
  /**
   * "earlier in the week", "later in the month": the anchor's week, month or year when the text just
   * gave one, else the reference's (publication, or when quoted words were said).
   */
  | { readonly kind: 'within'; readonly unit: 'day' | 'week' | 'month' | 'year' }
  /** "the following Monday" (+1) / "the previous Friday" (-1) after an anchor day. */
  | { readonly kind: 'anaphorWeekday'; readonly weekday: number; readonly direction: 1 | -1 };

export interface TimeMention {
  /** Token range of the whole expression, prefix words included. */
  readonly first: number;
  readonly last: number;
  /** Character offsets in the paragraph text (a possessive 's is left out). */
  readonly start: number;
  readonly end: number;
  readonly spec: TimeSpec;
  /** The preposition written before it ("since", "until", "on"), lower-cased, or null. */
  readonly prep: string | null;
}

interface Core {
  readonly first: number;
  readonly last: number;
  readonly spec: TimeSpec;
  /** A second expression written right after this one and dated with it ("Tuesday, Dec. 5"). */
  readonly follow?: Core | undefined;
}

const MODIFIERS = new Set<string>(['last', 'this', 'next', 'coming', 'past']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'whose']);
const GENERIC_BEFORE_WEEKDAY = new Set(['a', 'an', 'every', 'each', 'one', 'some', 'any', 'that', 'the', 'no']);
const ANAPHOR_DIRECTION: ReadonlyMap<string, number> = new Map([
  ['before', -1],
  ['earlier', -1],
  ['prior', -1],
  ['previous', -1],
  ['preceding', -1],
  ['after', 1],
  ['later', 1],
  ['next', 1],
  ['following', 1],
]);
/** Words between weekdays that make a span ("Monday to Friday", "Tuesday-Thursday"), not a list. */
const WEEKDAY_RANGE_JOINERS = new Set(['to', 'through', 'until', 'till', 'thru', '-', '–']);
/** Punctuation a sentence can open after. */
const SENTENCE_OPENERS = new Set(['.', '!', '?', '“', '"', '‘', '(', '—', ':', ';']);
/** Verbs after a month that make it the subject ("March was", "January saw"). */
const MONTH_SUBJECT_VERBS = new Set([
  'was',
  'is',
  'will',
  'saw',
  'brought',
  'had',
  'has',
  'marked',
  'proved',
  'became',
  'ended',
  'began',
  'looks',
  'looked',
]);
/** Pronouns that are both objects and possessives ("after her last year"). */
const OBJECT_DETERMINERS = new Set(['her', 'him', 'them', 'us', 'it', 'me', 'you']);
/** Prefixes joined to a month or year by a hyphen: "mid-March", "end-June", "early-2020". */
const HYPHEN_PREFIXES = new Set(['mid', 'end', 'early', 'late']);
/** Words between the two ends of a date range ("January and March 2022", "Jan. 3 to Jan. 9, 2020"). */
const RANGE_JOINERS = new Set(['and', 'to', 'through', 'until', 'till', '-', '–', '—', 'or']);
/** Words that end a noun phrase: a clause or a verb starts ("the blast he heard", "the vote was"). */
const NOUN_PHRASE_ENDS = new Set([
  'that',
  'and',
  'or',
  'but',
  'which',
  'who',
  'when',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'was',
  'were',
  'is',
  'are',
  'had',
  'has',
  'have',
  'will',
  'would',
  'could',
  'did',
  'as',
  'than',
  'so',
]);
/** Words after which "overnight" is an adverb closing its phrase ("overnight and into Sunday"). */
const OVERNIGHT_FOLLOWERS = new Set([
  'and',
  'but',
  'as',
  'in',
  'at',
  'into',
  'after',
  'before',
  'when',
  'while',
  'with',
  'near',
  'across',
  'amid',
  'outside',
  'inside',
  'under',
  'without',
  'by',
  'so',
]);
/** Prepositions before "the new year" that make it a time ("in the new year", "until the new year"). */
const NEW_YEAR_PREPS = new Set(['in', 'into', 'after', 'until', 'till', 'by', 'before', 'early', 'over']);
/** "as early as", "as soon as", "as recently as", "as late as": a limit before a date. */
const AS_AS_WORDS = new Set(['early', 'soon', 'recently', 'late']);
const DURATION_PREPS = new Set(['over', 'in', 'during', 'for', 'within', 'throughout', 'through', 'across']);
/** Quote marks that open a name ("the so-called “Easter flood”"). */
const NAME_OPENING_MARKS = new Set(['“', '"', '‘']);
/** Scheduled events a month can name the date of ("the December meeting"). */
const MONTH_MODIFIED_NOUNS = new Set([
  'meeting',
  'election',
  'vote',
  'budget',
  'hearing',
  'session',
  'sitting',
  'conference',
  'summit',
  'deadline',
  'referendum',
  'auction',
]);
const POSITION_WORDS = new Set(['end', 'middle', 'beginning', 'start', 'close']);
/** Words that can precede "of <Month>" ("the first week of March", "the rest of June"). */
const OF_MONTH_HEADS = new Set([
  'month',
  'week',
  'weeks',
  'weekend',
  'days',
  'half',
  'part',
  'rest',
  'ides',
  'end',
  'remainder',
]);
/** Words after a bare number that make it a count, not a year. */
const COUNT_NOUNS = new Set([
  'people',
  'persons',
  'residents',
  'jobs',
  'employees',
  'workers',
  'staff',
  'troops',
  'soldiers',
  'votes',
  'voters',
  'pounds',
  'dollars',
  'euros',
  'yen',
  'kilometres',
  'kilometers',
  'km',
  'miles',
  'metres',
  'meters',
  'feet',
  'ft',
  'tonnes',
  'tons',
  'acres',
  'hectares',
  'homes',
  'houses',
  'cases',
  'deaths',
  'points',
  'runs',
  'yards',
  'calories',
  'units',
  'copies',
  'students',
  'members',
  'seats',
  'words',
  'pages',
  'cars',
  'vehicles',
  'megawatts',
  'kg',
  'mph',
  'lbs',
  'hours',
  'minutes',
  'seconds',
  'days',
  'weeks',
  'months',
  'years',
  'percent',
  'per',
  'patients',
  'beds',
  'children',
  'families',
  'passengers',
  'visitors',
  'fans',
  'signatures',
  'loaves',
  'shares',
  'barrels',
  'gallons',
  'litres',
  'liters',
  'square',
  'degrees',
]);
const NOT_YEAR_BEFORE = new Set([
  '$',
  '£',
  '€',
  '¥',
  '#',
  'no',
  'nos',
  'number',
  'route',
  'flight',
  'highway',
  'interstate',
  'room',
  'suite',
  'page',
  'pages',
  'article',
  'section',
  'rule',
  'resolution',
  'model',
  'bill',
  'chapter',
  'code',
  'about',
  'nearly',
  'almost',
  'some',
  'roughly',
  'approximately',
  'over',
  'than',
  'only',
  'just',
]);
const STRONG_YEAR_CUES = new Set([
  'in',
  'since',
  'by',
  'before',
  'after',
  'until',
  'till',
  'of',
  'from',
  'during',
  'circa',
  'c',
  'early',
  'late',
  'mid',
  'fiscal',
  'through',
  'throughout',
]);

export class Recogniser {
  private readonly t: readonly Token[];

  constructor(tokens: readonly Token[]) {
    this.t = tokens;
  }

  /** All expressions, in text order, non-overlapping. */
  findAll(): TimeMention[] {
    const found: TimeMention[] = [];
    let floor = 0; // tokens before this belong to an earlier expression
    const n = this.t.length;
    for (let i = 0; i < n; i++) {
      const matched = this.matchAt(i);
      if (!matched || matched.first < floor) continue;
      const core = this.withRelativeYear(matched);
      const mention = this.withPrefix(core, floor);
      if (mention) {
        found.push(mention);
        floor = core.last + 1;
        i = core.last;
        const follow = core.follow ? this.withRelativeYear(core.follow) : undefined;
        const second = follow ? this.withPrefix(follow, floor) : null;
        if (follow && second) {
          found.push(second);
          floor = follow.last + 1;
          i = follow.last;
        }
      }
    }
    return this.withRangeYears(found);
  }

  /**
   * "between January and March 2022", "from Dec. 28 to Jan. 3, 2021": the first end of a range takes
   * the year written with the second (the year before when its month comes later in the calendar).
   */
  private withRangeYears(found: TimeMention[]): TimeMention[] {
    for (let k = 0; k + 1 < found.length; k++) {
      const a = found[k] as TimeMention;
      const b = found[k + 1] as TimeMention;
      const from = a.spec;
      const to = b.spec;
      if (from.kind === 'weekday' && to.kind === 'weekday' && to.mod === null && from.mod === null) {
        // "from Monday to Friday": the second end is the first such day after the first
        const between = b.first - a.last - 1;
        const joiner = this.t[a.last + 1]?.text.toLowerCase() ?? '';
        if (between === 1 && joiner === 'into' && to.weekday === (from.weekday % 7) + 1) {
          // "overnight Thursday into Friday": two days running, the first no further off than this week's
          found[k] = { ...a, spec: { ...from, mod: 'this' } };
          found[k + 1] = { ...b, spec: { kind: 'anaphorWeekday', weekday: to.weekday, direction: 1 } };
          continue;
        }
        const span =
          (between === 1 && WEEKDAY_RANGE_JOINERS.has(this.t[a.last + 1]?.text.toLowerCase() ?? '')) ||
          (between === 0 && (b.prep === 'until' || b.prep === 'till' || b.prep === 'through'));
        if (span) found[k + 1] = { ...b, spec: { kind: 'anaphorWeekday', weekday: to.weekday, direction: 1 } };
        continue;
      }
      if ((from.kind !== 'date' && from.kind !== 'month') || from.year !== null || from.mod !== null) continue;
      if ((to.kind !== 'date' && to.kind !== 'month') || to.year === null) continue;
      const gap = b.first - a.last - 1;
      const joined =
        (gap === 0 && (b.prep === 'through' || b.prep === 'until' || b.prep === 'till')) ||
        (gap === 1 && RANGE_JOINERS.has(this.t[a.last + 1]?.text.toLowerCase() ?? ''));
      if (!joined) continue;
      const year = from.month > to.month ? to.year - 1 : to.year;
      found[k] = { ...a, spec: { ...from, year } };
    }
    return found;
  }

  // ------------------------------------------------------------------ token helpers
  private tok(i: number): Token | undefined {
    return this.t[i];
  }
  private lw(i: number): string {
    return this.t[i]?.lower ?? '';
  }
  private bs(i: number): string {
    return this.t[i]?.base ?? '';
  }
  private isWord(i: number): boolean {
    return this.t[i]?.kind === 'word';
  }
  /** Token i is punctuation `ch`. */
  private is(i: number, ch: string): boolean {
    const token = this.t[i];
    return token !== undefined && token.kind === 'punct' && token.text === ch;
  }
  /** A possessive `'s` on token i ends the expression. */
  private possessive(i: number): boolean {
    const token = this.t[i];
    return token !== undefined && token.base !== token.lower;
  }

  // ------------------------------------------------------------------ dispatch
  private matchAt(i: number): Core | null {
    const token = this.tok(i);
    if (!token) return null;
    if (token.kind === 'num') return this.matchNumber(i);
    if (token.kind !== 'word') return null;
    const word = token.base;
    if (token.cap && HOLIDAY_FIRST_WORDS.has(word)) {
      const holiday = this.matchHoliday(i);
      if (holiday) return holiday;
    }
    if (token.cap && this.weekdayAt(i) !== null) return this.matchWeekday(i, i, null);
    if (MONTHS.has(word) && token.cap) return this.matchMonth(i, i, null);
    switch (word) {
      case 'today':
      case 'tonight':
        return this.deictic(i, 0);
      case 'yesterday':
        return this.deictic(i, -1);
      case 'tomorrow':
        return this.deictic(i, 1);
      case 'the':
        return this.matchThe(i);
      case 'that':
        return this.matchThat(i);
      case 'fiscal':
        return this.matchFiscal(i);
      case 'overnight':
        return this.matchOvernight(i);
      case 'year':
      case 'month':
        return this.matchPeriodEnd(i);
      case 'earlier':
      case 'later':
      case 'early':
      case 'late':
        return this.matchWithin(i);
      default:
        break;
    }
    if (MODIFIERS.has(word)) return this.matchModified(i);
    if (SEASONS.has(word)) return this.matchSeasonYear(i, i);
    if (NUMBER_WORDS.has(word)) return this.matchCount(i, NUMBER_WORDS.get(word) ?? 1);
    if (ORDINAL_WORDS.has(word)) return this.matchQuarter(i, i);
    if (/^fy(\d{2}|\d{4})$/.test(word) && token.cap) {
      if (this.yearRangeAfter(i)) return null; // "FY2024/25": which year is not said
      const digits = word.slice(2);
      const year = digits.length === 2 ? 2000 + Number(digits) : Number(digits);
      return { first: i, last: i, spec: { kind: 'year', year } };
    }
    if (/^h[12]$/.test(word) && token.cap && Number.isFinite(yearValue(this.tok(i + 1)))) {
      // "H1 2024": a half-year, its year
      return { first: i, last: i + 1, spec: { kind: 'year', year: yearValue(this.tok(i + 1)) } };
    }
    if (word === 'fy' && token.text === 'FY') {
      // "FY 2025", "FY25" written apart
      const next = this.tok(i + 1);
      const digits = next?.kind === 'num' ? next.lower : '';
      if (/^(\d{2}|\d{4})$/.test(digits) && !this.yearRangeAfter(i + 1)) {
        return {
          first: i,
          last: i + 1,
          spec: { kind: 'year', year: digits.length === 2 ? 2000 + Number(digits) : Number(digits) },
        };
      }
    }
    if (/^q[1-4]$/.test(word) && token.cap) {
      const year = yearValue(this.tok(i + 1));
      const hasYear = Number.isFinite(year);
      return {
        first: i,
        last: hasYear ? i + 1 : i,
        spec: { kind: 'quarter', quarter: Number(word.charAt(1)), year: hasYear ? year : null },
      };
    }
    return null;
  }

  /**
   * "14 November last year", "in March next year": the yearless date or month takes the year written
   * after it. After a day the year phrase is also an expression of its own; after a month it is part
   * of one ("in May next year" is the month, not the month and the year).
   */
  private withRelativeYear(core: Core): Core {
    const spec = core.spec;
    const yearless = (spec.kind === 'date' || spec.kind === 'month') && spec.year === null && spec.mod === null;
    if (!yearless) return core;
    const j = core.last + 1;
    const mod = this.lw(j);
    if ((mod === 'last' || mod === 'this' || mod === 'next') && this.bs(j + 1) === 'year' && !this.is(j + 2, '-')) {
      const offset = mod === 'last' ? -1 : mod === 'this' ? 0 : 1;
      // after a day the year phrase stays an expression of its own (annotators list "last year" separately)
      const last = spec.kind === 'month' ? j + 1 : core.last;
      return { first: core.first, last, spec: { kind: 'inRelativeYear', offset, base: spec } };
    }
    return core;
  }

  // ------------------------------------------------------------------ prefixes
  /** Extends a core leftwards over "late", "early", "mid-", "the end of" and one preposition. */
  private withPrefix(core: Core, floor: number): TimeMention | null {
    let first = core.first;
    let prep: string | null = null;
    let modifier = false;
    for (let guard = 0; guard < 5; guard++) {
      const j = first - 1;
      if (j < floor) break;
      const lower = this.lw(j);
      if (
        this.is(j, '-') &&
        !this.tok(j)?.spaceBefore &&
        touching(this.tok(first)) &&
        HYPHEN_PREFIXES.has(this.lw(j - 1)) &&
        j - 1 >= floor
      ) {
        if (modifier) break;
        first = j - 1;
        modifier = true;
        continue;
      }
      if (!this.isWord(j)) break;
      if (
        (lower === 'early' || lower === 'late' || lower === 'earlier' || lower === 'later' || lower === 'mid') &&
        !modifier
      ) {
        first = j;
        modifier = true;
        continue;
      }
      if (lower === 'least' && this.lw(j - 1) === 'at' && PREPOSITIONS.has(this.lw(j - 2)) && !prep && j - 2 >= floor) {
        prep = this.lw(j - 2);
        first = j - 2;
        continue;
      }
      if (lower === 'as' && AS_AS_WORDS.has(this.lw(j - 1)) && this.lw(j - 2) === 'as' && !prep && j - 2 >= floor) {
        // "as recently as March" looks back; "as early as Monday" takes its clause's tense
        prep = this.lw(j - 1) === 'recently' ? 'as recently as' : 'as';
        first = j - 2;
        continue;
      }
      if (lower === 'of' && this.lw(j - 1) === 'as' && !prep && j - 1 >= floor) {
        prep = 'as of';
        first = j - 1;
        continue;
      }
      if (PREPOSITIONS.has(lower) && !prep) {
        prep = lower;
        first = j;
        continue;
      }
      break;
    }
    const firstToken = this.tok(first);
    const lastToken = this.tok(core.last);
    if (!firstToken || !lastToken) return null;
    const end = lastToken.kind === 'punct' ? lastToken.end : lastToken.baseEnd;
    return { first, last: core.last, start: firstToken.start, end, spec: core.spec, prep };
  }

  // ------------------------------------------------------------------ matchers
  private deictic(i: number, offset: number): Core {
    // "yesterday morning", "tomorrow night"
    const next = this.bs(i + 1);
    const last = PARTS_OF_DAY.has(next) && !this.possessive(i) ? i + 1 : i;
    return { first: i, last, spec: { kind: 'deictic', offset } };
  }

  /** The weekday named at token i, in full or as an abbreviation with its period ("Thurs."), else null. */
  private weekdayAt(i: number): { weekday: number; last: number } | null {
    const word = this.bs(i);
    const full = WEEKDAYS.get(word);
    if (full !== undefined) return { weekday: full, last: i };
    const short = WEEKDAY_ABBREVIATIONS.get(word);
    if (short === undefined || !this.tok(i)?.cap) return null;
    if (this.is(i + 1, '.') && touching(this.tok(i + 1))) return { weekday: short, last: i + 1 };
    // without its period only before a day of the month ("Tue 4 March", "Sat 15th"), not "Sun 14 hours"
    const day = this.tok(i + 1);
    const ordinal = /(st|nd|rd|th)$/.test(day?.base ?? '');
    const monthAfter = this.tok(i + 2)?.cap === true && MONTHS.has(this.bs(i + 2));
    if (Number.isFinite(dayValue(day)) && (ordinal || monthAfter)) return { weekday: short, last: i };
    return null;
  }

  /**
   * British "Monday week" (the Monday after the coming one), "a week on Friday", "two weeks on
   * Tuesday": that many weeks after the coming weekday. `first`..`end` is the weekday.
   */
  private weeksOnWeekday(first: number, end: number, weeks: number, weekday: number): Core {
    return {
      first,
      last: end,
      spec: {
        kind: 'shifted',
        unit: 'day',
        offset: 7 * weeks,
        base: { kind: 'weekday', weekday, mod: 'coming' },
      },
    };
  }

  /** Token i ends a phrase: nothing, punctuation or a joining word follows ("Monday week, when ..."). */
  private closesPhrase(i: number): boolean {
    const token = this.tok(i);
    return !token || token.kind === 'punct' || OVERNIGHT_FOLLOWERS.has(token.lower) || token.lower === 'to';
  }

  /** "by year-end", "at month-end": the end of this year or month. */
  private matchPeriodEnd(i: number): Core | null {
    if (!this.is(i + 1, '-') || !touching(this.tok(i + 1)) || this.lw(i + 2) !== 'end' || !touching(this.tok(i + 2)))
      return null;
    if (MODIFIERS.has(this.lw(i - 1))) return null; // "last year-end": left to the year phrase
    const unit = this.lw(i) === 'year' ? 'year' : 'month';
    return { first: i, last: i + 2, spec: { kind: 'relative', unit, offset: 0 } };
  }

  /** "earlier in the week", "later in the month", "early in the year", "late in the day". */
  private matchWithin(i: number): Core | null {
    if (this.lw(i + 1) !== 'in' || this.lw(i + 2) !== 'the') return null;
    const unit = this.lw(i + 3);
    if (unit !== 'day' && unit !== 'week' && unit !== 'month' && unit !== 'year') return null;
    if (this.is(i + 4, '-') && touching(this.tok(i + 4))) return null; // "early in the year-end"
    return { first: i, last: i + 3, spec: { kind: 'within', unit } };
  }

  /** After a weekday: an optional part of the day, or a date ("Tuesday, Dec. 5"). */
  private matchWeekday(first: number, i: number, mod: Modifier | null): Core | null {
    const named = this.weekdayAt(i);
    const token = this.tok(i);
    if (!token || !named) return null;
    const { weekday } = named;
    const end = named.last;
    // "Sunday-morning program": a compound modifier, habitual
    if (this.is(end + 1, '-') && touching(this.tok(end + 1))) return null;
    if (first === i && GENERIC_BEFORE_WEEKDAY.has(this.lw(i - 1))) return null;
    // "the Good Friday Agreement", "Black Friday Sale": part of a name the holiday check turned down
    if (first === i && this.tok(i - 1)?.cap && HOLIDAY_FIRST_WORDS.has(this.bs(i - 1))) return null;
    if (!this.possessive(i)) {
      let j = end + 1;
      if (this.is(j, ',')) j++;
      const date = this.matchDateAt(j);
      if (date && date.spec.kind === 'date') {
        // "Tuesday, Dec. 5": two expressions (as annotators list them), both the date, whose year
        // the weekday can settle
        const spec: TimeSpec = { ...date.spec, weekday };
        return { first, last: end, spec, follow: { first: date.first, last: date.last, spec } };
      }
      if (PARTS_OF_DAY.has(this.bs(end + 1)) && this.isWord(end + 1)) {
        return { first, last: end + 1, spec: { kind: 'weekday', weekday, mod } };
      }
      if (mod === null && this.lw(end + 1) === 'week' && this.closesPhrase(end + 2))
        return this.weeksOnWeekday(first, end + 1, 1, weekday);
      // "Sunday the 11th": the weekday, then that day of the month (taking the weekday's month)
      const ordinal = this.tok(end + 2);
      if (
        this.lw(end + 1) === 'the' &&
        Number.isFinite(dayValue(ordinal)) &&
        /(st|nd|rd|th)$/.test(ordinal?.base ?? '')
      ) {
        const follow: Core = { first: end + 1, last: end + 2, spec: { kind: 'dayOfMonth', day: dayValue(ordinal) } };
        return { first, last: end, spec: { kind: 'weekday', weekday, mod }, follow };
      }
    }
    return { first, last: end, spec: { kind: 'weekday', weekday, mod } };
  }

  /** A month name: "March 5", "March 5, 2021", "March 2021", "March of 2021", or a bare month after a cue. */
  private matchMonth(first: number, i: number, mod: Modifier | null): Core | null {
    const word = MONTHS.get(this.bs(i));
    if (!word) return null;
    let j = i + 1;
    const hasPeriod = this.is(j, '.') && touching(this.tok(j));
    if (word.abbreviation && hasPeriod) j++;
    if (!this.possessive(i)) {
      const day = dayValue(this.tok(j));
      const dayToken = this.tok(j);
      if (Number.isFinite(day) && dayToken && !this.is(j + 1, ':') && !this.is(j + 1, '%')) {
        // "March 5, 2021" / "March 5 2021"
        let k = j + 1;
        if (this.is(k, ',')) k++;
        const year = yearValue(this.tok(k));
        if (Number.isFinite(year) && !this.is(k + 1, '-')) {
          return { first, last: k, spec: { kind: 'date', month: word.month, day, year, weekday: null, mod } };
        }
        return { first, last: j, spec: { kind: 'date', month: word.month, day, year: null, weekday: null, mod } };
      }
      const year = yearValue(this.tok(j));
      if (Number.isFinite(year)) return { first, last: j, spec: { kind: 'month', month: word.month, year, mod } };
      if (this.lw(j) === 'of' && Number.isFinite(yearValue(this.tok(j + 1)))) {
        return {
          first,
          last: j + 1,
          spec: { kind: 'month', month: word.month, year: yearValue(this.tok(j + 1)), mod },
        };
      }
    }
    // bare month: an abbreviation needs its period, and any month needs a cue word before it
    if (word.abbreviation && !hasPeriod) return null;
    if (mod === null) {
      const before = this.lw(i - 1);
      const cue =
        BARE_MONTH_CUES.has(before) ||
        this.monthAsSubject(i) ||
        (before === 'as' && AS_AS_WORDS.has(this.lw(i - 2)) && this.lw(i - 3) === 'as') ||
        (before === 'least' && this.lw(i - 2) === 'at' && BARE_MONTH_CUES.has(this.lw(i - 3))) ||
        (this.is(i - 1, '-') && HYPHEN_PREFIXES.has(this.lw(i - 2))) ||
        (this.possessive(i) && this.bs(i) !== 'may') ||
        this.monthAsModifier(i) ||
        this.monthAsComplement(i);
      if (!cue) return null;
      // "the end of March" is fine; "of" otherwise must follow a time word
      if (before === 'of' && !POSITION_WORDS.has(this.lw(i - 2)) && !OF_MONTH_HEADS.has(this.lw(i - 2))) return null;
      if (this.bs(i) === 'may' && (before === 'and' || before === 'or' || before === 'to' || before === 'for'))
        return null;
    }
    return {
      first,
      last: hasPeriod && word.abbreviation ? i + 1 : i,
      spec: { kind: 'month', month: word.month, year: null, mod },
    };
  }

  /** "the December meeting", "at the May election": a month naming when a scheduled event falls. */
  private monthAsModifier(i: number): boolean {
    return this.lw(i - 1) === 'the' && !!this.tok(i)?.cap && MONTH_MODIFIED_NOUNS.has(this.lw(i + 1));
  }

  /** "Now it's June", "it was May": the month is the time being described, not a name ("it's June Ames"). */
  private monthAsComplement(i: number): boolean {
    const before = this.lw(i - 1);
    const copula = before === "it's" || ((before === 'is' || before === 'was') && this.lw(i - 2) === 'it');
    const next = this.tok(i + 1);
    return copula && !!this.tok(i)?.cap && (!next || next.kind === 'punct' || !next.cap);
  }

  /** Nothing names an anchor after token k-1: the clause or sentence ends there. */
  private anaphorEnds(k: number): boolean {
    const next = this.tok(k);
    return !next || next.kind === 'punct' || ['and', 'or', 'but', 'when', 'as'].includes(next.lower);
  }

  /** "March was the wettest month", "January saw record sales": a month opening its sentence as subject. */
  private monthAsSubject(i: number): boolean {
    if (this.bs(i) === 'may') return false;
    const prev = this.tok(i - 1);
    const opens = !prev || (prev.kind === 'punct' && SENTENCE_OPENERS.has(prev.text));
    return opens && MONTH_SUBJECT_VERBS.has(this.lw(i + 1));
  }

  /** A date starting at token j in either order ("Dec. 5", "5 December 2023"), or null. */
  private matchDateAt(j: number): Core | null {
    const token = this.tok(j);
    if (!token) return null;
    if (token.kind === 'word' && token.cap && MONTHS.has(token.base)) {
      const core = this.matchMonth(j, j, null);
      return core && core.spec.kind === 'date' ? core : null;
    }
    if (token.kind === 'num') {
      const core = this.matchDayFirst(j);
      return core && core.spec.kind === 'date' ? core : null;
    }
    return null;
  }

  /** "5 March", "5th March 2021", "5 March, 2021". */
  private matchDayFirst(i: number): Core | null {
    const day = dayValue(this.tok(i));
    if (!Number.isFinite(day)) return null;
    let j = i + 1;
    if (this.lw(j) === 'of') j++;
    const monthToken = this.tok(j);
    if (!monthToken || monthToken.kind !== 'word' || !monthToken.cap) return null;
    const word = MONTHS.get(monthToken.base);
    if (!word) return null;
    let last = j;
    if (word.abbreviation) {
      if (this.is(j + 1, '.') && touching(this.tok(j + 1))) last = j + 1;
    }
    let k = last + 1;
    if (this.is(k, ',')) k++;
    const year = yearValue(this.tok(k));
    if (Number.isFinite(year) && !this.possessive(j)) {
      return { first: i, last: k, spec: { kind: 'date', month: word.month, day, year, weekday: null, mod: null } };
    }
    return { first: i, last, spec: { kind: 'date', month: word.month, day, year: null, weekday: null, mod: null } };
  }

  private matchNumber(i: number): Core | null {
    const token = this.tok(i);
    if (!token) return null;
    // ISO date 2024-07-01
    if (/^\d{4}$/.test(token.lower) && this.is(i + 1, '-') && touching(this.tok(i + 1)) && this.is(i + 3, '-')) {
      const m = this.tok(i + 2);
      const d = this.tok(i + 4);
      if (
        m &&
        d &&
        /^\d{2}$/.test(m.lower) &&
        /^\d{2}$/.test(d.base) &&
        touching(m) &&
        touching(this.tok(i + 3)) &&
        touching(d)
      ) {
        return {
          first: i,
          last: i + 4,
          spec: {
            kind: 'date',
            month: Number(m.lower),
            day: Number(d.base),
            year: Number(token.lower),
            weekday: null,
            mod: null,
          },
        };
      }
    }
    const dayFirst = this.matchDayFirst(i);
    if (dayFirst) return dayFirst;
    const value = numberValue(token);
    if (Number.isFinite(value) && /^\d+$/.test(token.lower) && value > 0 && value < 1000) {
      const count = this.matchCount(i, value);
      if (count) return count;
    }
    return this.matchYear(i);
  }

  /** A four-digit year used as a date: "in 2019", "since 2009", "the 1993 final", "2019's". */
  private matchYear(i: number): Core | null {
    const token = this.tok(i);
    const year = yearValue(token);
    if (!token || !Number.isFinite(year)) return null;
    const prevToken = this.tok(i - 1);
    const before = this.lw(i - 1);
    // part of a larger number, a range of seasons ("2023-24"), a price, a code
    if (prevToken && touching(token) && (prevToken.kind === 'num' || prevToken.text === '.' || prevToken.text === ','))
      return null;
    if (NOT_YEAR_BEFORE.has(before) || (prevToken?.kind === 'punct' && NOT_YEAR_BEFORE.has(prevToken.text)))
      return null;
    const next = this.tok(i + 1);
    if (next && touching(next) && (next.text === '-' || next.text === '–' || next.text === '/')) {
      const after = this.tok(i + 2);
      if (after?.kind === 'num' && /^\d{2}$/.test(after.lower)) return null;
    }
    if (next && (next.text === '%' || (next.text === '.' && this.tok(i + 2)?.kind === 'num'))) return null;
    if (next && next.kind === 'word' && COUNT_NOUNS.has(next.lower) && !this.possessive(i)) return null;
    if (next && next.text === ':' && touching(next)) return null;
    const strong = STRONG_YEAR_CUES.has(before) || (this.is(i - 1, '-') && this.lw(i - 2) === 'mid');
    if (year < 1900 || year > 2099) {
      if (!strong || year < 1000 || year > 2999) return null;
    }
    return { first: i, last: i, spec: { kind: 'year', year } };
  }

  /** "two weeks ago", "a decade ago", "a year earlier", "14 days later", "a week after the vote". */
  private matchCount(i: number, count: number): Core | null {
    const ahead = this.matchTimeFromNow(i, count);
    if (ahead) return ahead;
    let j = i + 1;
    const unitWord = this.lw(j);
    // "a fortnight ago": two weeks
    const fortnight = unitWord === 'fortnight' || unitWord === 'fortnights';
    const unit = fortnight ? 'week' : UNITS.get(unitWord);
    if (!unit) return null;
    const amount = fortnight ? 2 * count : count;
    // "a week's supply", "one year-long": not a point in time
    if (this.possessive(j) || (this.is(j + 1, '-') && touching(this.tok(j + 1)))) return null;
    j++;
    const after = this.lw(j);
    if (after === 'ago') {
      // "a year ago today", "a decade ago this week": the same day or week back
      if (this.lw(j + 1) === 'today')
        return { first: i, last: j + 1, spec: { kind: 'ago', unit, amount, same: 'day' } };
      const same = this.lw(j + 2);
      if (this.lw(j + 1) === 'this' && (same === 'week' || same === 'month') && !this.possessive(j + 2))
        return { first: i, last: j + 2, spec: { kind: 'ago', unit, amount, same } };
      return { first: i, last: j, spec: { kind: 'ago', unit, amount } };
    }
    if (after === 'on' && unit === 'week' && !this.possessive(j + 1)) {
      const named = this.weekdayAt(j + 1);
      if (named && this.lw(named.last + 1) !== 'from') return this.weeksOnWeekday(i, named.last, amount, named.weekday);
    }
    const direction = ANAPHOR_DIRECTION.get(after);
    if (
      direction === undefined ||
      after === 'next' ||
      after === 'following' ||
      after === 'previous' ||
      after === 'preceding'
    ) {
      return null;
    }
    if (after === 'prior' && this.lw(j + 1) === 'to') return this.withNoun(i, j + 1, unit, direction * amount);
    if (after === 'before' || after === 'after') return this.withNoun(i, j, unit, direction * amount);
    return { first: i, last: j, spec: { kind: 'anaphor', unit, offset: direction * amount, noun: null } };
  }

  /** "in two weeks' time", "in a month's time": the possessive and "time" make it a point ahead. */
  private matchTimeFromNow(i: number, count: number): Core | null {
    if (this.lw(i - 1) !== 'in') return null;
    const unit = UNITS.get(this.bs(i + 1));
    if (!unit) return null;
    let k = i + 2;
    if (!this.possessive(i + 1)) {
      if (!this.is(k, "'") && !this.is(k, '’')) return null;
      k++;
    }
    if (this.lw(k) !== 'time') return null;
    return { first: i, last: k, spec: { kind: 'ahead', unit, amount: count } };
  }

  /**
   * "... before/after" + what follows: nothing (the anchor is the event just mentioned), or a noun
   * phrase naming the anchor ("the vote").
   */
  private withNoun(first: number, j: number, unit: Unit, offset: number): Core | null {
    const next = this.tok(j + 1);
    // "the day after Thanksgiving", "two days before Dec. 25": relative to the expression that follows
    const base = next && next.kind !== 'punct' ? this.matchAt(j + 1) : null;
    if (base && !isAnaphoric(base.spec) && base.spec.kind !== 'shifted') {
      return { first, last: base.last, spec: { kind: 'shifted', unit, offset, base: base.spec } };
    }
    if (
      !next ||
      next.kind === 'punct' ||
      next.newlineBefore ||
      ['and', 'or', 'but', 'when', 'as'].includes(next.lower)
    ) {
      return { first, last: j, spec: { kind: 'anaphor', unit, offset, noun: null } };
    }
    if (!DETERMINERS.has(next.lower)) return null;
    // the head noun: a happening's name in a short noun phrase after the determiner, else its last
    // word, stopping where a clause goes on ("the night of the blast he heard ...")
    let head = '';
    for (let k = j + 2; k <= j + 4; k++) {
      const token = this.tok(k);
      if (
        !token ||
        token.kind !== 'word' ||
        PREPOSITIONS.has(token.lower) ||
        NOUN_PHRASE_ENDS.has(token.lower) ||
        (k > j + 2 && token.newlineBefore)
      )
        break;
      head = token.base;
      if (EVENT_NOUNS.has(head)) break;
    }
    if (head === '') return null;
    return { first, last: j, spec: { kind: 'anaphor', unit, offset, noun: head } };
  }

  /**
   * "the night of the blast", "the morning of Dec. 3", "the eve of the vote": a day named by what
   * follows "of", which must be a date or a noun phrase (not "the day of reckoning").
   */
  private withNamedAnchor(first: number, of: number, offset: number): Core | null {
    const core = this.withNoun(first, of, 'day', offset);
    if (!core) return null;
    if (core.spec.kind === 'anaphor' && core.spec.noun === null) return null;
    return core;
  }

  /**
   * "named a ship after her last year": a pronoun object before "last year" that closes its clause,
   * not "her last year at school".
   */
  private afterObject(i: number): boolean {
    if (!OBJECT_DETERMINERS.has(this.lw(i - 1)) || this.lw(i) !== 'last') return false;
    const unit = this.lw(i + 1);
    if (unit !== 'year' && unit !== 'week' && unit !== 'month') return false;
    const after = this.tok(i + 2);
    return !after || (after.kind === 'punct' && after.text !== '-' && after.text !== '’' && after.text !== "'");
  }

  /** last/this/next/coming/"this past" + weekday, month, season, week|month|year, weekend, night. */
  private matchModified(i: number): Core | null {
    let mod = this.lw(i) as Modifier;
    const before = this.lw(i - 1);
    if (mod !== 'this' && (DETERMINERS.has(before) || this.possessive(i - 1)) && !this.afterObject(i)) return null;
    if (mod === 'past') return null; // only "this past ..."
    let j = i + 1;
    if (mod === 'this' && (this.lw(j) === 'past' || this.lw(j) === 'coming')) {
      mod = this.lw(j) as Modifier;
      j++;
    }
    const token = this.tok(j);
    if (!token || token.kind !== 'word') return null;
    const word = token.base;
    if (token.cap && this.weekdayAt(j) !== null) return this.matchWeekday(i, j, mod);
    if (MONTHS.has(word) && token.cap) {
      const core = this.matchMonth(i, j, mod);
      if (core) return core;
    }
    if (SEASONS.has(word)) {
      const season = SEASONS.get(word) as Season;
      return { first: i, last: j, spec: { kind: 'season', season, year: null, mod } };
    }
    if (word === 'weekend') return { first: i, last: j, spec: { kind: 'weekend', mod } };
    if (word === 'quarter' && !this.lw(j).endsWith('s')) {
      // last/this/next quarter: the year of that calendar quarter
      const offset = mod === 'last' || mod === 'past' ? -1 : mod === 'this' ? 0 : 1;
      return { first: i, last: j, spec: { kind: 'relativeQuarter', offset } };
    }
    if (word === 'week' || word === 'month' || word === 'year') {
      if (this.is(j + 1, '-') && touching(this.tok(j + 1))) return null; // "last year-end"
      const offset = mod === 'last' ? -1 : mod === 'this' ? 0 : mod === 'past' ? -1 : 1;
      return { first: i, last: j, spec: { kind: 'relative', unit: word, offset } };
    }
    if (mod === 'this' && (word === 'morning' || word === 'afternoon' || word === 'evening')) {
      return { first: i, last: j, spec: { kind: 'deictic', offset: 0 } };
    }
    if (mod === 'last' && (word === 'night' || word === 'evening')) {
      return { first: i, last: j, spec: { kind: 'deictic', offset: -1 } };
    }
    if (mod === 'this' && word === 'time' && (this.lw(j + 1) === 'last' || this.lw(j + 1) === 'next')) {
      const unit = this.lw(j + 2);
      if (unit === 'year' || unit === 'week' || unit === 'month') {
        return { first: i, last: j + 2, spec: { kind: 'relative', unit, offset: this.lw(j + 1) === 'last' ? -1 : 1 } };
      }
    }
    if (token.cap && HOLIDAY_FIRST_WORDS.has(word)) {
      const holiday = this.matchHoliday(j);
      if (holiday && holiday.spec.kind === 'date')
        return { first: i, last: holiday.last, spec: { ...holiday.spec, mod } };
      if (holiday && holiday.spec.kind === 'floating')
        return { first: i, last: holiday.last, spec: { ...holiday.spec, mod } };
    }
    return null;
  }

  /** Constructions that open with "the". */
  private matchThe(i: number): Core | null {
    const j = i + 1;
    const token = this.tok(j);
    if (!token || token.kind === 'punct') return null;
    const word = token.base;
    const before = this.lw(i - 1);

    // the end/middle/beginning of <time>
    if (POSITION_WORDS.has(word) && this.lw(j + 1) === 'of') {
      const k = j + 2;
      const target = this.lw(k);
      if (target === 'the') {
        const unit = this.bs(k + 1);
        if (unit === 'week' || unit === 'month' || unit === 'year') {
          return { first: i, last: k + 1, spec: { kind: 'relative', unit, offset: 0 } };
        }
        if (unit === 'weekend') return { first: i, last: k + 1, spec: { kind: 'weekend', mod: 'this' } };
        const season = SEASONS.get(unit);
        if (season && !this.possessive(k + 1))
          return { first: i, last: k + 1, spec: { kind: 'season', season, year: null, mod: null } };
        return null;
      }
      const inner = this.matchAt(k);
      if (inner && inner.first === k && inner.spec.kind !== 'anaphor')
        return { first: i, last: inner.last, spec: inner.spec };
      return null;
    }

    // the week of Dec. 11 / the weekend of March 4: that date's ISO week
    if ((word === 'week' || word === 'weekend') && this.lw(j + 1) === 'of') {
      const date = this.matchDateAt(j + 2);
      if (date) return { first: i, last: date.last, spec: { kind: 'weekOf', base: date.spec } };
    }

    // the summer before / the winter after: no anchor named, so the event just dated
    const stepped = SEASONS.get(word);
    const stepDirection = ANAPHOR_DIRECTION.get(this.lw(j + 1));
    if (stepped && stepDirection !== undefined && this.anaphorEnds(j + 2)) {
      const seasonStep = { season: stepped, direction: stepDirection > 0 ? 1 : -1 } as const;
      return { first: i, last: j + 1, spec: { kind: 'anaphorMonth', month: null, seasonStep } };
    }

    // the day before / the week after the vote
    const unit = UNITS.get(word);
    if ((unit && unit !== 'decade' && !word.endsWith('s')) || PARTS_OF_DAY.has(word)) {
      const u: Unit = unit ?? 'day';
      const after = this.lw(j + 1);
      // "the week before last": two back
      if (after === 'before' && this.lw(j + 2) === 'last' && unit && unit !== 'decade' && !UNITS.has(this.lw(j + 3)))
        return { first: i, last: j + 2, spec: { kind: 'ago', unit, amount: 2 } };
      if (after === 'before' || after === 'after') return this.withNoun(i, j + 1, u, after === 'before' ? -1 : 1);
      if (after === 'of' && u === 'day') return this.withNamedAnchor(i, j + 1, 0); // "the night of the blast"
      if (after === 'earlier' || after === 'later') {
        return {
          first: i,
          last: j + 1,
          spec: { kind: 'anaphor', unit: u, offset: after === 'earlier' ? -1 : 1, noun: null },
        };
      }
      return null;
    }
    if (word === 'eve' && this.lw(j + 1) === 'of') return this.withNamedAnchor(i, j + 1, -1); // "the eve of the vote"
    // "over the past weekend": the last one (but "the past week" is a duration)
    if (word === 'past' && this.bs(j + 1) === 'weekend' && !this.possessive(j + 1))
      return { first: i, last: j + 1, spec: { kind: 'weekend', mod: 'last' } };
    if (word === 'weekend') {
      if (
        ['over', 'during', 'at', 'on', 'for', 'by', 'until', 'since', 'through', 'across', 'throughout'].includes(
          before,
        )
      ) {
        return { first: i, last: j, spec: { kind: 'weekend', mod: null } };
      }
      return null;
    }

    // the next day / the following week / the previous Friday / the same day
    const direction = ANAPHOR_DIRECTION.get(word);
    if (
      direction !== undefined &&
      (word === 'next' || word === 'following' || word === 'previous' || word === 'preceding' || word === 'prior')
    ) {
      const k = j + 1;
      const target = this.tok(k);
      if (!target || target.kind !== 'word') return null;
      const targetWord = target.base;
      if (WEEKDAYS.has(targetWord) && target.cap) {
        return {
          first: i,
          last: k,
          spec: { kind: 'anaphorWeekday', weekday: WEEKDAYS.get(targetWord) ?? 1, direction: direction > 0 ? 1 : -1 },
        };
      }
      const season = SEASONS.get(targetWord);
      if (season) {
        const seasonStep = { season, direction: direction > 0 ? 1 : -1 } as const;
        return { first: i, last: k, spec: { kind: 'anaphorMonth', month: null, seasonStep } };
      }
      const targetUnit = UNITS.get(targetWord);
      const isPart = PARTS_OF_DAY.has(targetWord);
      if ((!targetUnit || targetUnit === 'decade' || targetWord.endsWith('s')) && !isPart && targetWord !== 'weekend')
        return null;
      // "over the next week", "in the next year": durations
      if (DURATION_PREPS.has(before) && word === 'next') return null;
      if (targetWord === 'weekend')
        return { first: i, last: k, spec: { kind: 'anaphor', unit: 'week', offset: direction, noun: null } };
      return { first: i, last: k, spec: { kind: 'anaphor', unit: targetUnit ?? 'day', offset: direction, noun: null } };
    }
    if (word === 'same') {
      // "the same morning": a part of the anchor's day
      const targetUnit = PARTS_OF_DAY.has(this.bs(j + 1)) ? 'day' : UNITS.get(this.bs(j + 1));
      if (targetUnit && targetUnit !== 'decade' && !this.bs(j + 1).endsWith('s')) {
        return { first: i, last: j + 1, spec: { kind: 'anaphor', unit: targetUnit, offset: 0, noun: null } };
      }
      return null;
    }

    // the 14th / the 14th of March
    if (token.kind === 'num') {
      const day = dayValue(token);
      if (Number.isFinite(day) && /(st|nd|rd|th)$/.test(token.base)) {
        const date = this.matchDayFirst(j);
        if (date && date.spec.kind === 'date') return { first: i, last: date.last, spec: date.spec };
        const after = this.tok(j + 1);
        const standalone =
          !after ||
          after.kind === 'punct' ||
          ['and', 'at', 'in', 'when', 'to', 'for', 'after', 'before', 'but', 'or', 'as', 'with'].includes(after.lower);
        if (standalone && PREPOSITIONS.has(before)) return { first: i, last: j, spec: { kind: 'dayOfMonth', day } };
      }
      return null;
    }

    // the June quarter (Australian and business style): the calendar quarter ending that month
    const quarterMonth = MONTHS.get(word);
    if (quarterMonth && token.cap && this.bs(j + 1) === 'quarter' && !this.lw(j + 1).endsWith('s')) {
      const yearToken = yearValue(this.tok(j + 2));
      const hasYear = Number.isFinite(yearToken);
      return {
        first: i,
        last: hasYear ? j + 2 : j + 1,
        spec: { kind: 'quarter', quarter: Math.ceil(quarterMonth.month / 3), year: hasYear ? yearToken : null },
      };
    }

    // the third quarter, the first half of 2024
    if (ORDINAL_WORDS.has(word)) {
      const quarter = this.matchQuarter(i, j);
      if (quarter) return quarter;
    }
    // the first three months of 2024, the last six months of the year
    if (word === 'first' || word === 'last') {
      const months = this.matchMonthsOfYear(i, j);
      if (months) return months;
    }
    // in the new year: not "the New Year" holiday, which is capitalised
    if (word === 'new' && this.lw(j + 1) === 'year' && !token.cap && NEW_YEAR_PREPS.has(before)) {
      const after = this.tok(j + 2);
      if (!after || after.kind === 'punct' || !(this.possessive(j + 1) || after.lower === 'resolution'))
        return { first: i, last: j + 1, spec: { kind: 'newYear' } };
    }

    // the spring of 1993 / in the spring
    if (SEASONS.has(word)) {
      const season = SEASONS.get(word) as Season;
      if (this.lw(j + 1) === 'of') {
        const year = yearValue(this.tok(j + 2));
        if (Number.isFinite(year)) return { first: i, last: j + 2, spec: { kind: 'season', season, year, mod: null } };
        return null;
      }
      if (['in', 'during', 'by', 'until', 'since', 'over', 'through', 'before', 'after', 'till'].includes(before)) {
        const next = this.tok(j + 1);
        if (
          next &&
          next.kind === 'word' &&
          !['and', 'or', 'when', 'as', 'to', 'for', 'at', 'with', 'but', 'before', 'after'].includes(next.lower)
        ) {
          return null; // "in the summer months", "the fall in prices"
        }
        return { first: i, last: j, spec: { kind: 'season', season, year: null, mod: null } };
      }
      return null;
    }

    // the Fourth of July
    if (token.cap && HOLIDAY_FIRST_WORDS.has(word)) {
      const holiday = this.matchHoliday(j);
      if (holiday) return { first: i, last: holiday.last, spec: holiday.spec };
    }
    return null;
  }

  /** that day / that afternoon / that week: the anchor's day, week, month or year. */
  private matchThat(i: number): Core | null {
    let j = i + 1;
    if (this.lw(j) === 'same') j++;
    const token = this.tok(j);
    if (!token || token.kind !== 'word') return null;
    const word = token.base;
    if (PARTS_OF_DAY.has(word) || word === 'day')
      return { first: i, last: j, spec: { kind: 'anaphor', unit: 'day', offset: 0, noun: null } };
    if (word === 'week' || word === 'weekend')
      return { first: i, last: j, spec: { kind: 'anaphor', unit: 'week', offset: 0, noun: null } };
    if (word === 'month') return { first: i, last: j, spec: { kind: 'anaphor', unit: 'month', offset: 0, noun: null } };
    // "that February": the month of the year just given; "that summer": that year (a winter spans two).
    // Only where "that" is a determiner: opening a sentence or after a preposition, not "said that May"
    const before = this.tok(i - 1);
    const after = this.tok(j + 1);
    const determiner =
      !before ||
      before.kind === 'punct' ||
      PREPOSITIONS.has(before.lower) ||
      !after ||
      after.kind === 'punct' ||
      !(NOUN_PHRASE_ENDS.has(after.lower) || after.lower.endsWith('ed'));
    if (!determiner) return null;
    const month = MONTHS.get(word);
    if (month && !month.abbreviation && token.cap && word !== 'may' && !this.possessive(j))
      return { first: i, last: j, spec: { kind: 'anaphorMonth', month: month.month } };
    const season = SEASONS.get(word);
    if (season && season !== 'winter' && !this.possessive(j))
      return { first: i, last: j, spec: { kind: 'anaphorMonth', month: null } };
    if (word === 'year') return { first: i, last: j, spec: { kind: 'anaphor', unit: 'year', offset: 0, noun: null } };
    return null;
  }

  /** "the third quarter", "third-quarter", "the fourth quarter of 2024", "the first half of next year". */
  private matchQuarter(first: number, i: number): Core | null {
    const ordinal = ORDINAL_WORDS.get(this.bs(i));
    if (ordinal === undefined) return null;
    let j = i + 1;
    if (this.is(j, '-') && touching(this.tok(j))) j++;
    const noun = this.bs(j);
    if (noun === 'quarter' && !this.lw(j).endsWith('s')) {
      const year = this.yearAfterOf(j);
      if (year) return { first, last: year.last, spec: { kind: 'quarter', quarter: ordinal, year: year.year } };
      const yearToken = yearValue(this.tok(j + 1));
      if (Number.isFinite(yearToken))
        return { first, last: j + 1, spec: { kind: 'quarter', quarter: ordinal, year: yearToken } };
      return { first, last: j, spec: { kind: 'quarter', quarter: ordinal, year: null } };
    }
    if (noun === 'half' && ordinal <= 2 && this.lw(j + 1) === 'of') {
      const year = this.yearAfterOf(j);
      if (year)
        return { first, last: year.last, spec: { kind: 'quarter', quarter: ordinal === 1 ? 1 : 3, year: year.year } };
      const k = j + 2;
      if (this.lw(k) === 'the' && this.lw(k + 1) === 'year') {
        return { first, last: k + 1, spec: { kind: 'relative', unit: 'year', offset: 0 } };
      }
      const relative = this.matchModified(k);
      if (relative && relative.spec.kind === 'relative' && relative.spec.unit === 'year') {
        return { first, last: relative.last, spec: relative.spec };
      }
    }
    return null;
  }

  /**
   * "the first three months of 2024", "the last six months of the year", "the first nine months of
   * last year": the year they are part of. Token j is "first" or "last".
   */
  private matchMonthsOfYear(first: number, j: number): Core | null {
    const count = this.tok(j + 1);
    const amount = count?.kind === 'num' ? numberValue(count) : (NUMBER_WORDS.get(this.lw(j + 1)) ?? Number.NaN);
    if (!(amount >= 2 && amount <= 11) || this.lw(j + 2) !== 'months' || this.lw(j + 3) !== 'of') return null;
    const k = j + 4;
    const year = yearValue(this.tok(k));
    if (Number.isFinite(year)) return { first, last: k, spec: { kind: 'year', year } };
    if (this.lw(k) === 'the' && this.lw(k + 1) === 'year' && !this.possessive(k + 1))
      return { first, last: k + 1, spec: { kind: 'relative', unit: 'year', offset: 0 } };
    const relative = this.matchModified(k);
    if (relative && relative.spec.kind === 'relative' && relative.spec.unit === 'year')
      return { first, last: relative.last, spec: relative.spec };
    return null;
  }

  /** "of 2024" after token j. */
  private yearAfterOf(j: number): { year: number; last: number } | null {
    if (this.lw(j + 1) !== 'of') return null;
    const year = yearValue(this.tok(j + 2));
    return Number.isFinite(year) ? { year, last: j + 2 } : null;
  }

  /** "fiscal 2025", "fiscal year 2025". */
  private matchFiscal(i: number): Core | null {
    let j = i + 1;
    if (this.lw(j) === 'year') j++;
    const year = yearValue(this.tok(j));
    if (Number.isFinite(year) && year >= 1900 && year <= 2099 && !this.yearRangeAfter(j))
      return { first: i, last: j, spec: { kind: 'year', year } };
    return null;
  }

  /** A second year joined to token i ("2024-25", "2024/2025"): a span of two years, not one. */
  private yearRangeAfter(i: number): boolean {
    const joiner = this.tok(i + 1);
    const other = this.tok(i + 2);
    return (
      joiner !== undefined &&
      touching(joiner) &&
      ['-', '–', '/'].includes(joiner.text) &&
      other?.kind === 'num' &&
      /^(\d{2}|\d{4})$/.test(other.lower)
    );
  }

  /**
   * "overnight" as a time adverb ("shops were looted overnight", "will freeze overnight and ..."), not a
   * modifier ("an overnight stay", "overnight trains") or the start of "overnight Thursday", which the
   * weekday takes.
   */
  private matchOvernight(i: number): Core | null {
    const before = this.tok(i - 1);
    if (before && DETERMINERS.has(before.lower)) return null;
    const next = this.tok(i + 1);
    const ends = !next || next.kind === 'punct' || OVERNIGHT_FOLLOWERS.has(next.lower);
    return ends ? { first: i, last: i, spec: { kind: 'overnight' } } : null;
  }

  /** "spring 2023", "summer of 2021". */
  private matchSeasonYear(first: number, i: number): Core | null {
    const season = SEASONS.get(this.bs(i));
    if (!season || this.possessive(i)) return null;
    let j = i + 1;
    if (this.lw(j) === 'of') j++;
    const year = yearValue(this.tok(j));
    if (!Number.isFinite(year)) return null;
    return { first, last: j, spec: { kind: 'season', season, year, mod: null } };
  }

  /**
   * A holiday's name followed by a capitalised word is the name of something else ("Christmas
   * Island", "the Good Friday Agreement"), unless that word is a year or another date word.
   */
  private namesSomething(first: number, last: number): boolean {
    // "the Easter flood", the so-called "Christmas storm": the event's name, not its date
    const named = this.lw(first - 1) === 'the' || NAME_OPENING_MARKS.has(this.lw(first - 1));
    if (named && EVENT_NOUNS.has(this.lw(last + 1)) && !this.possessive(last)) return true;
    const next = this.tok(last + 1);
    if (!next || next.kind !== 'word' || !next.cap || this.possessive(last)) return false;
    return !WEEKDAYS.has(next.base) && !MONTHS.has(next.base);
  }

  /** Holidays by name: fixed dates resolve like a date without a year; Easter and the like are computed. */
  private matchHoliday(i: number): Core | null {
    const words: string[] = [];
    const indexes: number[] = [];
    for (let k = i; k < this.t.length && words.length < 5; k++) {
      const token = this.t[k] as Token;
      if (token.kind === 'punct') {
        // "St." in "St. Patrick's Day", "Jr." in a holiday named after a person, "Presidents’ Day"
        if ((token.text === '.' || token.text === '’' || token.text === "'") && !token.spaceBefore) continue;
        break;
      }
      if (token.kind !== 'word') break;
      words.push(token.base.replace(/'/g, ''));
      indexes.push(k);
    }
    const matches = (pattern: readonly string[]): boolean =>
      pattern.length <= words.length && pattern.every((w, index) => words[index] === w);
    for (const holiday of FIXED_HOLIDAYS) {
      if (!matches(holiday.words)) continue;
      const last = indexes[holiday.words.length - 1] ?? i;
      // every word of a holiday name is capitalised; "Christmas" alone needs a preposition before it
      const capitalised = indexes
        .slice(0, holiday.words.length)
        .every((k) => this.t[k]?.cap || this.t[k]?.lower === 'of' || this.t[k]?.lower === 'de');
      if (!capitalised) continue;
      // "Christmas Island", "Halloween Parade", "the Christmas Day Parade": a name, not the day
      if (this.namesSomething(i, last)) continue;
      if (holiday.words.length === 1 && holiday.words[0] === 'christmas') {
        const nextWord = this.tok(last + 1);
        const contextual =
          PREPOSITIONS.has(this.lw(i - 1)) || MODIFIERS.has(this.lw(i - 1)) || !nextWord || nextWord.kind === 'punct';
        if (!contextual) continue;
      }
      if (
        holiday.words[0] === 'new' &&
        holiday.words.length === 2 &&
        this.lw(i - 1) !== 'the' &&
        !PREPOSITIONS.has(this.lw(i - 1))
      ) {
        continue;
      }
      const yearToken = yearValue(this.tok(last + 1));
      const year = Number.isFinite(yearToken) ? yearToken : null;
      return {
        first: i,
        last: year === null ? last : last + 1,
        spec: { kind: 'date', month: holiday.month, day: holiday.day, year, weekday: null, mod: null },
      };
    }
    for (const holiday of FLOATING_HOLIDAYS) {
      if (!matches(holiday.words)) continue;
      const last = indexes[holiday.words.length - 1] ?? i;
      const capitalised = indexes.slice(0, holiday.words.length).every((k) => this.t[k]?.cap);
      if (!capitalised) continue;
      if (this.tok(last + 1)?.cap && !this.possessive(last) && !Number.isFinite(yearValue(this.tok(last + 1))))
        continue;
      if (this.namesSomething(i, last)) continue;
      let year: number | null = null;
      const yearToken = yearValue(this.tok(last + 1));
      if (Number.isFinite(yearToken)) year = yearToken;
      return {
        first: i,
        last: year === null ? last : last + 1,
        spec: { kind: 'floating', holiday: holiday.holiday, year, mod: null },
      };
    }
    return null;
  }
}

/** Kinds resolved from an anchor event the text gave before them. */
export function isAnaphoric(spec: TimeSpec): boolean {
  return (
    spec.kind === 'anaphor' || spec.kind === 'anaphorWeekday' || spec.kind === 'anaphorMonth' || spec.kind === 'within'
  );
}

export function findTimeMentions(tokens: readonly Token[]): TimeMention[] {
  return new Recogniser(tokens).findAll();
}
