/**
 * The frontmatter of `content/articles/<slug>.md`. Imports only `astro/zod`, so the site, the
 * validator and tests share it. Every field's `.describe()` text is shown to editors on hover
 * (through the JSON Schema that `npm run schema` writes) and in CONTRIBUTING.md's field reference.
 */
import { z } from 'astro/zod';
import { expected, isoDate, text, todayIso } from './fields';
import { overridesSchema } from './overrides';
import { unknownFields } from './strict';

const articleFields = {
  title: text('a headline, in quotes')
    .max(200, { error: 'the headline is longer than 200 characters' })
    .describe('Headline: a factual summary of the story, in sentence case.'),
  published: isoDate()
    .refine((date) => date <= todayIso(), {
      error: (issue) => `the publication date ${String(issue.input)} is in the future: publish it on or after that day`,
      // Only a well-formed date can be in the future; a malformed one already has its message.
      when: (payload) => payload.issues.length === 0,
    })
    .describe('Publication date, quoted: "2023-03-13". Relative dates in the text ("last month") are read from it.'),
  updated: isoDate().optional().describe('Date of the last substantive update, quoted, on or after `published`.'),
  dek: text('a one-sentence standfirst').optional().describe('Standfirst: one or two sentences under the headline.'),
  byline: text('the author’s name')
    .optional()
    .describe('Author as printed ("By Jane Doe"), only when the source names one.'),
  source: text('the name of the publication')
    .optional()
    .describe('Publication the article comes from, e.g. "Reuters".'),
  url: z
    .url({ error: expected('a web address starting with https://') })
    .optional()
    .describe('Address of the original article.'),
  tags: z
    .array(text('a tag'), { error: expected('a list of tags like [china, diplomacy]') })
    .optional()
    .describe('Topic tags, lower-case: [china, diplomacy].'),
  overrides: overridesSchema
    .optional()
    .describe('Editorial corrections to the analysis: quote speakers, non-quotes, event dates.'),
};

/** The frontmatter fields without cross-field checks, for extending (the site adds `analysis`). */
export const articleFrontmatterObject = z.strictObject(articleFields, {
  error: unknownFields(Object.keys(articleFields).join(', ')),
});

export const articleFrontmatterSchema = articleFrontmatterObject.superRefine((data, ctx) => {
  if (data.updated !== undefined && data.updated < data.published) {
    ctx.addIssue({
      code: 'custom',
      path: ['updated'],
      message: `the update date ${data.updated} is before the publication date ${data.published}`,
    });
  }
  if (data.updated !== undefined && data.updated > todayIso()) {
    ctx.addIssue({
      code: 'custom',
      path: ['updated'],
      message: `the update date ${data.updated} is in the future`,
    });
  }
});

export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;
