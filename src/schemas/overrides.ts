/** Editorial corrections an editor can write in an article's frontmatter under `overrides:`. */
import { z } from 'astro/zod';
import { expected, personId, text } from './fields';
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
      /** A fragment of the quote's text that occurs in exactly one quote of the article. */
      match: text('a fragment of the quote’s text, in quotes'),
      /** Registry id of the person who really said it, e.g. "jake-sullivan". */
      speaker: personId().optional(),
      /** Who said it when the speaker is not a registered person: "a U.S. official", "Kessel Lines". */
      speakerName: text('a name for the speaker, like "a U.S. official"').optional(),
      /** `true` when the span is a scare quote, a title or a nickname, not someone's words. */
      notQuote: z.boolean({ error: expected('true or false') }).optional(),
    },
    { error: unknownFields('match, speaker, speakerName, notQuote') },
  )
  .refine((o) => o.notQuote === true || o.speaker !== undefined || o.speakerName !== undefined, {
    error: 'a quote override needs `speaker`, `speakerName` or `notQuote: true`',
  });

export const eventOverrideSchema = z.strictObject(
  {
    /** The time expression exactly as written in the article, e.g. "in July". */
    expression: text('the time expression exactly as written, like "in July"'),
    /** Paragraph number (1-based), needed only when the expression occurs more than once. */
    paragraph: z
      .int({ error: expected('a paragraph number like 3') })
      .min(1)
      .optional(),
    /** The right date: "2023-03-13", "2023-W12", "2023-03" or "2023". */
    date: z
      .string({ error: expected('a date like "2023-03-13", "2023-W12", "2023-03" or "2023"') })
      .regex(/^\d{4}(-W\d{2}|-\d{2}(-\d{2})?)?$/, {
        error: (issue) =>
          `expected a date like "2023-03-13", "2023-W12", "2023-03" or "2023", got ${JSON.stringify(issue.input)}`,
      }),
    /** How precise the date is: day, week, month or year. */
    precision,
    /** A short description of what happened, shown on the timeline. */
    summary: text('a short summary').optional(),
  },
  { error: unknownFields('expression, paragraph, date, precision, summary') },
);

export const overridesSchema = z.strictObject(
  {
    /** Corrections to quotes: their speaker, or that a span is not a quote. */
    quotes: z.array(quoteOverrideSchema, { error: expected('a list of quote corrections') }).optional(),
    /** Corrections to event dates, or events to add. */
    events: z.array(eventOverrideSchema, { error: expected('a list of event corrections') }).optional(),
  },
  { error: unknownFields('quotes, events') },
);
