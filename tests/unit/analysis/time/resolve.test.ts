/**
 * Resolution conventions, one fixture per rule: (sentence, publication date, expression) -> date and
 * precision. The sentences are written for these tests in several house styles (AP, British, business,
 * court, sports); none comes from the evaluation articles.
 */
import { describe, expect, it } from 'vitest';
import { resolved, runCases as run } from './helpers';

describe('weekdays', () => {
  run([
    // Monday 2021-06-14
    ['The council voted on Friday to approve the budget.', '2021-06-14', 'Friday', '2021-06-11 day'],
    ['The council will vote on Friday.', '2021-06-14', 'Friday', '2021-06-18 day'],
    ['The trial concluded Monday.', '2021-06-14', 'Monday', '2021-06-14 day'],
    ['The trial resumes next Monday.', '2021-06-14', 'next Monday', '2021-06-21 day'],
    ['He died last Monday at his home.', '2021-06-14', 'last Monday', '2021-06-07 day'],
    // Friday 2021-06-18: a past "Friday" is that day, a future one a week later
    ['She resigned on Friday.', '2021-06-18', 'Friday', '2021-06-18 day'],
    ['The talks will resume on Friday.', '2021-06-18', 'Friday', '2021-06-25 day'],
    ['Police said the fire started early Sunday.', '2021-06-15', 'early Sunday', '2021-06-13 day'],
    ['The minister spoke on Wednesday evening.', '2021-06-17', 'Wednesday evening', '2021-06-16 day'],
    ['The hearing is scheduled for Monday afternoon.', '2021-06-17', 'Monday afternoon', '2021-06-21 day'],
    ['Tuesday’s vote was close.', '2021-06-17', 'Tuesday', '2021-06-15 day'],
    ['The festival opens this Friday.', '2021-06-15', 'this Friday', '2021-06-18 day'],
    ['Tickets go on sale Thursday.', '2021-06-15', 'Thursday', '2021-06-17 day'],
    // year boundary: a past Tuesday in a Friday 2025-01-03 article
    ['The ferry sank on Tuesday.', '2025-01-03', 'Tuesday', '2024-12-31 day'],
    ['Members are scheduled to vote on Monday.', '2025-01-03', 'Monday', '2025-01-06 day'],
    [
      'The airline said it would resume flights by Thursday evening.',
      '2023-12-30',
      'Thursday evening',
      '2024-01-04 day',
    ],
    ['Rovers beat United 2-0 on Saturday.', '2021-06-13', 'Saturday', '2021-06-12 day'],
    ['The court on Tuesday ordered the county to pay.', '2021-06-17', 'Tuesday', '2021-06-15 day'],
    ['On Friday, the committee is expected to review the contract.', '2021-06-16', 'Friday', '2021-06-18 day'],
    [
      'In a statement issued late on Friday, the ministry said talks had failed.',
      '2021-06-20',
      'late on Friday',
      '2021-06-18 day',
    ],
    ['The company said Tuesday, Dec. 5, that it had sold the unit.', '2023-12-07', 'Dec. 5', '2023-12-05 day'],
    // the weekday of a written date is that date, even when it is weeks away
    ['The plant will close on Tuesday, Dec. 5.', '2023-11-10', 'Tuesday', '2023-12-05 day'],
    ['The plant closed on Friday, 10 March.', '2023-11-10', 'Friday', '2023-03-10 day'],
  ]);
});

describe('today, yesterday, tomorrow, tonight', () => {
  run([
    ['The court ruled yesterday.', '2024-03-01', 'yesterday', '2024-02-29 day'],
    ['A verdict is expected tomorrow.', '2023-12-31', 'tomorrow', '2024-01-01 day'],
    ['Fireworks start tonight over the harbour.', '2022-07-04', 'tonight', '2022-07-04 day'],
    ['Officials met late last night.', '2021-03-01', 'last night', '2021-02-28 day'],
    ['The mayor said this morning that roads were closed.', '2021-03-01', 'this morning', '2021-03-01 day'],
    ['The index closed higher today.', '2021-03-01', 'today', '2021-03-01 day'],
  ]);
});

describe('dates without a year', () => {
  run([
    ['The law took effect on Jan. 1.', '2022-03-10', 'Jan. 1', '2022-01-01 day'],
    ['The deadline is Dec. 15.', '2022-03-10', 'Dec. 15', '2022-12-15 day'],
    ['The strike began on Dec. 12.', '2023-01-05', 'Dec. 12', '2022-12-12 day'],
    ['The results will be published on 5 March.', '2023-11-20', '5 March', '2024-03-05 day'],
    ['Voting closed on 12 December.', '2019-12-13', '12 December', '2019-12-12 day'],
    ['The ward will close after Dec. 31.', '2024-10-17', 'Dec. 31', '2024-12-31 day'],
    ['The ceasefire, agreed on March 3, collapsed within days.', '2024-02-10', 'March 3', '2023-03-03 day'],
    ['The final will be played on Sept. 14.', '2024-09-01', 'Sept. 14', '2024-09-14 day'],
    ['Talks have continued daily since Dec. 27.', '2025-01-03', 'Dec. 27', '2024-12-27 day'],
    ['She was arrested on the 4th of July.', '2023-08-01', '4th of July', '2023-07-04 day'],
    ['Rent is due on the 1st.', '2023-05-17', 'the 1st', '2023-06-01 day'],
    ['The shop reopened on the 3rd.', '2023-05-17', 'the 3rd', '2023-05-03 day'],
    ['The bill passed the House on Jan. 5 and the Senate on the 19th.', '2024-05-15', 'the 19th', '2024-01-19 day'],
    // an abbreviation's period does not cut the clause off from its verb
    ['The school board met Jan. 4 and again Jan. 18.', '2024-01-10', 'Jan. 18', '2023-01-18 day'],
    ['Talks resumed the week of Dec. 11.', '2024-01-10', 'week of Dec. 11', '2023-W50 week'],
    ['Sept. 30 is the end of the fiscal year.', '2024-08-01', 'Sept. 30', '2024-09-30 day'],
    // a yearless date a year off, when the verb of another clause is all that says "past"
    [
      'The council voted to install meters, charging $1.50 an hour, starting Oct. 1.',
      '2025-09-24',
      'Oct. 1',
      '2025-10-01 day',
    ],
    [
      'The group had invited both sides back to the capital on Jan. 9 for new talks.',
      '2023-01-01',
      'Jan. 9',
      '2023-01-09 day',
    ],
    ['The accord was signed on June 2, 1938.', '2022-08-09', 'June 2, 1938', '1938-06-02 day'],
    ['Trading resumes 2 January 2025, the exchange said.', '2024-12-20', '2 January 2025', '2025-01-02 day'],
    ['The filing is dated 2024-07-01.', '2024-08-01', '2024-07-01', '2024-07-01 day'],
    ['The attack happened on 14 November last year.', '2024-06-10', '14 November', '2023-11-14 day'],
    ['The attack happened on 14 November last year.', '2024-06-10', 'last year', '2023 year'],
    ['The scheme closes at the end of March next year.', '2024-02-10', 'March', '2025-03 month'],
    ['Polls open on 2 May this year.', '2024-11-10', '2 May', '2024-05-02 day'],
  ]);
});

describe('months', () => {
  run([
    ['The call took place in July.', '2023-03-13', 'in July', '2022-07 month'],
    ['The balloon was spotted in February.', '2023-03-13', 'in February', '2023-02 month'],
    ['Elections will be held in March.', '2023-03-13', 'in March', '2023-03 month'],
    ['Sales fell in December, the company said.', '2024-01-10', 'in December', '2023-12 month'],
    ['The school opens in September.', '2024-01-10', 'in September', '2024-09 month'],
    ['Prices have risen since October.', '2024-01-10', 'since October', '2023-10 month'],
    ['Talks stalled in mid-March.', '2024-06-01', 'mid-March', '2024-03 month'],
    ['The work will be finished by the end of April.', '2024-06-01', 'the end of April', '2025-04 month'],
    ['The law took effect in March 2021.', '2024-06-01', 'March 2021', '2021-03 month'],
    ['He was released last March.', '2024-02-15', 'last March', '2023-03 month'],
    ['The rules take effect next January.', '2024-02-15', 'next January', '2025-01 month'],
    ['Kostrava holds parliamentary elections in March.', '2023-01-01', 'in March', '2023-03 month'],
    ['She is due to give birth in January.', '2024-10-17', 'in January', '2025-01 month'],
    ['The firm plans to report in May.', '2026-03-06', 'in May', '2026-05 month'],
    ['Inflation in January is running at 3.1%, figures show.', '2024-02-15', 'in January', '2024-01 month'],
  ]);
});

describe('seasons -> their year', () => {
  run([
    ['The plant closed last spring.', '2024-05-15', 'last spring', '2023 year'],
    ['The rollout starts this fall.', '2024-02-10', 'this fall', '2024 year'],
    ['Last summer, the river flooded the valley.', '2023-06-24', 'Last summer', '2022 year'],
    ['The hearing took place last fall.', '2025-02-19', 'last fall', '2024 year'],
    ['The band tours next summer.', '2024-09-01', 'next summer', '2025 year'],
    ['He arrived in the autumn of 2021.', '2023-06-24', 'autumn of 2021', '2021 year'],
    ['The river rose in the spring of 1993.', '2022-08-09', 'spring of 1993', '1993 year'],
    ['The first aircraft will be withdrawn this spring.', '2024-02-08', 'this spring', '2024 year'],
    ['Sales slumped in the summer.', '2023-11-02', 'the summer', '2023 year'],
    ['He will stand trial in the autumn.', '2024-02-15', 'the autumn', '2024 year'],
  ]);
});

describe('weeks, months and years relative to publication', () => {
  run([
    ['Talks ended last week.', '2023-01-01', 'last week', '2022-W51 week'],
    ['The union endorsed the ballot last week.', '2025-01-03', 'last week', '2024-W52 week'],
    ['Shares slid last week.', '2027-01-08', 'last week', '2026-W53 week'],
    ['The council meets next week.', '2023-01-01', 'next week', '2023-W01 week'],
    ['The council meets next week.', '2020-12-28', 'next week', '2021-W01 week'],
    ['Parliament sits this week.', '2021-01-03', 'this week', '2020-W53 week'],
    ['He will bring a plan to next week’s session.', '2024-05-15', 'next week', '2024-W21 week'],
    ['Relief could come by the middle of next week.', '2025-03-14', 'middle of next week', '2025-W12 week'],
    ['Output fell last month.', '2023-01-15', 'last month', '2022-12 month'],
    ['The rules change next month.', '2023-12-15', 'next month', '2024-01 month'],
    ['The ministry published its figures earlier this month.', '2024-02-08', 'earlier this month', '2024-02 month'],
    ['Payments are due at the end of the month.', '2024-02-10', 'end of the month', '2024-02 month'],
    ['Trade fell by a fifth last year.', '2023-01-01', 'last year', '2022 year'],
    ['The rules take effect next year.', '2023-01-01', 'next year', '2024 year'],
    ['Earlier this year, the registry began a review.', '2026-03-06', 'Earlier this year', '2026 year'],
    ['Production stopped late last year.', '2024-02-01', 'late last year', '2023 year'],
    ['A decision is expected early next year.', '2024-02-01', 'early next year', '2025 year'],
    ['Sales were flat this time last year.', '2024-02-01', 'this time last year', '2023 year'],
  ]);
});

describe('N units ago', () => {
  run([
    ['Two weeks ago, the department warned of limits.', '2024-05-15', 'Two weeks ago', '2024-W18 week'],
    ['The plant closed three months ago.', '2024-01-15', 'three months ago', '2023-10 month'],
    ['The firm was founded a decade ago.', '2024-01-15', 'a decade ago', '2014 year'],
    ['She took office two years ago.', '2024-05-15', 'two years ago', '2022 year'],
    ['The fire broke out 10 days ago.', '2024-03-05', '10 days ago', '2024-02-24 day'],
    ['The law passed a year ago.', '2024-03-05', 'a year ago', '2023 year'],
  ]);
});

describe('years, quarters and fiscal years', () => {
  run([
    ['Engineers first floated the toll in 2019.', '2024-05-15', 'in 2019', '2019 year'],
    ['Troops have been stationed there since 2009.', '2024-02-08', 'since 2009', '2009 year'],
    ['The firm plans to cut costs by 2026.', '2024-10-22', 'by 2026', '2026 year'],
    ['No units will be disbanded before 2026.', '2024-02-08', 'before 2026', '2026 year'],
    ['He was at the 1993 final.', '2024-09-01', '1993', '1993 year'],
    ['The company forecast fiscal 2025 revenue.', '2024-09-01', 'fiscal 2025', '2025 year'],
    ['The plan was drafted in early 2020.', '2024-09-01', 'early 2020', '2020 year'],
    ['Its stock has doubled since mid-2022.', '2024-09-01', 'mid-2022', '2022 year'],
    ['Profit fell in the third quarter.', '2024-10-22', 'the third quarter', '2024 year'],
    [
      'The company expects volumes to stabilize in the fourth quarter.',
      '2024-10-22',
      'the fourth quarter',
      '2024 year',
    ],
    ['Fourth-quarter sales fell 3 percent.', '2024-02-05', 'Fourth-quarter', '2023 year'],
    ['A recovery is forecast to start in the first quarter.', '2024-10-22', 'the first quarter', '2025 year'],
    ['Revenue in Q2 2023 beat estimates.', '2024-10-22', 'Q2 2023', '2023 year'],
    ['Growth slowed in the first half of 2024.', '2024-10-22', 'first half of 2024', '2024 year'],
    ['Revenue rose 8 percent last quarter.', '2024-01-20', 'last quarter', '2023 year'],
    ['The company expects a slowdown next quarter.', '2024-11-20', 'next quarter', '2025 year'],
    ['Results for FY2024 are due in May.', '2024-11-20', 'FY2024', '2024 year'],
    ['It will report in the first week of March.', '2024-11-20', 'March', '2025-03 month'],
    ['“I’ll decide by the end of the summer,” she said.', '2024-11-20', 'end of the summer', '2025 year'],
  ]);
});

describe('holidays', () => {
  run([
    ['Castlegate have lost only once since Boxing Day.', '2023-04-17', 'Boxing Day', '2022-12-26 day'],
    ['Talks collapsed hours before a New Year’s Eve deadline.', '2023-01-01', 'New Year’s Eve', '2022-12-31 day'],
    ['The market will open on Christmas Eve.', '2023-11-01', 'Christmas Eve', '2023-12-24 day'],
    ['Traffic was heavy over Thanksgiving.', '2023-12-05', 'Thanksgiving', '2023-11-23 day'],
    ['The church will reopen for Easter.', '2024-02-01', 'Easter', '2024-03-31 day'],
    ['Parades are planned for St. Patrick’s Day.', '2024-02-01', 'St. Patrick’s Day', '2024-03-17 day'],
    ['Fireworks were banned on Guy Fawkes Night.', '2023-11-20', 'Guy Fawkes Night', '2023-11-05 day'],
    ['Sales on Black Friday rose 4 percent.', '2024-12-03', 'Black Friday', '2024-11-29 day'],
    ['Voters go to the polls on Election Day.', '2024-10-01', 'Election Day', '2024-11-05 day'],
    ['Stores were packed the day after Thanksgiving.', '2024-12-03', 'the day after Thanksgiving', '2024-11-29 day'],
    ['Registration closes two days before Christmas.', '2024-11-05', 'two days before Christmas', '2024-12-23 day'],
    ['She was last seen on Christmas Eve 2019.', '2024-11-05', 'Christmas Eve 2019', '2019-12-24 day'],
  ]);
});

describe('weekends', () => {
  run([
    ['Crews worked over the weekend.', '2024-05-13', 'the weekend', '2024-W19 week'],
    ['The fair returns this weekend.', '2024-05-15', 'this weekend', '2024-W20 week'],
    ['Thousands marched at the weekend.', '2024-05-15', 'the weekend', '2024-W19 week'],
    ['Storms will arrive at the weekend.', '2024-05-15', 'the weekend', '2024-W20 week'],
    ['The race is next weekend.', '2024-05-15', 'next weekend', '2024-W21 week'],
    ['Two people died in crashes last weekend.', '2024-05-15', 'last weekend', '2024-W19 week'],
  ]);
});

describe('anaphora with an anchor in the text', () => {
  run([
    [
      'The board meets on Dec. 4. A reading group will gather outside the library the day before.',
      '2023-11-21',
      'the day before',
      '2023-12-03 day',
    ],
    [
      'The state sued on Oct. 3. The following week, the firm removed the data.',
      '2025-02-19',
      'The following week',
      '2024-W41 week',
    ],
    [
      'Net income for the quarter ended Sept. 30 was down from a year earlier.',
      '2024-10-22',
      'a year earlier',
      '2023 year',
    ],
    ['The council met on Wednesday. The mayor left that afternoon.', '2025-09-25', 'that afternoon', '2025-09-24 day'],
    [
      'The vote was held on March 3. Prices rose the week after the vote.',
      '2024-06-01',
      'the week after',
      '2024-W10 week',
    ],
    [
      'The bank collapsed in 2008. A decade later, its chief was convicted.',
      '2024-06-01',
      'A decade later',
      '2018 year',
    ],
    [
      'The suspect fled on Sunday. He was arrested the next morning.',
      '2021-06-16',
      'the next morning',
      '2021-06-14 day',
    ],
    [
      'The treaty was signed on Friday, May 3. Troops left the following Monday.',
      '2024-06-01',
      'the following Monday',
      '2024-05-06 day',
    ],
    [
      'The attack happened on 14 November last year. He was arrested the following day.',
      '2024-06-10',
      'the following day',
      '2023-11-15 day',
    ],
  ]);

  it('does not anchor a named anaphor on the date in its own sentence', () => {
    expect(() =>
      resolved(
        'She joined the firm in January 2020, two months before the pandemic hit.',
        '2024-01-10',
        'two months before',
      ),
    ).toThrow(/no event/);
  });

  it('leaves out anaphora with nothing to anchor them', () => {
    expect(() => resolved('The mayor left the day before.', '2024-06-01', 'the day before')).toThrow(/no event/);
    expect(() => resolved('Prices rose the week after the vote.', '2024-06-01', 'the week after')).toThrow(/no event/);
  });
});
