/**
 * The analysis contract (see README "Analysis contract"): the per-article record the engine returns,
 * the site publishes as `api/articles/<slug>.json`, and the scorer reads. Field names are fixed by the
 * contract; extra fields are allowed by it but kept to a minimum here.
 */
import { z } from 'zod';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isoWeek = /^\d{4}-W\d{2}$/;
const isoMonth = /^\d{4}-\d{2}$/;
const isoYear = /^\d{4}$/;

export const precisions = ['day', 'week', 'month', 'year'] as const;
export type Precision = (typeof precisions)[number];

export const attributions = ['explicit', 'pronoun', 'continuation', 'override', 'unattributed'] as const;
export type Attribution = (typeof attributions)[number];

export const sourceKinds = ['person', 'anonymous', 'organization'] as const;
export type SourceKind = (typeof sourceKinds)[number];

export const tenses = ['past', 'present', 'future'] as const;
export type Tense = (typeof tenses)[number];

/** True when `date` is a real calendar value written the way `precision` requires. */
export function isValidDateForPrecision(date: string, precision: Precision): boolean {
  switch (precision) {
    case 'year':
      return isoYear.test(date);
    case 'month': {
      if (!isoMonth.test(date)) return false;
      const month = Number(date.slice(5, 7));
      return month >= 1 && month <= 12;
    }
    case 'week': {
      if (!isoWeek.test(date)) return false;
      const year = Number(date.slice(0, 4));
      const week = Number(date.slice(6));
      return week >= 1 && week <= isoWeeksInYear(year);
    }
    case 'day': {
      if (!isoDay.test(date)) return false;
      const parsed = new Date(`${date}T00:00:00Z`);
      return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
    }
  }
}

/** ISO years have 53 weeks when 1 January or 31 December falls on a Thursday. */
export function isoWeeksInYear(year: number): number {
  const weekday = (m: number, d: number) => new Date(Date.UTC(year, m, d)).getUTCDay();
  return weekday(0, 1) === 4 || weekday(11, 31) === 4 ? 53 : 52;
}

const paragraphNumber = z.number().int().min(1);

export const personSchema = z.object({
  /** The people-registry id, else a slug of the full name. */
  id: z.string().min(1),
  /** Canonical full name: never a misspelling, never a pronoun. */
  name: z.string().min(1),
  /** From the registry or the text ("national security adviser"). */
  role: z.string().min(1).optional(),
  /** Mentions in this article: full name, surname, title + surname, variants. */
  mentions: z.number().int().min(0),
  /** Quotes attributed to this person in this article. */
  quoted: z.number().int().min(0),
});

export const sourceSchema = z.object({
  label: z.string().min(1),
  kind: z.enum(sourceKinds),
  person: z.string().min(1).nullable(),
  quotes: z.number().int().min(1),
  words: z.number().int().min(0),
});

export const quoteSchema = z.object({
  id: z.string().regex(/^q\d+$/),
  /** Verbatim, without the quote marks: a reader-visible substring of paragraph `paragraph`. */
  text: z.string().min(1),
  speaker: z.string().min(1).nullable(),
  speakerName: z.string(),
  attribution: z.enum(attributions),
  paragraph: paragraphNumber,
  partial: z.boolean(),
  /** Id of the quote group when one quote is interrupted by its attribution. */
  group: z.string().optional(),
  /** Paragraph where the quote ends, when it runs over several paragraphs. */
  endParagraph: paragraphNumber.optional(),
});

export const eventSchema = z
  .object({
    id: z.string().regex(/^e\d+$/),
    date: z.string(),
    precision: z.enum(precisions),
    /** The time expression exactly as written. */
    expression: z.string().min(1),
    summary: z.string(),
    paragraph: paragraphNumber,
    people: z.array(z.string().min(1)),
    tense: z.enum(tenses),
  })
  .refine((event) => isValidDateForPrecision(event.date, event.precision), {
    error: 'date must be a valid ISO date for its precision (2023-03-13 | 2023-W12 | 2023-03 | 2023)',
    path: ['date'],
  });

export const warningSchema = z.object({
  paragraph: paragraphNumber.optional(),
  message: z.string().min(1),
});

/** Where a person is mentioned, so the site can link the mention (an extra field of the contract). */
export const mentionSchema = z.object({
  person: z.string().min(1),
  paragraph: paragraphNumber,
  /** The mention exactly as written: a surname, a title and surname, or a misspelt variant. */
  text: z.string().min(1),
  /** Offset of `text` in the paragraph's visible text. */
  start: z.number().int().min(0),
});

export const articleAnalysisSchema = z.object({
  slug: z.string().min(1),
  title: z.string(),
  published: z.string().regex(isoDay),
  people: z.array(personSchema),
  sources: z.array(sourceSchema),
  quotes: z.array(quoteSchema),
  events: z.array(eventSchema),
  warnings: z.array(warningSchema),
  mentions: z.array(mentionSchema),
});

export type PersonRecord = z.infer<typeof personSchema>;
export type SourceRecord = z.infer<typeof sourceSchema>;
export type QuoteRecord = z.infer<typeof quoteSchema>;
export type EventRecord = z.infer<typeof eventSchema>;
export type WarningRecord = z.infer<typeof warningSchema>;
export type MentionRecord = z.infer<typeof mentionSchema>;
export type ArticleAnalysis = z.infer<typeof articleAnalysisSchema>;
