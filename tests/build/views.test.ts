/**
 * The derived views on the real build: the annotated seed article, "In this story", the quote, people,
 * events and sources pages, the JSON API and JSON-LD. What the seed must show comes from its gold
 * annotations, so these tests describe the finished engine's output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { articleAnalysisSchema, precisions, type Precision } from '../../src/analysis/schema';
import { siteEventSchema, sitePersonSchema, siteQuoteSchema } from '../../src/lib/api-records';
import { periodOf } from '../../src/lib/periods';
import { newsArticleSchema, personPageSchema } from '../support/json-ld-schema';
import type { BuiltSite } from './build-site';
import { page } from './html';
import { seedEvents, seedPeople, seedQuotes, seedSlug, words } from './seed-gold';
import { fileFor, htmlPages } from './site-files';

const { root, subpath } = inject('builds');

const readJson = (site: BuiltSite, path: string): unknown => JSON.parse(readFileSync(join(site.dir, path), 'utf8'));

/** The text of quote `id`, whose `<q>` may be cut in runs around inline elements. */
const quoteText = ($: CheerioAPI, id: string) =>
  $(`q[data-quote="${id}"]`)
    .map((_i, el) => $(el).text())
    .get()
    .join('');

/** Precision of an ISO date by its form: 2023-03-13 | 2023-W12 | 2023-03 | 2023. */
function precisionOf(date: string): Precision {
  const forms: Record<Precision, RegExp> = {
    day: /^\d{4}-\d{2}-\d{2}$/,
    week: /^\d{4}-W\d{2}$/,
    month: /^\d{4}-\d{2}$/,
    year: /^\d{4}$/,
  };
  const precision = precisions.find((p) => forms[p].test(date));
  if (!precision) throw new Error(`not an ISO date: ${date}`);
  return precision;
}
const startOf = (date: string) => periodOf(date, precisionOf(date)).start;

const isSorted = (values: readonly number[]) => values.every((value, i) => i === 0 || values[i - 1]! <= value);

describe.each([
  ['at the domain root', root],
  ['under a sub-path', subpath],
])('the derived views of the site built %s', (_label, site) => {
  const personHref = (id: string) => `${site.base}people/${id}/`;
  const $article = page(site.dir, `articles/${seedSlug}/`);

  it('marks every seed quote in its paragraph and credits its speaker', () => {
    for (const gold of seedQuotes) {
      const where = `paragraph ${gold.paragraph}: ${gold.text}`;
      const ids = $article(`#p-${gold.paragraph} q[data-quote]`)
        .map((_i, el) => $article(el).attr('data-quote'))
        .get();
      const id = [...new Set(ids)].find((quote) => words(quoteText($article, quote)) === words(gold.text));
      expect(id, where).toBeDefined();
      const credit = $article(`.quote-credit[data-quote="${id}"]`);
      expect(credit.length, where).toBe(1);
      expect(credit.find('.quote-credit__how').text(), where).not.toBe('');
      if (gold.speaker) {
        expect(credit.find('a.quote-credit__speaker').attr('href'), where).toBe(personHref(gold.speaker));
        expect($article(`q[data-quote="${id}"]`).attr('cite'), where).toBe(personHref(gold.speaker));
      } else {
        expect(credit.find('a').length, `${where}: an anonymous source has no page`).toBe(0);
        expect(credit.find('.quote-credit__speaker').text().trim(), where).not.toBe('');
      }
    }
  });

  it('links every person the seed names to their page', () => {
    const linked = new Set(
      $article('.story__body a.mention')
        .map((_i, el) => $article(el).attr('href'))
        .get(),
    );
    for (const id of seedPeople) expect(linked, id).toContain(personHref(id));
  });

  it('shows "In this story": people, a share-of-voice chart with its table, and a timeline by date', () => {
    const aside = $article('aside.in-story');
    const people = aside
      .find('.in-story__people a')
      .map((_i, el) => $article(el).attr('href'))
      .get();
    expect(new Set(people)).toEqual(new Set(seedPeople.map(personHref)));
    const speakers = new Set(seedQuotes.map((quote) => quote.speakerName));
    expect(aside.find('.in-story__table tbody tr').length).toBe(speakers.size);
    expect(aside.find('svg.bar-chart rect').length).toBe(speakers.size);
    const eventLinks = aside.find('.in-story__events a');
    expect(eventLinks.length).toBe(seedEvents.length);
    eventLinks.each((_i, el) => {
      expect($article(el).attr('href')).toMatch(/^#p-\d+$/);
    });
    expect(aside.find('.timeline svg .timeline__published').length).toBe(1);
    expect(aside.find('.timeline__event--future').length).toBeGreaterThan(0);
  });

  it('has a page for every person the seed names, listing their quotes', () => {
    for (const id of seedPeople) {
      const $ = page(site.dir, `people/${id}/`);
      expect($('h1').text(), id).not.toBe('');
      const listed = $('.quote-card blockquote p')
        .map((_i, el) => words($(el).text()))
        .get();
      const theirs = seedQuotes.filter((quote) => quote.speaker === id).map((quote) => words(quote.text));
      expect(listed.sort(), id).toEqual(theirs.sort());
    }
  });

  it('shows a quote on a person page in the writer’s sentence around it, with its article and paragraph', () => {
    let contexts = 0;
    for (const id of seedPeople) {
      const $ = page(site.dir, `people/${id}/`);
      $('.quote-card').each((_i, card) => {
        const quote = $(card).find('blockquote p').text();
        const where = $(card).find('a.quote-card__where').attr('href') ?? '';
        expect(where, quote).toMatch(new RegExp(`^${site.base}articles/${seedSlug}/#p-\\d+$`));
        const context = $(card).find('.quote-card__context');
        if (context.length === 0) return;
        contexts += 1;
        const shown = context.find('mark').text();
        expect(shown === '…' || quote === `“${shown}”`, `${id}: ${shown}`).toBe(true);
        const writers = words(context.text().replace('In context:', '').replace(shown, '')).split(/\s+/);
        expect(writers.filter(Boolean).length, quote).toBeGreaterThanOrEqual(2);
      });
      expect($('.listing__group h3 a').first().attr('href'), id).toBe(`${site.base}articles/${seedSlug}/`);
    }
    expect(contexts).toBeGreaterThan(0);
  });

  it('lists every quote on the quote pages, by article and by speaker, 50 at most to a page', () => {
    for (const view of ['quotes/', 'quotes/speakers/']) {
      const listed: string[] = [];
      for (let href: string | undefined = `${site.base}${view}`; href !== undefined;) {
        const file = fileFor(site.dir, site.base, href);
        expect(file, href).toBeDefined();
        const $ = page(site.dir, file!.slice(site.dir.length + 1));
        const cards = $('.quote-card blockquote p');
        expect(cards.length, href).toBeLessThanOrEqual(50);
        listed.push(...cards.map((_i, el) => words($(el).text())).get());
        href = $('.pager a[rel="next"]').attr('href');
      }
      for (const quote of seedQuotes) expect(listed, `${view}: ${quote.text}`).toContain(words(quote.text));
    }
  });

  it('orders the timeline of each year by date, in the drawing and in the tables, linking each event', () => {
    const $years = page(site.dir, 'events/');
    const years = $years('#years tbody th a')
      .map((_i, el) => $years(el).attr('href'))
      .get();
    expect(years.length).toBeGreaterThan(0);
    for (const href of years) {
      const file = fileFor(site.dir, site.base, href);
      expect(file, href).toBeDefined();
      const $ = page(site.dir, file!.slice(site.dir.length + 1));
      const tables = $('table.data-table');
      tables.each((_i, table) => {
        const starts = $(table)
          .find('tbody th time')
          .map((_j, el) => startOf($(el).attr('datetime') ?? ''))
          .get();
        expect(isSorted(starts), href).toBe(true);
      });
      const tableLinks = tables
        .find('tbody a')
        .map((_i, el) => $(el).attr('href'))
        .get();
      const drawnLinks = $('svg a.timeline__event')
        .map((_i, el) => $(el).attr('href'))
        .get();
      expect(drawnLinks, href).toEqual(tableLinks);
      for (const link of tableLinks) expect(link, href).toMatch(/\/articles\/[^/]+\/#p-\d+$/);
    }
  });

  it('draws every event on one timeline across the archive, each mark a titled link to its paragraph', () => {
    const $ = page(site.dir, 'events/');
    const events = z.array(siteEventSchema).parse(readJson(site, 'api/events.json'));
    const svg = $('.timeline-overview svg');
    expect(svg.attr('aria-labelledby')).toBe('overview-timeline-title');
    const marks = svg.find('a.timeline__event');
    expect(marks.length).toBe(events.length);
    const drawn = marks.map((_i, el) => $(el).attr('href')).get();
    const listed = $('table.data-table:not(#years) tbody td a')
      .map((_i, el) => $(el).attr('href'))
      .get();
    expect(drawn.sort()).toEqual(listed.sort());
    for (const gold of seedEvents) expect(drawn).toContain(`${site.base}articles/${seedSlug}/#p-${gold.paragraph}`);
    marks.each((_i, el) => {
      expect($(el).find('circle, rect').length).toBe(1);
      expect($(el).children('title').text()).toMatch(/ · .+\(.+\)$/);
    });
    expect(svg.find('a.timeline__event--future').length).toBe(events.filter((e) => e.tense === 'future').length);
    expect(svg.find('.timeline__tick').length).toBeGreaterThan(1);
  });

  it('puts every event the seed dates on its year’s timeline, linked to its paragraph', () => {
    for (const gold of seedEvents) {
      const $ = page(site.dir, `events/${gold.date.slice(0, 4)}/`);
      const rows = $('tbody tr').filter(
        (_i, row) =>
          $(row).find('time').attr('datetime') === gold.date &&
          $(row).find('a').attr('href') === `${site.base}articles/${seedSlug}/#p-${gold.paragraph}`,
      );
      expect(rows.length, `${gold.expression} (${gold.date})`).toBeGreaterThan(0);
    }
  });

  it('publishes the analysis as JSON: one file per article and the cross-article files', () => {
    const seed = articleAnalysisSchema.parse(readJson(site, `api/articles/${seedSlug}.json`));
    expect(seed.slug).toBe(seedSlug);
    expect(seed.published).toBe('2023-03-13');
    const quotes = z.array(siteQuoteSchema).parse(readJson(site, 'api/quotes.json'));
    const events = z.array(siteEventSchema).parse(readJson(site, 'api/events.json'));
    const people = z.array(sitePersonSchema).parse(readJson(site, 'api/people.json'));
    expect(quotes.filter((quote) => quote.article === seedSlug)).toEqual(
      seed.quotes.map((quote) => ({ article: seedSlug, ...quote })),
    );
    expect(events.filter((event) => event.article === seedSlug)).toHaveLength(seed.events.length);
    expect(isSorted(events.map((event) => startOf(event.date)))).toBe(true);
    for (const person of people) {
      expect(fileFor(site.dir, site.base, personHref(person.id)), person.id).toBeDefined();
      expect(person.quoted).toBe(person.articles.reduce((sum, article) => sum + article.quoted, 0));
    }
    for (const record of [...quotes, ...events, ...people.flatMap((person) => person.articles)]) {
      expect(fileFor(site.dir, site.base, `${site.base}api/articles/${record.article}.json`)).toBeDefined();
    }
    expect(seedQuotes.length).toBe(seed.quotes.length);
  });

  it('links the data behind each view from its page', () => {
    const views = ['quotes/', 'people/', 'events/', 'sources/', `people/${seedPeople[0]}/`, `articles/${seedSlug}/`];
    for (const view of views) {
      const $ = page(site.dir, view);
      const links = $('main a[href$=".json"]')
        .map((_i, el) => $(el).attr('href'))
        .get();
      expect(links.length, view).toBeGreaterThan(0);
      for (const link of links) expect(fileFor(site.dir, site.base, link), link).toBeDefined();
    }
  });

  it('describes the article and each person in JSON-LD', () => {
    const json = $article('head script[type="application/ld+json"]').text();
    const article = newsArticleSchema.parse(JSON.parse(json));
    expect(article.url).toBe(`http://localhost:4321${site.base}articles/${seedSlug}/`);
    expect(article.hasPart).toHaveLength(seedQuotes.length);
    expect(new Set(article.mentions.map((person) => person['@id']))).toEqual(
      new Set(seedPeople.map((id) => `http://localhost:4321${personHref(id)}`)),
    );
    for (const id of seedPeople) {
      const $ = page(site.dir, `people/${id}/`);
      const person = personPageSchema.parse(JSON.parse($('head script[type="application/ld+json"]').text()));
      expect(person['@id'], id).toBe(`http://localhost:4321${personHref(id)}`);
    }
  });

  it('gives every chart a title and description it is labelled by', () => {
    for (const path of [`articles/${seedSlug}/`, 'sources/', 'events/2023/']) {
      const $ = page(site.dir, path);
      // A chart with mouse links on its marks is a group (an image may hold nothing focusable).
      const charts = $('svg[role="img"], svg[role="group"]');
      expect(charts.length, path).toBeGreaterThan(0);
      charts.each((_i, svg) => {
        const [titleId, descId = $(svg).attr('aria-describedby')] = ($(svg).attr('aria-labelledby') ?? '').split(' ');
        expect($(svg).children('title').attr('id'), path).toBe(titleId);
        expect($(svg).children('desc').attr('id'), path).toBe(descId);
        expect($(svg).children('desc').text(), path).not.toBe('');
      });
      expect($('table').length, `${path}: a data table beside the charts`).toBeGreaterThan(0);
    }
  });

  it('links every internal address to a built file and every #p-N to its paragraph', () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      let found = ids.get(file);
      if (!found) {
        const $ = page(site.dir, file.slice(site.dir.length + 1));
        found = new Set(
          $('[id]')
            .map((_i, el) => $(el).attr('id') ?? '')
            .get(),
        );
        ids.set(file, found);
      }
      return found;
    };
    let paragraphLinks = 0;
    for (const file of htmlPages(site.dir)) {
      const $ = page(site.dir, file);
      const here = `http://site.invalid${site.base}${file.replace(/index\.html$/, '')}`;
      $('a[href], link[href]').each((_i, el) => {
        const href = $(el).attr('href') ?? '';
        if (/^[a-z]+:/i.test(href)) return;
        const target = new URL(href, here);
        const built = fileFor(site.dir, site.base, target.href);
        expect(built, `${file}: ${href}`).toBeDefined();
        if (/^#p-\d+$/.test(target.hash) && built?.endsWith('.html')) {
          paragraphLinks += 1;
          expect(idsOf(built).has(target.hash.slice(1)), `${file}: ${href}`).toBe(true);
        }
      });
    }
    expect(paragraphLinks).toBeGreaterThan(seedQuotes.length);
  });

  it('names the new sections in the main navigation', () => {
    const $home = page(site.dir, '');
    const nav = $home('nav[aria-label="Main"] a')
      .map((_i, el) => $home(el).attr('href'))
      .get();
    for (const section of ['quotes/', 'people/', 'events/', 'sources/'])
      expect(nav).toContain(`${site.base}${section}`);
  });
});
