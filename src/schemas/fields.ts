/**
 * Field schemas shared by the article and people schemas. Each error message tells an editor what to
 * write, and says whether the value was missing or of the wrong kind.
 */
import { z } from 'astro/zod';

/** Describes a value the way an editor would: "nothing", "a number (42)", "“13/03/2023”". */
export function describeValue(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'an empty value';
  if (input instanceof Date) return `an unquoted date (${input.toISOString().slice(0, 10)})`;
  if (typeof input === 'string') return `"${input}"`;
  if (typeof input === 'number') return `a number (${input})`;
  if (typeof input === 'boolean') return `${input}`;
  if (Array.isArray(input)) return 'a list';
  return 'a group of fields';
}

/** An error message for a missing value vs one of the wrong kind. */
export function expected(what: string) {
  return (issue: { input?: unknown; code?: string }) =>
    issue.input === undefined ? `required: ${what}` : `expected ${what}, got ${describeValue(issue.input)}`;
}

export function text(what: string) {
  return z
    .string({ error: expected(what) })
    .trim()
    .min(1, { error: `expected ${what}, got an empty text` });
}

/** Today's date in UTC as YYYY-MM-DD. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A calendar date written as a quoted ISO string: "2023-03-13". Rejects 2023-02-30 and 2026-13-45. */
export function isoDate() {
  return z.iso.date({
    error: (issue) =>
      issue.input === undefined
        ? 'required: a date like "2023-03-13", in quotes'
        : `expected a date like "2023-03-13", got ${describeValue(issue.input)}`,
  });
}

/** A date that may only be a year, a year-month or a full date: "2021", "2021-01", "2021-01-20". */
export function partialDate() {
  return z
    .string({ error: expected('a date like "2021", "2021-01" or "2021-01-20" (in quotes)') })
    .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
      error: (issue) => `expected a date like "2021", "2021-01" or "2021-01-20", got ${describeValue(issue.input)}`,
    });
}

/** A person id: the slug of the full name, e.g. "jake-sullivan". */
export function personId() {
  return z.string({ error: expected('a person id like "jake-sullivan"') }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: (issue) =>
      `expected a person id like "jake-sullivan" (lower-case letters, digits and hyphens), got ${describeValue(issue.input)}`,
  });
}
