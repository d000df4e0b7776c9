/**
 * General English word lists for time expressions: month and weekday names, seasons, parts of the day,
 * number words, fixed and computable holidays. Nothing here is specific to any one article.
 */

/** Weekday abbreviations, written with their period ("Thurs.", "Tue."). */
export const WEEKDAY_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['mon', 1],
  ['tue', 2],
  ['tues', 2],
  ['wed', 3],
  ['weds', 3],
  ['thu', 4],
  ['thur', 4],
  ['thurs', 4],
  ['fri', 5],
  ['sat', 6],
  ['sun', 7],
]);

export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1],
  ['tuesday', 2],
  ['wednesday', 3],
  ['thursday', 4],
  ['friday', 5],
  ['saturday', 6],
  ['sunday', 7],
]);

export interface MonthWord {
  readonly month: number;
  /** An abbreviation ("Dec", "Sept"): needs a following day or year, or its period. */
  readonly abbreviation: boolean;
}

export const MONTHS: ReadonlyMap<string, MonthWord> = new Map<string, MonthWord>([
  ['january', { month: 1, abbreviation: false }],
  ['february', { month: 2, abbreviation: false }],
  ['march', { month: 3, abbreviation: false }],
  ['april', { month: 4, abbreviation: false }],
  ['may', { month: 5, abbreviation: false }],
  ['june', { month: 6, abbreviation: false }],
  ['july', { month: 7, abbreviation: false }],
  ['august', { month: 8, abbreviation: false }],
  ['september', { month: 9, abbreviation: false }],
  ['october', { month: 10, abbreviation: false }],
  ['november', { month: 11, abbreviation: false }],
  ['december', { month: 12, abbreviation: false }],
  ['jan', { month: 1, abbreviation: true }],
  ['feb', { month: 2, abbreviation: true }],
  ['mar', { month: 3, abbreviation: true }],
  ['apr', { month: 4, abbreviation: true }],
  ['jun', { month: 6, abbreviation: true }],
  ['jul', { month: 7, abbreviation: true }],
  ['aug', { month: 8, abbreviation: true }],
  ['sep', { month: 9, abbreviation: true }],
  ['sept', { month: 9, abbreviation: true }],
  ['oct', { month: 10, abbreviation: true }],
  ['nov', { month: 11, abbreviation: true }],
  ['dec', { month: 12, abbreviation: true }],
]);

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

export const SEASONS: ReadonlyMap<string, Season> = new Map<string, Season>([
  ['spring', 'spring'],
  ['summer', 'summer'],
  ['autumn', 'autumn'],
  ['fall', 'autumn'],
  ['winter', 'winter'],
]);

/**
 * Month and day a (northern) season starts: the meteorological seasons news writes by ("this fall" in
 * December is over; "this spring" in early March is under way). Winter runs into the next year.
 */
export const SEASON_START: Readonly<Record<Season, readonly [number, number]>> = {
  spring: [3, 1],
  summer: [6, 1],
  autumn: [9, 1],
  winter: [12, 1],
};

export const PARTS_OF_DAY: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
  ['hundred', 100],
]);

export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['1st', 1],
  ['2nd', 2],
  ['3rd', 3],
  ['4th', 4],
]);

export type Unit = 'day' | 'week' | 'month' | 'year' | 'decade';

export const UNITS: ReadonlyMap<string, Unit> = new Map<string, Unit>([
  ['day', 'day'],
  ['days', 'day'],
  ['week', 'week'],
  ['weeks', 'week'],
  ['month', 'month'],
  ['months', 'month'],
  ['year', 'year'],
  ['years', 'year'],
  ['decade', 'decade'],
  ['decades', 'decade'],
]);

export interface FixedHoliday {
  /** Lower-cased words, possessive `'s` dropped, periods skipped ("St. Patrick's Day" -> st patrick day). */
  readonly words: readonly string[];
  readonly month: number;
  readonly day: number;
}

/** Holidays on the same date every year. */
export const FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  { words: ['new', 'year', 'eve'], month: 12, day: 31 },
  { words: ['new', 'years', 'eve'], month: 12, day: 31 },
  { words: ['new', 'year', 'day'], month: 1, day: 1 },
  { words: ['new', 'years', 'day'], month: 1, day: 1 },
  { words: ['christmas', 'eve'], month: 12, day: 24 },
  { words: ['christmas', 'day'], month: 12, day: 25 },
  { words: ['boxing', 'day'], month: 12, day: 26 },
  { words: ['valentine', 'day'], month: 2, day: 14 },
  { words: ['valentines', 'day'], month: 2, day: 14 },
  { words: ['st', 'patrick', 'day'], month: 3, day: 17 },
  { words: ['saint', 'patrick', 'day'], month: 3, day: 17 },
  { words: ['st', 'david', 'day'], month: 3, day: 1 },
  { words: ['st', 'george', 'day'], month: 4, day: 23 },
  { words: ['st', 'andrew', 'day'], month: 11, day: 30 },
  { words: ['april', 'fools', 'day'], month: 4, day: 1 },
  { words: ['april', 'fool', 'day'], month: 4, day: 1 },
  { words: ['earth', 'day'], month: 4, day: 22 },
  { words: ['anzac', 'day'], month: 4, day: 25 },
  { words: ['may', 'day'], month: 5, day: 1 },
  { words: ['cinco', 'de', 'mayo'], month: 5, day: 5 },
  { words: ['juneteenth'], month: 6, day: 19 },
  { words: ['canada', 'day'], month: 7, day: 1 },
  { words: ['independence', 'day'], month: 7, day: 4 },
  { words: ['fourth', 'of', 'july'], month: 7, day: 4 },
  { words: ['july', 'fourth'], month: 7, day: 4 },
  { words: ['bastille', 'day'], month: 7, day: 14 },
  { words: ['halloween'], month: 10, day: 31 },
  { words: ['all', 'saints', 'day'], month: 11, day: 1 },
  { words: ['guy', 'fawkes', 'night'], month: 11, day: 5 },
  { words: ['bonfire', 'night'], month: 11, day: 5 },
  { words: ['armistice', 'day'], month: 11, day: 11 },
  { words: ['remembrance', 'day'], month: 11, day: 11 },
  { words: ['veterans', 'day'], month: 11, day: 11 },
  { words: ['hogmanay'], month: 12, day: 31 },
  { words: ['burns', 'night'], month: 1, day: 25 },
  { words: ['australia', 'day'], month: 1, day: 26 },
  { words: ['waitangi', 'day'], month: 2, day: 6 },
  { words: ['groundhog', 'day'], month: 2, day: 2 },
  { words: ['epiphany'], month: 1, day: 6 },
  { words: ['christmas'], month: 12, day: 25 },
  { words: ['new', 'year'], month: 1, day: 1 },
];

export type FloatingHoliday =
  | 'easter'
  | 'good-friday'
  | 'easter-monday'
  | 'thanksgiving'
  | 'memorial-day'
  | 'labor-day'
  | 'black-friday'
  | 'cyber-monday'
  | 'ash-wednesday'
  | 'palm-sunday'
  | 'shrove-tuesday'
  | 'election-day'
  | 'whit-monday'
  | 'pentecost'
  | 'ascension'
  | 'maundy-thursday'
  | 'holy-saturday'
  | 'mlk-day'
  | 'presidents-day'
  | 'columbus-day'
  | 'fathers-day'
  | 'remembrance-sunday';

export const FLOATING_HOLIDAYS: readonly { readonly words: readonly string[]; readonly holiday: FloatingHoliday }[] = [
  { words: ['easter', 'sunday'], holiday: 'easter' },
  { words: ['easter', 'monday'], holiday: 'easter-monday' },
  { words: ['easter'], holiday: 'easter' },
  { words: ['good', 'friday'], holiday: 'good-friday' },
  { words: ['thanksgiving', 'day'], holiday: 'thanksgiving' },
  { words: ['thanksgiving'], holiday: 'thanksgiving' },
  { words: ['memorial', 'day'], holiday: 'memorial-day' },
  { words: ['labor', 'day'], holiday: 'labor-day' },
  { words: ['black', 'friday'], holiday: 'black-friday' },
  { words: ['cyber', 'monday'], holiday: 'cyber-monday' },
  { words: ['ash', 'wednesday'], holiday: 'ash-wednesday' },
  { words: ['palm', 'sunday'], holiday: 'palm-sunday' },
  { words: ['shrove', 'tuesday'], holiday: 'shrove-tuesday' },
  { words: ['election', 'day'], holiday: 'election-day' },
  { words: ['whit', 'monday'], holiday: 'whit-monday' },
  { words: ['whit', 'sunday'], holiday: 'pentecost' },
  { words: ['whitsun'], holiday: 'pentecost' },
  { words: ['pentecost'], holiday: 'pentecost' },
  { words: ['ascension', 'day'], holiday: 'ascension' },
  { words: ['maundy', 'thursday'], holiday: 'maundy-thursday' },
  { words: ['holy', 'saturday'], holiday: 'holy-saturday' },
  { words: ['martin', 'luther', 'king', 'jr', 'day'], holiday: 'mlk-day' },
  { words: ['martin', 'luther', 'king', 'day'], holiday: 'mlk-day' },
  { words: ['mlk', 'day'], holiday: 'mlk-day' },
  { words: ['presidents', 'day'], holiday: 'presidents-day' },
  { words: ['columbus', 'day'], holiday: 'columbus-day' },
  { words: ['father', 'day'], holiday: 'fathers-day' },
  { words: ['fathers', 'day'], holiday: 'fathers-day' },
  { words: ['remembrance', 'sunday'], holiday: 'remembrance-sunday' },
];

/** First words of any holiday name, for a quick check before trying the lists. */
export const HOLIDAY_FIRST_WORDS: ReadonlySet<string> = new Set([
  ...FIXED_HOLIDAYS.map((h) => h.words[0] ?? ''),
  ...FLOATING_HOLIDAYS.map((h) => h.words[0] ?? ''),
]);

/** Prepositions kept at the front of an expression as written ("on Friday", "since 2009"). */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'on',
  'in',
  'since',
  'until',
  'till',
  'by',
  'before',
  'after',
  'from',
  'through',
  'throughout',
  'during',
  'for',
  'at',
  'over',
]);

/** Words that, before a bare month name, make it a date rather than a verb, name or modal. */
export const BARE_MONTH_CUES: ReadonlySet<string> = new Set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'through',
  'throughout',
  'during',
  'from',
  'before',
  'after',
  'early',
  'late',
  'mid',
  'of',
  'to',
  'and',
  'or',
  'between',
  'for',
  'last',
  'next',
  'this',
]);

/**
 * Nouns of unplanned happenings (accidents, crimes, disasters, results): a date attached to one is
 * when it happened, so past, whatever the tense of the clause around it ("appealing for witnesses to
 * a crash on Saturday", "investigating a fire on Tuesday", "Saturday's attack"). Nothing that can be
 * forecast or scheduled (storms, strikes, matches).
 */
export const INCIDENT_NOUNS: ReadonlySet<string> = new Set([
  'crash',
  'collision',
  'accident',
  'fire',
  'blaze',
  'explosion',
  'blast',
  'attack',
  'attacks',
  'shooting',
  'stabbing',
  'assault',
  'robbery',
  'burglary',
  'raid',
  'murder',
  'killing',
  'killings',
  'death',
  'deaths',
  'disappearance',
  'derailment',
  'incident',
  'earthquake',
  'quake',
  'landslide',
  'collapse',
  'leak',
  'spill',
  'riot',
  'arrest',
  'sinking',
  'theft',
  'hijacking',
  'kidnapping',
  'abduction',
  'bombing',
  'breach',
  'hack',
  'cyberattack',
  'massacre',
  'ambush',
  'rampage',
  'win',
  'victory',
  'defeat',
  'injury',
]);

/**
 * What "the night of the blast", "the day after the storm" can name when the text calls a story's
 * main event by a word it does not repeat next to its date: incidents, disasters and their like.
 */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  ...INCIDENT_NOUNS,
  'flood',
  'floods',
  'flooding',
  'storm',
  'hurricane',
  'tornado',
  'typhoon',
  'cyclone',
  'wildfire',
  'bushfire',
  'eruption',
  'avalanche',
  'tsunami',
  'mudslide',
  'outage',
  'blackout',
  'disaster',
  'tragedy',
  'catastrophe',
  'emergency',
  'evacuation',
  'spill',
  'accident',
  'wreck',
  'shipwreck',
  'attack',
  'siege',
  'coup',
  'uprising',
  'protest',
  'protests',
  'riots',
  'fighting',
  'strike',
  'standoff',
  'closure',
  'shutdown',
  'lockdown',
  'walkout',
  'sinking',
]);
