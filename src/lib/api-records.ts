/**
 * The cross-article JSON files (`api/people.json`, `api/quotes.json`, `api/events.json`): the records
 * of every article's analysis, each with the slug of its `article`; people merged by id, with their
 * per-article counts. The schemas say exactly what the files hold; tests check the built files with them.
 */
import { z } from 'zod';
import { eventSchema, personSchema, quoteSchema } from '../analysis/schema';
import { displayRole, type SiteIndex } from './site-index';

const article = z.string().min(1);

export const siteQuoteSchema = quoteSchema.extend({ article });
export const siteEventSchema = z.object({ article }).and(eventSchema);
export const sitePersonSchema = personSchema.extend({
  /** One entry per article that names the person, newest first. */
  articles: z.array(
    personSchema.pick({ mentions: true, quoted: true, role: true }).extend({
      article,
    }),
  ),
});

export type SiteQuote = z.infer<typeof siteQuoteSchema>;
export type SiteEvent = z.infer<typeof siteEventSchema>;
export type SitePerson = z.infer<typeof sitePersonSchema>;

export function quoteRecords(index: SiteIndex): SiteQuote[] {
  return index.quotes.map(({ article, quote }) => ({ article: article.slug, ...quote }));
}

export function eventRecords(index: SiteIndex): SiteEvent[] {
  return index.events.map(({ article, event }) => ({ article: article.slug, ...event }));
}

export function peopleRecords(index: SiteIndex): SitePerson[] {
  return index.people.map((person) => {
    const role = displayRole(person);
    return {
      id: person.id,
      name: person.name,
      ...(role === undefined ? {} : { role }),
      mentions: person.mentions,
      quoted: person.quoted,
      articles: person.appearances.map((appearance) => ({
        article: appearance.article.slug,
        ...(appearance.role === undefined ? {} : { role: appearance.role }),
        mentions: appearance.mentions,
        quoted: appearance.quoted,
      })),
    };
  });
}
