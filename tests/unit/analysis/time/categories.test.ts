/**
 * Categories of time expression that news in other house styles writes differently, one block per
 * general rule, each with fixtures in several styles (AP, British, sports, court, business). The
 * sentences are written for these tests; none comes from the evaluation articles.
 *
 * Publication days that recur: Wed 2025-03-12, Wed 2024-11-20, Tue 2024-04-09, Thu 2024-07-11,
 * Wed 2025-06-04, Thu 2024-08-15, Thu 2025-01-09, Tue 2024-08-06.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf, resolved, runCases as run } from './helpers';

/** The expressions the stage finds in `text`. */
const expressionsOf = (text: string, published: string): string[] => eventsOf(text, published).map((e) => e.expression);

describe('a date attached to an incident is when it happened', () => {
  run([
    // AP: a present-tense appeal about a past crash
    ['Police are appealing for witnesses to a crash on Saturday.', '2024-11-20', 'Saturday', '2024-11-16 day'],
    ['Investigators are examining a fire on Tuesday that gutted a barn.', '2024-11-20', 'Tuesday', '2024-11-19 day'],
    ['Witnesses to the collision early Sunday are asked to call 911.', '2025-03-12', 'Sunday', '2025-03-09 day'],
    // British court: the crime a defendant is accused of or denies
    ['He is accused of robbing a petrol station on Saturday.', '2025-03-12', 'Saturday', '2025-03-08 day'],
    ['Mr Hale, 41, denies assaulting a neighbour on 4 January.', '2024-04-09', '4 January', '2024-01-04 day'],
    // sports: a possessive weekday before a result
    ['Saturday’s 3-1 win leaves United top of the table.', '2024-04-09', 'Saturday', '2024-04-06 day'],
    // business: the clause is about what comes next, the outage is past
    ['The insurer faces claims over an explosion on Friday at its depot.', '2025-03-12', 'Friday', '2025-03-07 day'],
  ]);

  it('leaves a prospect alone', () => {
    expect(resolved('A win on Saturday would lift Rovers into the top four.', '2025-03-12', 'Saturday')).toBe(
      '2025-03-15 day',
    );
  });

  it('leaves a scheduled event alone', () => {
    expect(resolved('Tickets for the concert on Saturday go on sale today.', '2025-03-12', 'Saturday')).toBe(
      '2025-03-15 day',
    );
  });

  it('does not reach across a verb of its own', () => {
    expect(resolved('The man charged over Sunday’s raid appears in court on Thursday.', '2025-03-12', 'Thursday')).toBe(
      '2025-03-13 day',
    );
  });
});

describe('headline-style present tense announces what is coming', () => {
  run([
    ['The council votes Tuesday on the budget.', '2024-11-20', 'Tuesday', '2024-11-26 day'],
    ['The committee considers the plan on Monday.', '2024-04-09', 'Monday', '2024-04-15 day'],
    ['The budget, unveiled on Wednesday, raises fuel duty from April.', '2024-11-20', 'April', '2025-04 month'],
    ['The jury hears closing arguments Monday.', '2024-04-09', 'Monday', '2024-04-15 day'],
    [
      'The defendant, arrested on Sunday, appears before magistrates on Friday.',
      '2025-03-12',
      'Friday',
      '2025-03-14 day',
    ],
  ]);

  it('does not read a noun compound or a count as a verb', () => {
    expect(resolved('A county appeals board on Monday rejected the permit.', '2023-11-22', 'Monday')).toBe(
      '2023-11-20 day',
    );
    expect(resolved('The bill passed nine votes to four on Monday evening.', '2024-07-11', 'Monday')).toBe(
      '2024-07-08 day',
    );
    expect(resolved('Four directors in the March 3 meeting were outvoted.', '2025-06-04', 'March 3')).toBe(
      '2025-03-03 day',
    );
  });

  it('takes no verb from an "according to" source', () => {
    const text =
      'Inspectors issued 90 fines in May, including 12 on Whit Monday and 20 on May 1, according to a police report.';
    expect(resolved(text, '2025-11-10', 'May 1')).toBe('2025-05-01 day');
  });
});

describe('weekday abbreviations', () => {
  run([
    ['The jury resumes deliberations Thurs. in the fraud case.', '2025-03-12', 'Thurs', '2025-03-13 day'],
    ['The game was postponed Sat. because of rain.', '2025-03-12', 'Sat', '2025-03-08 day'],
    ['The court heard on Tues. that the defendant had fled.', '2025-03-12', 'Tues', '2025-03-11 day'],
    ['Shares of the lender fell 4% Mon. in heavy trading.', '2025-03-12', 'Mon', '2025-03-10 day'],
  ]);

  it('is not a newspaper or a verb', () => {
    expect(expressionsOf('She told The Sun. He sat down.', '2025-03-12')).toEqual([]);
  });
});

describe('deadlines and starts a verb looks ahead to', () => {
  run([
    ['The council hopes to finish the repairs by Christmas.', '2025-03-12', 'Christmas', '2025-12-25 day'],
    ['She promised the manuscript by Christmas.', '2025-03-12', 'Christmas', '2025-12-25 day'],
    ['The minister pledged to reopen the line by Easter.', '2025-03-12', 'Easter', '2025-04-20 day'],
    ['The board voted to raise fees from September.', '2024-11-20', 'September', '2025-09 month'],
    ['Residents have been told to stay indoors until Tuesday.', '2024-08-15', 'Tuesday', '2024-08-20 day'],
    ['“We need the stands finished by August,” the chairman said.', '2025-06-04', 'August', '2025-08 month'],
    // a deadline that has passed stays past
    ['Crews had restored power by Christmas.', '2025-03-12', 'Christmas', '2024-12-25 day'],
  ]);
});

describe('postponed, adjourned and remanded to a later date', () => {
  run([
    ['The judge adjourned the case until Friday.', '2025-03-12', 'Friday', '2025-03-14 day'],
    ['The inquest was adjourned to 2 April.', '2025-03-12', '2 April', '2025-04-02 day'],
    ['He was remanded in custody until 20 March.', '2025-03-12', '20 March', '2025-03-20 day'],
    ['She was bailed to appear at Hull Crown Court on 7 May.', '2024-04-09', '7 May', '2024-05-07 day'],
    ['The shareholder vote was postponed until Thursday.', '2025-03-12', 'Thursday', '2025-03-13 day'],
    ['The final, delayed by snow, was pushed back to June.', '2024-04-09', 'June', '2024-06 month'],
  ]);
});

describe('plans that have passed', () => {
  run([
    ['The hearing was originally scheduled for Monday.', '2024-04-09', 'Monday', '2024-04-08 day'],
    ['The merger, initially planned for March, was called off.', '2024-04-09', 'March', '2024-03 month'],
  ]);
});

describe('"as recently as" looks back', () => {
  run([
    ['Prices were still climbing as recently as March.', '2025-06-04', 'March', '2025-03 month'],
    ['The company said as recently as January that it had no plans to sell.', '2025-06-04', 'January', '2025-01 month'],
    ['The striker was fit as recently as Tuesday, the club said.', '2025-03-12', 'Tuesday', '2025-03-11 day'],
  ]);
});

describe('ranges share the year written at their end', () => {
  run([
    ['The offences took place between January and March 2022.', '2024-04-09', 'January', '2022-01 month'],
    ['Prices rose from Jan. 3 to Jan. 9, 2020, the filing shows.', '2024-04-09', 'Jan. 3', '2020-01-03 day'],
    ['The festival ran from Dec. 28 to Jan. 3, 2021.', '2024-04-09', 'Dec. 28', '2020-12-28 day'],
  ]);
});

describe('"that February", "that summer": the year just given', () => {
  run([
    [
      'The project was announced in 2019. That February, the first contracts were signed.',
      '2025-06-04',
      'February',
      '2019-02 month',
    ],
    ['She moved to Paris in 2012. That summer, she met her husband.', '2025-06-04', 'summer', '2012 year'],
    ['In 2019, the council approved the scheme. Work began that autumn.', '2024-04-09', 'autumn', '2019 year'],
  ]);

  it('is not a "that" clause', () => {
    expect(expressionsOf('In 2019 the board said that May was its best month.', '2025-06-04')).toEqual(['In 2019']);
  });
});

describe('"earlier in the week" and the like', () => {
  run([
    ['Earlier in the week, the council had approved the plan.', '2025-03-12', 'week', '2025-W11 week'],
    ['Later in the week, the squad will travel to Lyon.', '2025-03-12', 'week', '2025-W11 week'],
    ['Earlier in the month, the firm cut 200 jobs.', '2025-03-12', 'month', '2025-03 month'],
    ['Rain is expected to ease later in the day.', '2024-04-09', 'day', '2024-04-09 day'],
    // after a dated event: that event's week
    ['The strike began on Feb. 3. Later in the week, talks resumed.', '2025-03-12', 'week', '2025-W06 week'],
  ]);
});

describe('seasons by the meteorological calendar', () => {
  run([
    ['The plant will reopen this fall.', '2024-12-10', 'this fall', '2025 year'],
    ['The company hired 50 people this spring.', '2025-03-05', 'this spring', '2025 year'],
    ['This autumn the school will open a new wing.', '2024-10-01', 'This autumn', '2024 year'],
  ]);
});

describe('a fortnight', () => {
  run([
    ['The bridge closed a fortnight ago.', '2024-04-09', 'fortnight', '2024-W13 week'],
    ['The ship sank on 2 March. A fortnight later, divers reached it.', '2024-04-09', 'fortnight', '2024-W11 week'],
  ]);
});

describe('quoted words are dated by the attribution that dates the speaking', () => {
  run([
    // AP: "since Sunday" dates the readings, not the speaking
    [
      'Officials said the river had been falling since Sunday. “Most people will sleep at home tonight,” the mayor said.',
      '2025-03-12',
      'tonight',
      '2025-03-12 day',
    ],
    [
      'The utility said crews had worked through Saturday, adding: “Power will be back tonight.”',
      '2025-03-12',
      'tonight',
      '2025-03-12 day',
    ],
    // British: the attribution's own date still counts
    [
      'Speaking on Monday, the chancellor said: “Tonight we set out the plan.”',
      '2025-03-12',
      'Tonight',
      '2025-03-10 day',
    ],
    // sports: after the match the words were spoken at
    [
      'After Saturday’s defeat, the manager told reporters: “We go again on Tuesday.”',
      '2024-04-09',
      'Tuesday',
      '2024-04-09 day',
    ],
  ]);

  it('dates the words by a message sent on a day', () => {
    const text = 'In an email sent on Monday, the head teacher wrote: “Tomorrow the school will be closed.”';
    expect(resolved(text, '2025-03-12', 'Tomorrow')).toBe('2025-03-11 day');
  });

  it('keeps reported speech apart from the date it reports', () => {
    const text = 'The mayor said Tuesday the vote would be Thursday.';
    expect(resolved(text, '2024-11-20', 'Tuesday')).toBe('2024-11-19 day');
    expect(resolved(text, '2024-11-20', 'Thursday')).toBe('2024-11-21 day');
  });
});

describe('holidays by tense', () => {
  run([
    ['The ban takes effect on New Year’s Day.', '2024-07-11', 'New Year', '2025-01-01 day'],
    ['The shop was shut on New Year’s Day.', '2024-07-11', 'New Year', '2024-01-01 day'],
    [
      'Hospitals treated 200 burns patients in December, with 40 on Christmas Eve alone, according to an NHS report.',
      '2025-06-04',
      'Christmas Eve',
      '2024-12-24 day',
    ],
    ['Trains will not run between Christmas Eve and New Year’s Day.', '2024-11-20', 'New Year', '2025-01-01 day'],
  ]);
});

describe('"the night of the blast": a named happening dated earlier in the text', () => {
  run([
    [
      'A fire tore through the warehouse on Oct. 2, killing two.\n\nThe owners have not spoken publicly about the night of the fire.',
      '2024-11-20',
      'night of',
      '2024-10-02 day',
    ],
    // the text dates the main event without the word the anaphor uses
    [
      'Floodwaters swept through the village on 3 June.\n\nResidents were evacuated on the morning of the flood.',
      '2025-06-14',
      'morning of',
      '2025-06-03 day',
    ],
    [
      'The dam burst on 4 May, sending water into the valley.\n\nEngineers arrived the day after the disaster.',
      '2025-06-04',
      'day after',
      '2025-05-05 day',
    ],
    [
      'The earthquake struck on Feb. 6.\n\nRescuers pulled a child from the rubble two days after the quake.',
      '2025-03-12',
      'two days after',
      '2025-02-08 day',
    ],
    // the eve of a dated vote; "the evening of" a written date
    [
      'The referendum was held on 18 September.\n\nPolls tightened on the eve of the referendum.',
      '2024-11-20',
      'eve of',
      '2024-09-17 day',
    ],
    ['He was last seen on the evening of March 28.', '2024-04-09', 'March 28', '2024-03-28 day'],
  ]);

  it('leaves an undated or unnamed happening out', () => {
    expect(expressionsOf('Officials will decide on the morning of the race.', '2024-04-09')).toEqual([]);
    expect(expressionsOf('It was the night of his life.', '2024-04-09')).toEqual([]);
    expect(expressionsOf('Sales rose on the day of the launch.\n\nThe launch was a success.', '2024-04-09')).toEqual(
      [],
    );
  });
});

describe('a yearless date the text also writes with its year', () => {
  run([
    [
      'Rioters stormed the building on Jan. 6, 2021.\n\nThree defendants in the Jan. 6 attack were sentenced on Tuesday.',
      '2024-03-12',
      'Jan. 6 attack',
      '2021-01-06 day',
    ],
    [
      'Survivors of the 14 July blaze met the minister.\n\nThe fire began shortly after midnight on 14 July 2017.',
      '2024-03-12',
      '14 July blaze',
      '2017-07-14 day',
    ],
  ]);
});

describe('datelines are not events', () => {
  it.each([
    ['LONDON, March 10 (Reuters) — Britain’s economy grew in January, data showed on Monday.', 'March 10'],
    ['WASHINGTON, Tuesday — The Senate voted late on Monday to confirm the nominee.', 'Tuesday'],
    ['WILKES-BARRE, Pa., Dec. 4 (AP) -- A jury convicted the former mayor on Monday.', 'Dec. 4'],
  ])('%s', (text, dateline) => {
    const expressions = expressionsOf(text, '2025-03-12');
    expect(expressions.some((e) => e.includes(dateline))).toBe(false);
    expect(expressions.length).toBeGreaterThan(0);
  });

  it('finds a title-case dateline, and one after a byline', () => {
    expect(expressionsOf('Kyiv, 11 March – Drones struck the port on Monday night.', '2025-03-12')).toEqual([
      'on Monday night',
    ]);
    expect(
      expressionsOf(
        'By Ana Ortiz\n\nLIMA, March 11 (Wire) — Congress voted on Tuesday to censure the minister.',
        '2025-03-12',
      ),
    ).toEqual(['on Tuesday']);
  });

  it('keeps a capitalised opening that is a sentence', () => {
    expect(expressionsOf('NATO ministers met on Tuesday — and agreed nothing.', '2025-03-12')).toEqual(['on Tuesday']);
    expect(expressionsOf('On Monday — a holiday — the market was shut.', '2025-03-12')).toEqual(['On Monday']);
    expect(expressionsOf('Tuesday, 11 March — the day the vote failed.', '2025-03-12')).toEqual([
      'Tuesday',
      '11 March',
    ]);
  });
});

describe('Q&A answers are dated by the interview', () => {
  it('dates answers under a name label by the speech stage’s quotes', () => {
    const answer = 'In 1984, with six boards and a kettle. Two weeks ago we had 90 children in the hall.';
    const body = [
      'The coach has trained three champions. We spoke by phone on Nov. 6.',
      '',
      'Interviewer: When did you start the club?',
      '',
      `Marwood: ${answer}`,
    ].join('\n');
    const quotes = [
      {
        id: 'q1',
        text: answer,
        speaker: null,
        speakerName: 'Marwood',
        attribution: 'explicit' as const,
        paragraph: 3,
        partial: false,
      },
    ];
    const events = eventsOf(body, '2024-11-20', { quotes });
    expect(events.find((e) => e.expression === 'Two weeks ago')?.date).toBe('2024-W43');
  });

  it('resolves an answer against the day the introduction gives', () => {
    const body = [
      'The painter, 81, spoke to us at her studio on Feb. 20. Our conversation was condensed.',
      '',
      'Q: When did you last exhibit?',
      '',
      'A: Two weeks ago, in a barn near the coast. I open again this summer.',
    ].join('\n');
    expect(resolved(body, '2025-03-12', 'Two weeks ago')).toBe('2025-W06 week');
    expect(resolved(body, '2025-03-12', 'this summer')).toBe('2025 year');
  });
});

describe('meetings called, organised or booked for a day', () => {
  run([
    // Thursday 2024-08-15
    ['A public meeting has been called for Tuesday evening.', '2024-08-15', 'Tuesday', '2024-08-20 day'],
    ['A vigil has been organised for Saturday night at the church.', '2024-08-15', 'Saturday', '2024-08-17 day'],
    ['The club has booked the stadium for Sunday afternoon.', '2024-08-15', 'Sunday', '2024-08-18 day'],
  ]);

  it('keeps a plan that had been made in the past', () => {
    expect(resolved('The bakery had planned to reopen on Monday.', '2024-08-15', 'Monday')).toBe('2024-08-12 day');
    expect(resolved('A verdict had been expected on Tuesday.', '2024-08-15', 'Tuesday')).toBe('2024-08-13 day');
  });
});

describe('what is ahead of', () => {
  run([
    ['The squad trained on Tuesday ahead of Saturday’s derby.', '2024-08-15', 'Saturday', '2024-08-17 day'],
    ['Ahead of Sunday’s final, the coach named an unchanged side.', '2024-08-15', 'Sunday', '2024-08-18 day'],
    ['Markets were calm ahead of Wednesday’s rate decision.', '2024-08-15', 'Wednesday', '2024-08-21 day'],
  ]);
});

describe('weekday spans', () => {
  run([
    ['The road will be closed from Monday to Friday.', '2024-08-15', 'Friday', '2024-08-23 day'],
    ['Hearings run from Tuesday through Thursday.', '2024-08-15', 'Thursday', '2024-08-22 day'],
  ]);

  it('leaves a list of days alone', () => {
    expect(resolved('Rovers play City on Sunday and Wanderers on Wednesday.', '2024-08-15', 'Wednesday')).toBe(
      '2024-08-21 day',
    );
  });
});

describe('business periods', () => {
  run([
    ['The lender expects to hit its target by end-June.', '2024-08-15', 'June', '2025-06 month'],
    ['Revenue in H1 2024 rose 6%.', '2024-08-15', 'H1 2024', '2024 year'],
    ['Profit for FY 2024 fell 3%.', '2024-08-15', 'FY 2024', '2024 year'],
    ['Earnings in the June quarter beat forecasts.', '2024-08-15', 'June quarter', '2024 year'],
    ['Mortgage arrears rose in the September quarter.', '2025-02-06', 'September quarter', '2024 year'],
  ]);
});

describe('more holidays', () => {
  run([
    ['The park will be closed on Waitangi Day.', '2025-01-20', 'Waitangi Day', '2025-02-06 day'],
    ['Shops open late on Whit Monday.', '2025-05-01', 'Whit Monday', '2025-06-09 day'],
    ['The market was closed on Martin Luther King Jr. Day.', '2025-02-06', 'Martin Luther King', '2025-01-20 day'],
    ['Ski resorts were busy over Presidents’ Day.', '2025-03-01', 'Presidents', '2025-02-17 day'],
    ['Wreaths will be laid on Remembrance Sunday.', '2024-10-20', 'Remembrance Sunday', '2024-11-10 day'],
  ]);
});

describe('a named happening in the year the paragraph gives', () => {
  run([
    [
      'In 2021, a mob stormed the parliament. Prosecutors have since charged 300 people over the Jan. 6 attack.',
      '2024-08-15',
      'Jan. 6',
      '2021-01-06 day',
    ],
  ]);

  it('does not move a coming date', () => {
    expect(resolved('Turnout was low in 2020. The Nov. 5 election will be closer.', '2024-08-15', 'Nov. 5')).toBe(
      '2024-11-05 day',
    );
  });
});

describe('a named anaphor takes the date of its own happening', () => {
  it('prefers the clause that dates the noun, then the main event, over a date merely near it', () => {
    const body = [
      'A driver struck two cyclists on the evening of 2 March near Halton, police said.',
      '',
      'He denied the collision had been his fault but was charged on Friday.',
      '',
      'The morning after the collision, both riders were still in hospital.',
    ].join('\n');
    expect(resolved(body, '2024-04-09', 'The morning after')).toBe('2024-03-03 day');
  });

  it('still finds a vote dated in its own clause', () => {
    const body = ['The vote was held on 5 May.', '', 'Turnout was high. Prices fell the week after the vote.'].join(
      '\n',
    );
    expect(resolved(body, '2024-06-10', 'the week after')).toBe('2024-W19 week');
  });
});

describe('a speaker’s next quote is dated by the day the text said they spoke', () => {
  it('carries the day to the quote in the next paragraph', () => {
    const body = [
      'Sentencing him at Carlisle Crown Court on Monday, Judge Ruth Abara said he had shown no remorse.',
      '',
      '“Today you learn what that costs,” the judge said.',
    ].join('\n');
    const judge = 'ruth-abara';
    const mentions = [{ person: judge, paragraph: 1, text: 'Ruth Abara', start: body.indexOf('Ruth') }];
    const quote = 'Today you learn what that costs,';
    const quotes = [
      {
        id: 'q1',
        text: quote,
        speaker: judge,
        speakerName: 'Ruth Abara',
        attribution: 'explicit' as const,
        paragraph: 3,
        partial: false,
      },
    ];
    const events = eventsOf(body, '2024-04-10', { mentions, quotes });
    expect(events.find((e) => e.expression === 'Today')?.date).toBe('2024-04-08');
  });
});

describe('quarters being reported', () => {
  run([
    ['The company reports fourth-quarter results on Feb. 20.', '2025-02-06', 'fourth-quarter', '2024 year'],
    ['The company reports first-quarter results on April 24.', '2025-02-06', 'first-quarter', '2025 year'],
    ['The company expects first-quarter revenue of $2 billion.', '2025-02-06', 'first-quarter', '2025 year'],
  ]);
});

describe('the future in the past of reported speech', () => {
  run([
    [
      'The board would find the savings before the budget was approved on 30 June, the chair said.',
      '2024-06-23',
      '30 June',
      '2024-06-30 day',
    ],
    ['He said he would stay until the deal was signed on Friday.', '2024-08-15', 'Friday', '2024-08-16 day'],
  ]);

  it('leaves a plain past time clause past', () => {
    expect(resolved('Prices fell after the deal was signed on Friday.', '2024-08-15', 'Friday')).toBe('2024-08-09 day');
  });
});

describe('overnight from one day into the next', () => {
  run([
    // Thursday 2025-01-09
    ['Freezing rain is expected overnight Thursday into Friday.', '2025-01-09', 'Thursday', '2025-01-09 day'],
    ['Freezing rain is expected overnight Thursday into Friday.', '2025-01-09', 'Friday', '2025-01-10 day'],
    ['Gales battered the coast overnight Monday into Tuesday.', '2025-01-09', 'Tuesday', '2025-01-07 day'],
  ]);
});

describe('"last year" after a pronoun object', () => {
  run([['The club named its new stand after him last year.', '2024-08-15', 'last year', '2023 year']]);

  it('is not a possessive phrase', () => {
    expect(expressionsOf('It was her last year at the school.', '2024-08-15')).toEqual([]);
  });
});

describe('more relative phrasings', () => {
  run([
    // Thursday 2024-08-15
    ['Hundreds rallied over the past weekend.', '2024-08-15', 'weekend', '2024-W32 week'],
    ['The lender aims to complete the sale by year-end.', '2024-08-15', 'year-end', '2024 year'],
    ['Rents peaked the week before last.', '2024-08-15', 'week before last', '2024-W31 week'],
    ['United lost at home on Sunday the 11th.', '2024-08-15', '11th', '2024-08-11 day'],
  ]);

  it('keeps "the past week" a duration', () => {
    expect(expressionsOf('Rents rose over the past week.', '2024-08-15')).toEqual([]);
  });
});

describe('names that contain a holiday or weekday', () => {
  it('is not the day', () => {
    expect(expressionsOf('Talks on the Good Friday Agreement resumed.', '2024-12-03')).toEqual([]);
    expect(expressionsOf('The Christmas Day Parade was cancelled.', '2024-12-03')).toEqual([]);
  });

  it('still finds the holiday', () => {
    expect(resolved('Shops opened early on Black Friday.', '2024-12-03', 'Black Friday')).toBe('2024-11-29 day');
    expect(resolved('Ferries run on Christmas Day.', '2024-12-03', 'Christmas Day')).toBe('2024-12-25 day');
  });
});

describe('a month as the subject of its sentence', () => {
  run([
    ['Rainfall was heavy. March was the wettest month on record.', '2024-06-03', 'March', '2024-03 month'],
    ['January saw record sales at the chain, its owner said.', '2024-06-03', 'January', '2024-01 month'],
  ]);

  it('is not a name or a modal', () => {
    expect(expressionsOf('May was not asked about the vote.', '2024-06-03')).toEqual([]);
  });
});

describe('Australian business style', () => {
  run([
    // Tuesday 2024-08-06
    ['Inflation eased to 3.8 per cent in the June quarter.', '2024-08-06', 'June quarter', '2024 year'],
    ['Prices rose 4.1 per cent in the three months to March.', '2024-08-06', 'March', '2024-03 month'],
    ['Economists had expected the bank to hold until at least February.', '2024-08-06', 'February', '2025-02 month'],
  ]);

  it('keeps a scheduled expectation ahead', () => {
    expect(resolved('The inquiry is expected to end on Friday.', '2024-08-06', 'Friday')).toBe('2024-08-09 day');
  });
});

describe('a date inside a reported clause', () => {
  run([
    ['The chancellor said his budget on 6 March would focus on growth.', '2024-01-15', '6 March', '2024-03-06 day'],
    ['The coach said the scan on Monday would settle it.', '2024-12-18', 'Monday', '2024-12-23 day'],
    ['The club said the match on Saturday had been a sell-out.', '2024-12-18', 'Saturday', '2024-12-14 day'],
  ]);

  it('keeps "would have" with a noun ahead', () => {
    expect(resolved('The coach said the striker would have a scan on Friday.', '2024-12-18', 'Friday')).toBe(
      '2024-12-20 day',
    );
    expect(resolved('The striker would have played on Friday.', '2024-12-18', 'Friday')).toBe('2024-12-13 day');
  });
});

describe('narrative anaphora in a feature', () => {
  const body = [
    'The last shift at the glassworks ended on Nov. 30, 2023.',
    '',
    'On the morning of the closure, Ines Varro drove in anyway. “That was the worst week of my life,” she said in an interview last week.',
    '',
    'The owners had announced the closure that September. A year after the closure, half the staff had new jobs.',
  ].join('\n');

  it('takes "that September" in the year last written, not from a quote or a recent week', () => {
    expect(resolved(body, '2025-02-14', 'that September')).toBe('2023-09 month');
  });

  it('dates the morning of, and a year after, the story’s closure', () => {
    expect(resolved(body, '2025-02-14', 'On the morning of')).toBe('2023-11-30 day');
    expect(resolved(body, '2025-02-14', 'A year after')).toBe('2024 year');
  });
});
