import { describe, expect, it } from 'vitest';
import {
  eventRecords,
  peopleRecords,
  quoteRecords,
  siteEventSchema,
  sitePersonSchema,
  siteQuoteSchema,
} from '../../../src/lib/api-records';
import { buildSiteIndex, displayRole } from '../../../src/lib/site-index';
import { articles, registry } from './fixtures';

const index = buildSiteIndex(articles, registry);

describe('buildSiteIndex', () => {
  it('lists articles newest first', () => {
    expect(index.articles.map((article) => article.slug)).toEqual(['ferry-talks', 'bridge-toll']);
  });

  it('merges each person across articles, with their quotes per article, newest first', () => {
    const ana = index.personById.get('ana-ruiz');
    expect(ana?.mentions).toBe(5);
    expect(ana?.quoted).toBe(3);
    expect(ana?.appearances.map((a) => [a.article.slug, a.quotes.map((q) => q.quote.text)])).toEqual([
      ['ferry-talks', ['Talks will resume']],
      ['bridge-toll', ['We have no choice', 'The toll pays for repairs']],
    ]);
  });

  it('gives people outside the registry an entry with the role from the text', () => {
    const tom = index.personById.get('tom-okoye');
    expect(tom?.registry).toBeUndefined();
    expect(tom && displayRole(tom)).toBe('ferry captain');
    expect(displayRole(index.personById.get('ana-ruiz')!)).toBe('Transport minister');
    expect(index.people.map((person) => person.id)).toEqual(['ana-ruiz', 'li-wen', 'tom-okoye']);
  });

  it('counts co-mentions as the number of articles naming both people', () => {
    expect(index.personById.get('ana-ruiz')?.coMentions).toEqual([
      { id: 'li-wen', name: 'Li Wen', articles: 2 },
      { id: 'tom-okoye', name: 'Tom Okoye', articles: 1 },
    ]);
    expect(index.personById.get('tom-okoye')?.coMentions.map((c) => c.articles)).toEqual([1, 1]);
  });

  it('orders events by the start of the period they stand for', () => {
    expect(index.events.map(({ article, event }) => `${article.slug}:${event.id}`)).toEqual([
      'ferry-talks:e2', // 2024 (from 1 January)
      'bridge-toll:e2', // 13 May 2024
      'ferry-talks:e1', // week 22 (from 27 May)
      'bridge-toll:e1', // June 2024
    ]);
  });

  it('tallies quoted words by kind of source, and named people by the registry’s source type', () => {
    expect(index.sources.byKind).toEqual({
      person: { quotes: 4, words: 17 },
      anonymous: { quotes: 1, words: 6 },
      organization: { quotes: 1, words: 4 },
    });
    expect(index.sources.bySourceType).toEqual({
      official: { quotes: 3, words: 12 },
      expert: { quotes: 1, words: 5 },
      other: { quotes: 0, words: 0 },
      unknown: { quotes: 0, words: 0 },
    });
  });

  it('knows each quote’s kind of speaker', () => {
    expect(index.quotes.map(({ quote, kind }) => `${quote.speakerName}:${kind}`)).toEqual([
      'Ana Ruiz:person',
      'Li Wen:person',
      'a union official:anonymous',
      'Ana Ruiz:person',
      'Ana Ruiz:person',
      'the ministry:organization',
    ]);
  });
});

describe('cross-article API records', () => {
  it('gives every quote and event its article, and validates', () => {
    const quotes = quoteRecords(index);
    expect(quotes[0]).toEqual({ article: 'ferry-talks', ...articles[1]!.analysis.quotes[0] });
    for (const quote of quotes) siteQuoteSchema.parse(quote);
    const events = eventRecords(index);
    expect(events.map((event) => event.article)).toEqual(['ferry-talks', 'bridge-toll', 'ferry-talks', 'bridge-toll']);
    for (const event of events) siteEventSchema.parse(event);
  });

  it('merges people by id with per-article counts', () => {
    const people = peopleRecords(index);
    expect(people.find((person) => person.id === 'li-wen')).toEqual({
      id: 'li-wen',
      name: 'Li Wen',
      role: 'economist',
      mentions: 3,
      quoted: 1,
      articles: [
        { article: 'ferry-talks', role: 'economist', mentions: 2, quoted: 1 },
        { article: 'bridge-toll', mentions: 1, quoted: 0 },
      ],
    });
    for (const person of people) sitePersonSchema.parse(person);
  });

  it('rejects a record without its article', () => {
    expect(siteQuoteSchema.safeParse(articles[0]!.analysis.quotes[0]).success).toBe(false);
    expect(siteEventSchema.safeParse(articles[0]!.analysis.events[0]).success).toBe(false);
  });
});
