/**
 * What the site's JSON-LD must look like: schema.org `NewsArticle` on article pages, `Person` on person
 * pages. Strict where search engines are (required fields, types, absolute URLs), open to extra fields.
 */
import { z } from 'zod';

const context = z.literal('https://schema.org');
const absoluteUrl = z.url({ protocol: /^https?$/ });
const isoDay = z.iso.date();

const namedPerson = z.object({ '@type': z.literal('Person'), '@id': absoluteUrl, name: z.string().min(1) });
const anonymousPerson = z.object({ '@type': z.literal('Person'), description: z.string().min(1) }).strict();
const organization = z.object({ '@type': z.literal('Organization'), name: z.string().min(1) });

export const quotationSchema = z.object({
  '@type': z.literal('Quotation'),
  text: z.string().min(1),
  url: absoluteUrl.regex(/#p-\d+$/),
  creator: z.union([namedPerson, anonymousPerson, organization]),
});

export const newsArticleSchema = z.object({
  '@context': context,
  '@type': z.literal('NewsArticle'),
  '@id': absoluteUrl,
  url: absoluteUrl,
  headline: z.string().min(1).max(200),
  datePublished: isoDay,
  dateModified: isoDay,
  author: z.object({ '@type': z.literal('Person'), name: z.string().min(1) }).optional(),
  mentions: z.array(namedPerson.extend({ url: absoluteUrl })),
  hasPart: z.array(quotationSchema),
});

export const personPageSchema = z.object({
  '@context': context,
  '@type': z.literal('Person'),
  '@id': absoluteUrl,
  url: absoluteUrl,
  name: z.string().min(1),
  jobTitle: z.string().min(1).optional(),
  description: z.string().min(1).optional(),
  affiliation: organization.optional(),
});
