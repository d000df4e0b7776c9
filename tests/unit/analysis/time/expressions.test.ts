/**
 * What the recogniser takes as a time expression, and exactly which words: prepositions and
 * "late"/"early"/"mid-" are kept as written, a possessive is left off, and durations, generic uses,
 * decades and clock times are not expressions.
 */
import { describe, expect, it } from 'vitest';
import { findTimeMentions } from '../../../../src/analysis/time/expressions';
import { tokenize } from '../../../../src/analysis/time/tokens';

const expressions = (text: string): string[] => findTimeMentions(tokenize(text)).map((m) => text.slice(m.start, m.end));
const kinds = (text: string): string[] => findTimeMentions(tokenize(text)).map((m) => m.spec.kind);

describe('recognised expressions, as written', () => {
  it.each([
    ['Blackouts returned on Thursday as temperatures rose.', ['on Thursday']],
    ['Demand peaked on Wednesday evening.', ['on Wednesday evening']],
    ['The heat will not break until at least Monday.', ['until at least Monday']],
    ['The company said late Thursday that it would publish.', ['late Thursday']],
    ['The ministry issued a statement late on Friday.', ['late on Friday']],
    ['The grid was failing by Thursday afternoon.', ['by Thursday afternoon']],
    [
      'Sullivan spoke on Friday; the remarks were embargoed until Monday afternoon.',
      ['on Friday', 'until Monday afternoon'],
    ],
    ['following last month’s discovery of a balloon', ['last month']],
    ['Reyes will bring a plan to next week’s session.', ['next week']],
    ['Tuesday’s vote was close.', ['Tuesday']],
    ['He was born on June 2, 1938, on a farm.', ['on June 2, 1938']],
    ['The date is 5 March 2021.', ['5 March 2021']],
    ['The state filed suit on Oct. 3, after a report.', ['on Oct. 3']],
    ['Marchand took office in March 2021.', ['in March 2021']],
    ['The board removed it in September 2022 after a complaint.', ['in September 2022']],
    ['The firm has until March 21 to appeal.', ['until March 21']],
    ['Talks stalled in mid-March.', ['in mid-March']],
    ['The toll was first floated in 2019.', ['in 2019']],
    ['the 1993 final', ['1993']],
    ['The forecast for 2025 is due in February.', ['for 2025', 'in February']],
    ['The station was founded in 2019’s first week.', ['in 2019']],
    ['In the autumn of 2021 he arrived.', ['In the autumn of 2021']],
    ['Last summer, the shop made a list.', ['Last summer']],
    ['Profit fell in the third quarter.', ['in the third quarter']],
    ['Third-quarter profit fell.', ['Third-quarter']],
    ['Two weeks ago, the department warned.', ['Two weeks ago']],
    ['The findings came out a decade ago.', ['a decade ago']],
    ['Net income was down from a year earlier.', ['from a year earlier']],
    ['A reading is planned the day before, and another on Saturday.', ['the day before', 'on Saturday']],
    ['The following week, the firm removed the data.', ['The following week']],
    ['Tuttle replied that afternoon.', ['that afternoon']],
    ['Castlegate have lost once since Boxing Day.', ['since Boxing Day']],
    ['hours before a New Year’s Eve deadline', ['New Year’s Eve']],
    ['Relief could come by the middle of next week.', ['by the middle of next week']],
    ['The work ends by the end of April.', ['by the end of April']],
    ['It happened earlier this month.', ['earlier this month']],
    ['It will happen later this year.', ['later this year']],
    ['Plans were shelved late last year.', ['late last year']],
    ['Crews worked over the weekend.', ['over the weekend']],
    ['The jury was seated on the 2nd.', ['on the 2nd']],
    ['Officials met late last night.', ['late last night']],
    ['She said this morning it was over.', ['this morning']],
    ['The Fed met on Tuesday, Dec. 12, 2023.', ['on Tuesday', 'Dec. 12, 2023']],
    ['Revenue in Q3 2024 rose.', ['in Q3 2024']],
    ['The company forecast fiscal 2025 sales.', ['fiscal 2025']],
    ['A vote is set for Monday.', ['for Monday']],
    ['A strike could begin as early as Jan. 17.', ['as early as Jan. 17']],
    ['The ceremony is on the Fourth of July.', ['on the Fourth of July']],
  ])('%s', (text, expected) => {
    expect(expressions(text)).toEqual(expected);
  });
});

describe('not time expressions', () => {
  it.each([
    'She has done this for years.',
    'for the past several weeks, with the congress underway',
    'Officials will decide in the coming weeks.',
    'In the 1970s, her show became popular.',
    'She slides the tray out at 2:51 a.m. every night.',
    'It lost money in each of the last three years.',
    'The plan would cut spending over three years.',
    'The hospital burned through a week’s supply of diesel.',
    'She hosted a Sunday-morning program.',
    'That is the sound of a Saturday.',
    'The bakery opens every Monday.',
    'He works Mondays and Thursdays.',
    'Over the next week, crews will clear roads.',
    'Officials may delay the launch.',
    'Protesters will march to the square.',
    'The March for Our Lives drew crowds.',
    'Xi and Biden’s last phone call was tense.',
    'The grid was running on its last reserve.',
    'The ward has 6,412 beds and 1,200 staff.',
    'The route carried 2000 passengers.',
    'They sold 1500 copies of the book.',
    'It cost $2019 to repair.',
    'The 2023-24 season was long.',
    'He scored in the 84th minute.',
    'Ask for May at the desk.',
    'The fall in prices surprised analysts.',
    'Then the minister spoke.',
    'At this point, nothing is certain.',
    'Generators ran for 14 hours.',
    'The ship docked at Christmas Island.',
    'Tourists flock to Easter Island.',
    'The hospital used the diesel in two days.',
  ])('%s', (text) => {
    expect(expressions(text)).toEqual([]);
  });
});

describe('kinds', () => {
  it('tells dates, months, seasons and anaphora apart', () => {
    expect(kinds('on March 5, in March, this spring, the day before, two weeks ago, in 2019, next week')).toEqual([
      'date',
      'month',
      'season',
      'anaphor',
      'ago',
      'year',
      'relative',
    ]);
  });

  it('reads a named anchor after "before"/"after"', () => {
    const [mention] = findTimeMentions(tokenize('Prices rose the week after the vote.'));
    expect(mention?.spec).toEqual({ kind: 'anaphor', unit: 'week', offset: 1, noun: 'vote' });
  });

  it('keeps the preposition', () => {
    expect(findTimeMentions(tokenize('since Dec. 27')).map((m) => m.prep)).toEqual(['since']);
  });
});
