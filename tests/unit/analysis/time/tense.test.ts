/**
 * Clause tense: the verbs and auxiliaries nearest a time expression, in its own clause first.
 */
import { describe, expect, it } from 'vitest';
import { layoutParagraph } from '../../../../src/analysis/time/clauses';
import { findTimeMentions } from '../../../../src/analysis/time/expressions';
import { findQuoteSpans } from '../../../../src/analysis/time/quoted';
import { clauseTense, markCues } from '../../../../src/analysis/time/tense';
import { tokenize } from '../../../../src/analysis/time/tokens';

/** Tense of the clause holding the expression written `expression` in `text`. */
function tenseOf(text: string, expression: string): string {
  const tokens = tokenize(text);
  const layout = layoutParagraph(tokens, findQuoteSpans(text));
  const cues = markCues(layout);
  const mention = findTimeMentions(tokens).find((m) => text.slice(m.start, m.end).includes(expression));
  if (!mention) throw new Error(`no expression ${expression}`);
  return clauseTense(layout, cues, mention.first, mention.last).tense ?? 'none';
}

describe('clause tense', () => {
  it.each([
    // future
    ['A memorial service will be held on Saturday.', 'Saturday', 'future'],
    ['The union said members would vote on Monday.', 'Monday', 'future'],
    ['The hearing is scheduled for Monday evening.', 'Monday', 'future'],
    ['A hearing on the penalty is set for Monday.', 'Monday', 'future'],
    [
      'Parliament is expected to debate the package next month, with a vote scheduled for April 2.',
      'April 2',
      'future',
    ],
    ['Her team plans to return in May.', 'May', 'future'],
    ['Alicia Fontaine, who is due in January, had planned a home birth.', 'January', 'future'],
    ['I’ll see you on Friday.', 'Friday', 'future'],
    ['The storm is forecast to make landfall early Wednesday.', 'Wednesday', 'future'],
    ['Relief could come by Thursday.', 'Thursday', 'future'],
    ['Tuttle said he would hold a meeting in the parking lot on Saturday morning.', 'Saturday', 'future'],
    ['On Friday, the finance committee is scheduled to review the contract.', 'Friday', 'future'],
    // past
    ['The council voted on Tuesday to delay the toll.', 'Tuesday', 'past'],
    ['The council on Tuesday postponed a vote.', 'Tuesday', 'past'],
    ['Negotiations broke down on Thursday.', 'Thursday', 'past'],
    ['The hospital has postponed surgery since Tuesday.', 'Tuesday', 'past'],
    ['The remarks were embargoed until Monday afternoon.', 'Monday', 'past'],
    ['A report presented to the council on March 5 put the cost at $410 million.', 'March 5', 'past'],
    ['In March, with her eyesight failing, her children took turns driving her.', 'March', 'past'],
    ['The company said in a statement late Thursday that it would publish a schedule.', 'Thursday', 'past'],
    ['Carrow, who beat Rovers 4-0 in April, are favourites.', 'April', 'past'],
    ['The leaders last met face-to-face in November.', 'November', 'past'],
    ['She died on Christmas Day.', 'Christmas', 'past'],
    ['Asked on Wednesday about her criticism, he did not dispute it.', 'Wednesday', 'past'],
    // present
    ['Kostrava holds parliamentary elections in March.', 'March', 'present'],
    ['The board has until Dec. 12 to put the book back.', 'Dec. 12', 'present'],
    ['Voters go to the polls on Nov. 5.', 'Nov. 5', 'present'],
    ['Tickets go on sale Tuesday.', 'Tuesday', 'present'],
    [
      'The Rangers, who lost 3-2 Saturday, host the Bruins on Tuesday and visit Boston on Thursday.',
      'Thursday',
      'present',
    ],
    ['The Rangers, who lost 3-2 Saturday, host the Bruins on Tuesday.', 'Saturday', 'past'],
    ['A 2019 report found the bridge was failing in March.', 'March', 'past'],
    // nothing to go by: the caller falls back to the nearest date
    ['Ask me in May.', 'May', 'none'],
    ['The group had invited both sides back to the capital on Jan. 9.', 'Jan. 9', 'none'],
    ['“We offered to reopen two crossings on Monday,” he said.', 'Monday', 'none'],
  ])('%s (%s) -> %s', (text, expression, expected) => {
    expect(tenseOf(text, expression)).toBe(expected);
  });

  it('does not take a verb from the writer’s words for an expression inside a quote', () => {
    expect(tenseOf('“Ask me in May,” he said.', 'May')).toBe('none');
  });

  it('prefers the clause of the expression over another clause of the sentence', () => {
    expect(tenseOf('The final will be played in London, against a side who beat them in April.', 'April')).toBe('past');
  });
});

describe('cues', () => {
  it('gives participles their auxiliary’s tense', () => {
    const text = 'It will be held soon. It was signed. It has been edited. It is located here.';
    const layout = layoutParagraph(tokenize(text), []);
    const cues = markCues(layout);
    const cueOf = (word: string) => cues[layout.tokens.findIndex((t) => t.lower === word)];
    expect(cueOf('held')).toBe('future');
    expect(cueOf('signed')).toBe('past');
    expect(cueOf('edited')).toBe('past');
    expect(cueOf('located')).toBe('present');
  });

  it('ignores hyphenated adjectives and -ed nouns', () => {
    const text = 'a so-called plan, a bad-tempered draw, one hundred, the restored marsh';
    const layout = layoutParagraph(tokenize(text), []);
    expect(markCues(layout).every((cue) => cue === null)).toBe(true);
  });
});
