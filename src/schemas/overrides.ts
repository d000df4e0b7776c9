/** Editorial corrections an editor can write in an article's frontmatter under `overrides:`. */
import { z } from 'astro/zod';
import { expected, personId, text } from './fields';
import { isValidDateForPrecision } from '../analysis/schema';
import { unknownFields } from './strict';

const precision = z.enum(['day', 'week', 'month', 'year'], {
  error: (issue) =>
    issue.input === undefined
      ? 'required: the precision of the date, one of day, week, month, year'
      : `expected one of day, week, month, year, got ${JSON.stringify(issue.input)}`,
});

export const quoteOverrideSchema = z
  .strictObject(
    {
      match: text('a fragment of the quote’s text, in quotes').describe(
        "A fragment of the quote's text that occurs in exactly one quote of the article.",
      ),
      speaker: personId().optional().describe('Registry id of the person who really said it, e.g. "jake-sullivan".'),
      speakerName: text('a name for the speaker, like "a U.S. official"')
        .optional()
        .describe('Who said it when the speaker is not a registered person: "a U.S. official", "Kessel Lines".'),
      notQuote: z
        .boolean({ error: expected('true or false') })
        .optional()
        .describe("`true` when the span is a scare quote, a title or a nickname, not someone's words."),
    },
    { error: unknownFields('match, speaker, speakerName, notQuote') },
  )
  .refine((o) => o.notQuote === true || o.speaker !== undefined || o.speakerName !== undefined, {
    error: 'a quote override needs `speaker`, `speakerName` or `notQuote: true`',
  });

export const eventOverrideSchema = z
  .strictObject(
    {
      expression: text('the time expression exactly as written, like "in July"').describe(
        'The time expression exactly as written in the article, e.g. "in July".',
      ),
      paragraph: z
        .int({ error: expected('a paragraph number like 3') })
        .min(1)
        .optional()
        .describe('Paragraph number (1-based), needed only when the expression occurs more than once.'),
      date: z
        .string({ error: expected('a date like "2023-03-13", "2023-W12", "2023-03" or "2023"') })
        .regex(/^\d{4}(-W\d{2}|-\d{2}(-\d{2})?)?$/, {
          error: (issue) =>
            `expected a date like "2023-03-13", "2023-W12", "2023-03" or "2023", got ${JSON.stringify(issue.input)}`,
        })
        .describe('The right date: "2023-03-13", "2023-W12", "2023-03" or "2023".'),
      precision: precision.describe('How precise the date is: day, week, month or year.'),
      summary: text('a short summary')
        .optional()
        .describe('A short description of what happened, shown on the timeline.'),
    },
    { error: unknownFields('expression, paragraph, date, precision, summary') },
  )
  .refine((o) => isValidDateForPrecision(o.date, o.precision), {
    path: ['date'],
    error: (issue) => {
      const { date, precision } = issue.input as { date: string; precision: string };
      return `the date "${date}" is not a ${precision}: write a day as "2023-03-13", a week as "2023-W12", a month as "2023-03", a year as "2023"`;
    },
    // Only a well-formed date and precision can disagree; malformed ones already have their message.
    when: (payload) => payload.issues.length === 0,
  });

export const overridesSchema = z.strictObject(
  {
    quotes: z
      .array(quoteOverrideSchema, { error: expected('a list of quote corrections') })
      .optional()
      .describe('Corrections to quotes: their speaker, or that a span is not a quote.'),
    events: z
      .array(eventOverrideSchema, { error: expected('a list of event corrections') })
      .optional()
      .describe('Corrections to event dates, or events to add.'),
  },
  { error: unknownFields('quotes, events') },
);
