/**
 * Time expressions as other house styles write them (issue 3): one block per general rule. The
 * sentences are written for these tests; none comes from the evaluation articles.
 */
import { describe, expect, it } from 'vitest';
import { findQuoteSpans, isEmbedded } from '../../../../src/analysis/time/quoted';
import { eventsOf, resolved, runCases as run } from './helpers';

/** The expressions the stage finds in `text`. */
const expressionsOf = (text: string, published: string): string[] => eventsOf(text, published).map((e) => e.expression);

describe('a past "this <season>" long after the last one is this year’s', () => {
  run([
    // a promise told in the past tense, months after the last fall
    ['The mill will open in 2027, not this fall as the owners had promised.', '2025-05-21', 'this fall', '2025 year'],
    ['The ferry had been due back this summer.', '2024-02-14', 'this summer', '2024 year'],
  ]);

  it('keeps the season just gone while it is recent', () => {
    expect(resolved('Visitor numbers fell this summer.', '2025-09-20', 'this summer')).toBe('2025 year');
    expect(resolved('Heating bills rose this winter.', '2025-03-10', 'this winter')).toBe('2025 year');
    expect(resolved('The orchard flooded this autumn.', '2025-01-12', 'this autumn')).toBe('2024 year');
  });
});

describe('a postponement’s "to" must mark an infinitive to look ahead', () => {
  run([
    [
      'The maker delayed shipments to its biggest client after a flood at its plant in mid-March.',
      '2025-05-21',
      'mid-March',
      '2025-03 month',
    ],
    [
      'It pushed back deliveries to customers after a power cut in late April.',
      '2025-05-21',
      'late April',
      '2025-04 month',
    ],
  ]);

  it('still looks ahead to the date an infinitive names', () => {
    expect(resolved('She was bailed to appear before magistrates on 7 May.', '2025-03-12', '7 May')).toBe(
      '2025-05-07 day',
    );
    expect(resolved('The inquest was adjourned until 2 April.', '2025-03-12', '2 April')).toBe('2025-04-02 day');
  });
});

describe('a date in an infinitive clause takes the tense of the verb that governs it', () => {
  run([
    [
      'The trust voted 6 to 2 to sell the library, which has served readers for a century, and to move its books to a school from September.',
      '2025-03-20',
      'September',
      '2025-09 month',
    ],
    [
      'The club plans to sell the ground, which has hosted cup finals, and to play its games elsewhere from August.',
      '2025-10-02',
      'August',
      '2026-08 month',
    ],
  ]);

  it('leaves a purpose clause after a plain past verb in the past', () => {
    expect(
      resolved('He went to the depot, which was shut, and then drove home to rest on Monday.', '2025-03-20', 'Monday'),
    ).toBe('2025-03-17 day');
  });
});

describe('an undated fragment woven into the writer’s sentence counts from publication', () => {
  const lead = 'A storm flooded the harbour on Tuesday, officials said.\n\n';
  run([
    [
      `${lead}The harbour master said boats could leave “as early as tonight,” once divers check the moorings.`,
      '2025-03-21',
      'tonight',
      '2025-03-21 day',
    ],
    [
      `${lead}The harbour master said the quay should reopen "by tomorrow" if the weather holds.`,
      '2025-03-21',
      'tomorrow',
      '2025-03-22 day',
    ],
  ]);

  it('tells a woven fragment from a whole quote', () => {
    const embedded = (text: string): boolean[] => findQuoteSpans(text).map((span) => isEmbedded(text, span));
    expect(embedded('Boats could leave “as early as tonight,” he said.')).toEqual([true]);
    expect(embedded('“We leave tonight,” he said.')).toEqual([false]);
    expect(embedded('He said “we leave tonight” and went.')).toEqual([false]);
    expect(embedded('He said: “as you know, we leave tonight.”')).toEqual([false]);
    expect(embedded('It was “Tonight or never,” she wrote.')).toEqual([false]);
  });

  it('still dates a whole quote by the lead’s event', () => {
    const text = `${lead}“We lost three boats today,” the harbour master said.`;
    expect(resolved(text, '2025-03-21', 'today')).toBe('2025-03-18 day');
  });

  it('still dates a fragment whose sentence dates the speaking', () => {
    const text = `${lead}Speaking on Wednesday, the harbour master said boats could leave “as early as tonight.”`;
    expect(resolved(text, '2025-03-21', 'tonight')).toBe('2025-03-19 day');
  });
});

describe('"overnight" as a time adverb', () => {
  run([
    // Wed 2025-03-19: the night just gone, as "last night"; ahead, the coming one, as "tonight"
    ['Shops were looted overnight in the old town.', '2025-03-19', 'overnight', '2025-03-18 day'],
    ['Temperatures will fall below zero overnight.', '2025-03-19', 'overnight', '2025-03-19 day'],
    ['He was kept overnight and released on Thursday.', '2025-03-21', 'overnight', '2025-03-20 day'],
  ]);

  it('is not a modifier, and leaves "overnight Tuesday" to the weekday', () => {
    expect(expressionsOf('Overnight trains were cancelled after an overnight stay.', '2025-03-19')).toEqual([]);
    expect(expressionsOf('Police made arrests overnight Tuesday.', '2025-03-19')).toEqual(['Tuesday']);
  });
});

describe('British weeks on a weekday', () => {
  run([
    // Wed 2025-03-19: the Monday after the coming one
    ['The case returns on Monday week.', '2025-03-19', 'Monday week', '2025-03-31 day'],
    ['The hearing resumes a week on Friday.', '2025-03-19', 'a week on Friday', '2025-03-28 day'],
    ['Sentencing is two weeks on Tuesday.', '2025-03-19', 'two weeks on Tuesday', '2025-04-08 day'],
    // on a Monday, "Monday week" is a fortnight off
    ['The case returns on Monday week.', '2025-03-17', 'Monday week', '2025-03-31 day'],
  ]);
});

describe('weekday abbreviations without their period, before a date', () => {
  run([
    ['The show opens on Tue 25 March.', '2025-03-19', 'Tue', '2025-03-25 day'],
    ['The rally was held on Sat 15th.', '2025-03-19', 'Sat', '2025-03-15 day'],
  ]);

  it('needs the date after it', () => {
    expect(expressionsOf('Sun 14 hours a day, the brochure says.', '2025-03-19')).toEqual([]);
  });
});

describe('parts of a year and the new year', () => {
  run([
    ['Sales rose in the first three months of the year.', '2025-03-19', 'first three months', '2025 year'],
    ['Sales rose 5% in the first nine months of 2024.', '2025-03-19', 'first nine months', '2024 year'],
    ['Losses grew in the last six months of last year.', '2025-03-19', 'last six months', '2024 year'],
    ['The shop will reopen in the new year.', '2024-12-10', 'new year', '2025 year'],
    ['Orders picked up in the new year.', '2025-02-10', 'new year', '2025 year'],
  ]);

  it('leaves a life’s months and the capitalised holiday alone', () => {
    expect(expressionsOf('He spent the last three months of his life abroad.', '2025-03-19')).toEqual([]);
    expect(resolved('Fireworks are banned on New Year’s Day.', '2024-12-10', 'New Year')).toBe('2025-01-01 day');
  });
});

describe('a fiscal year spanning two calendar years is left unresolved', () => {
  it('makes no event for "fiscal 2024-25" or "FY2024/25"', () => {
    expect(expressionsOf('Revenue rose in fiscal 2024-25.', '2025-06-04')).toEqual([]);
    expect(expressionsOf('Revenue rose in FY2024/25 and FY 2023-24.', '2025-06-04')).toEqual([]);
  });

  it('still resolves a single fiscal year', () => {
    expect(resolved('Revenue rose in fiscal 2025.', '2025-06-04', 'fiscal 2025')).toBe('2025 year');
    expect(resolved('Revenue will rise in FY26.', '2025-06-04', 'FY26')).toBe('2026 year');
  });
});

describe('anniversaries and British "in two weeks\' time"', () => {
  run([
    // Wed 2025-03-19
    ['The mine closed a year ago today.', '2025-03-19', 'a year ago today', '2024-03-19 day'],
    ['The bridge opened a decade ago this month.', '2025-03-19', 'a decade ago this month', '2015-03 month'],
    ['The vote is in two weeks’ time.', '2025-03-19', 'two weeks', '2025-W14 week'],
    ["The result is due in three days' time.", '2025-03-19', 'three days', '2025-03-22 day'],
    ['Work resumes in six months’ time.', '2025-03-19', 'six months', '2025-09 month'],
  ]);

  it('leaves "a year ago" alone and a week’s supply uncounted', () => {
    expect(resolved('The mine closed a year ago.', '2025-03-19', 'a year ago')).toBe('2024 year');
    expect(expressionsOf('Stores hold a week’s supply of flour.', '2025-03-19')).toEqual([]);
  });
});

describe('a month with its year phrase is one expression', () => {
  run([
    ['The league restarts in May next year.', '2025-08-04', 'in May next year', '2026-05 month'],
    ['Fees went up in March last year.', '2025-08-04', 'in March last year', '2024-03 month'],
  ]);

  it('keeps a day’s year phrase an expression of its own', () => {
    expect(expressionsOf('The mill shut on 3 March last year.', '2025-08-04')).toEqual(['on 3 March', 'last year']);
    expect(expressionsOf('The league restarts in May next year.', '2025-08-04')).toEqual(['in May next year']);
  });
});

describe('a holiday naming an event is not its date', () => {
  it('leaves "the Easter flood" and "the Christmas storm" alone', () => {
    expect(expressionsOf('The Easter flood ruined the mill.', '2025-06-14')).toEqual([]);
    expect(expressionsOf('Repairs after the Christmas storm cost millions.', '2025-06-14')).toEqual([]);
    expect(expressionsOf('Locals recall the so-called “Easter flood” of 2011.', '2025-06-14')).toEqual(['2011']);
  });

  it('still dates the holiday itself', () => {
    expect(resolved('The mill flooded at Easter.', '2025-06-14', 'Easter')).toBe('2025-04-20 day');
    expect(resolved('A storm hit on Christmas Day.', '2025-06-14', 'Christmas Day')).toBe('2024-12-25 day');
  });
});

describe('"the same morning" is the anchor’s day', () => {
  const lead = 'The dam burst on 3 February 2025. ';
  run([
    [`${lead}Crews arrived the same morning.`, '2025-03-04', 'the same morning', '2025-02-03 day'],
    [`${lead}The valley was cleared the same night.`, '2025-03-04', 'the same night', '2025-02-03 day'],
  ]);
});

describe('a month before a scheduled event’s noun, or after "it is"', () => {
  run([
    // Tue 2025-03-04
    ['The plan was approved at the December meeting.', '2025-03-04', 'December', '2024-12 month'],
    ['The October election will settle it.', '2025-03-04', 'October', '2025-10 month'],
    ['Now it’s June, and the pens are empty.', '2025-06-14', 'June', '2025-06 month'],
    ['It was May and the river was low.', '2025-08-14', 'May', '2025-05 month'],
  ]);

  it('leaves a name and other nouns alone', () => {
    expect(expressionsOf('It’s June Ames who runs the yard.', '2025-06-14')).toEqual([]);
    expect(expressionsOf('The April issue sold out.', '2025-06-14')).toEqual([]);
  });
});

describe('a season before or after the event just dated', () => {
  run([
    [
      'The dam burst on 3 February 2025. It had rained all the summer before.',
      '2025-03-04',
      'summer before',
      '2024 year',
    ],
    ['The dam burst on 3 October 2024. It had rained the summer before.', '2025-03-04', 'summer before', '2024 year'],
    ['The dam burst in 2023. The previous summer was dry.', '2025-03-04', 'previous summer', '2022 year'],
    ['The dam burst in May 2021. It was rebuilt the following autumn.', '2025-03-04', 'following autumn', '2021 year'],
  ]);

  it('needs an event to count from', () => {
    expect(expressionsOf('The summer before was dry.', '2025-03-04')).toEqual([]);
  });
});
