/** One entry of the people registry, `content/people.yaml`. */
import { z } from 'astro/zod';
import { expected, partialDate, personId, text } from './fields';
import { unknownFields } from './strict';

const roleFields = {
  title: text('the title of the role').describe('The title as a reader would know it: "National security adviser".'),
  from: partialDate().optional().describe('When the person took the role: "2021", "2021-01" or "2021-01-20".'),
  to: partialDate().optional().describe('When the person left the role; leave out while they hold it.'),
};

export const roleSchema = z.strictObject(roleFields, { error: unknownFields('title, from, to') });

const personFields = {
  id: personId().describe('Slug of the full name, e.g. "jake-sullivan". Never change it: pages and links use it.'),
  name: text('the person’s full name').describe('Full name as usually printed: "Jake Sullivan".'),
  aliases: z
    .array(text('a name variant'), { error: expected('a list of name variants') })
    .optional()
    .describe('Other spellings seen in print, including misspellings: [Tony Blinken].'),
  pronoun: z
    .enum(['he', 'she', 'they'], { error: expected('one of he, she, they') })
    .optional()
    .describe('Pronoun the person uses, so "she said" can be attributed: he, she or they.'),
  sourceType: z
    .enum(['official', 'expert', 'other'], { error: expected('one of official, expert, other') })
    .optional()
    .describe('How the person is usually quoted: official, expert or other (for the sources chart).'),
  roles: z
    .array(roleSchema, { error: expected('a list of roles') })
    .optional()
    .describe('Roles with the time they were held, most recent first.'),
  affiliation: text('an organisation').optional().describe('Organisation the person belongs to.'),
  description: text('a one-line description').optional().describe('One line describing who the person is.'),
};

export const personSchema = z.strictObject(personFields, {
  error: unknownFields(Object.keys(personFields).join(', ')),
});

export type Person = z.infer<typeof personSchema>;
