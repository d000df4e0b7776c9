/** One entry of the people registry, `content/people.yaml`. */
import { z } from 'astro/zod';
import { expected, partialDate, personId, text } from './fields';
import { unknownFields } from './strict';

const roleFields = {
  /** The title as a reader would know it: "National security adviser". */
  title: text('the title of the role'),
  /** When the person took the role: "2021", "2021-01" or "2021-01-20". */
  from: partialDate().optional(),
  /** When the person left the role; leave out while they hold it. */
  to: partialDate().optional(),
};

export const roleSchema = z.strictObject(roleFields, { error: unknownFields('title, from, to') });

const personFields = {
  /** Slug of the full name, e.g. "jake-sullivan". Never change it: pages and links use it. */
  id: personId(),
  /** Full name as usually printed: "Jake Sullivan". */
  name: text('the person’s full name'),
  /** Other spellings seen in print, including misspellings: [Tony Blinken]. */
  aliases: z.array(text('a name variant'), { error: expected('a list of name variants') }).optional(),
  /** Pronoun the person uses, so "she said" can be attributed: he, she or they. */
  pronoun: z.enum(['he', 'she', 'they'], { error: expected('one of he, she, they') }).optional(),
  /** How the person is usually quoted: official, expert or other (for the sources chart). */
  sourceType: z.enum(['official', 'expert', 'other'], { error: expected('one of official, expert, other') }).optional(),
  /** Roles with the time they were held, most recent first. */
  roles: z.array(roleSchema, { error: expected('a list of roles') }).optional(),
  /** Organisation the person belongs to. */
  affiliation: text('an organisation').optional(),
  /** One line describing who the person is. */
  description: text('a one-line description').optional(),
};

export const personSchema = z.strictObject(personFields, {
  error: unknownFields(Object.keys(personFields).join(', ')),
});

export type Person = z.infer<typeof personSchema>;
