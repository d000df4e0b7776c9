/**
 * Everything the cross-article pages need, computed in one walk over every article's analysis: people
 * with their quotes, articles and co-mentions, all quotes, all events by date, and who gets quoted.
 * Pages look things up here instead of scanning the articles, so a build walks the archive once.
 */
import type { ArticleAnalysis, EventRecord, QuoteRecord, SourceKind } from '../analysis/schema';
import type { Person } from '../schemas/person';
import { periodOf, type Period } from './periods';
import type { QuoteContext } from './quote-context';

export interface IndexedArticle {
  readonly slug: string;
  readonly title: string;
  readonly published: string;
  readonly analysis: ArticleAnalysis;
  /** The writer's sentence around each quote that has a short one, by quote id. */
  readonly quoteContexts?: ReadonlyMap<string, QuoteContext>;
}

/** An article as other pages cite it. */
export interface ArticleRef {
  readonly slug: string;
  readonly title: string;
  readonly published: string;
}

export interface QuoteEntry {
  readonly article: ArticleRef;
  readonly quote: QuoteRecord;
  /** Whether the speaker is a named person, an anonymous source or an organisation. */
  readonly kind: SourceKind;
  readonly context?: QuoteContext;
}

export interface EventEntry {
  readonly article: ArticleRef;
  readonly event: EventRecord;
  readonly period: Period;
}

/** One article that names a person. */
export interface Appearance {
  readonly article: ArticleRef;
  readonly role: string | undefined;
  readonly mentions: number;
  readonly quoted: number;
  /** The quotes attributed to them in this article. */
  readonly quotes: readonly QuoteEntry[];
}

export interface CoMention {
  readonly id: string;
  readonly name: string;
  /** Articles that name both people. */
  readonly articles: number;
}

export interface PersonEntry {
  readonly id: string;
  readonly name: string;
  /** The registry entry, when the person has one. */
  readonly registry: Person | undefined;
  /** The role the newest article gives them. */
  readonly roleInText: string | undefined;
  readonly mentions: number;
  readonly quoted: number;
  /** Newest first. */
  readonly appearances: readonly Appearance[];
  /** Most shared articles first. */
  readonly coMentions: readonly CoMention[];
}

export type SourceType = 'official' | 'expert' | 'other' | 'unknown';

export interface Tally {
  quotes: number;
  words: number;
}

export interface SourceTotals {
  readonly byKind: Readonly<Record<SourceKind, Tally>>;
  /** Named people only, by the registry's `sourceType` (`unknown` when it does not say). */
  readonly bySourceType: Readonly<Record<SourceType, Tally>>;
}

export interface SiteIndex {
  /** Newest first. */
  readonly articles: readonly IndexedArticle[];
  /** By name. */
  readonly people: readonly PersonEntry[];
  readonly personById: ReadonlyMap<string, PersonEntry>;
  /** Newest article first, each article's quotes in the order of its text. */
  readonly quotes: readonly QuoteEntry[];
  /** By date: the start of each event's period, then its article and paragraph. */
  readonly events: readonly EventEntry[];
  readonly sources: SourceTotals;
}

interface PersonDraft {
  id: string;
  name: string;
  roleInText: string | undefined;
  mentions: number;
  quoted: number;
  appearances: Appearance[];
  coMentions: Map<string, number>;
}

export function buildSiteIndex(articles: readonly IndexedArticle[], registry: readonly Person[]): SiteIndex {
  const newestFirst = [...articles].sort(
    (a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title),
  );
  const registryById = new Map(registry.map((person) => [person.id, person]));
  const drafts = new Map<string, PersonDraft>();
  const quotes: QuoteEntry[] = [];
  const events: EventEntry[] = [];
  const sources = emptySourceTotals();

  for (const article of newestFirst) {
    const ref: ArticleRef = { slug: article.slug, title: article.title, published: article.published };
    const { analysis } = article;
    const kindOf = sourceKinds(analysis);
    const quoteEntries = analysis.quotes.map((quote): QuoteEntry => {
      const kind = quote.speaker ? 'person' : (kindOf.get(quote.speakerName) ?? 'anonymous');
      const context = article.quoteContexts?.get(quote.id);
      return { article: ref, quote, kind, ...(context && { context }) };
    });
    quotes.push(...quoteEntries);
    for (const person of analysis.people) {
      const draft = draftFor(drafts, person.id, person.name);
      draft.roleInText ??= person.role;
      draft.mentions += person.mentions;
      draft.quoted += person.quoted;
      const own = quoteEntries.filter((entry) => entry.quote.speaker === person.id);
      draft.appearances.push({
        article: ref,
        role: person.role,
        mentions: person.mentions,
        quoted: person.quoted,
        quotes: own,
      });
      for (const other of analysis.people) {
        if (other.id !== person.id) draft.coMentions.set(other.id, (draft.coMentions.get(other.id) ?? 0) + 1);
      }
    }
    for (const source of analysis.sources) {
      add(sources.byKind[source.kind], source);
      if (source.kind === 'person' && source.person) {
        add(sources.bySourceType[registryById.get(source.person)?.sourceType ?? 'unknown'], source);
      }
    }
    for (const event of analysis.events)
      events.push({ article: ref, event, period: periodOf(event.date, event.precision) });
  }

  events.sort(
    (a, b) =>
      a.period.start - b.period.start ||
      a.period.end - b.period.end ||
      a.article.published.localeCompare(b.article.published) ||
      a.event.paragraph - b.event.paragraph,
  );
  const people = [...drafts.values()]
    .map((draft) => finishPerson(draft, registryById.get(draft.id), drafts))
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id));
  return {
    articles: newestFirst,
    people,
    personById: new Map(people.map((person) => [person.id, person])),
    quotes,
    events,
    sources,
  };
}

function draftFor(drafts: Map<string, PersonDraft>, id: string, name: string): PersonDraft {
  let draft = drafts.get(id);
  if (!draft) {
    draft = { id, name, roleInText: undefined, mentions: 0, quoted: 0, appearances: [], coMentions: new Map() };
    drafts.set(id, draft);
  }
  return draft;
}

function finishPerson(draft: PersonDraft, registry: Person | undefined, drafts: Map<string, PersonDraft>): PersonEntry {
  const coMentions = [...draft.coMentions]
    .map(([id, articles]) => ({ id, name: drafts.get(id)?.name ?? id, articles }))
    .sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name, 'en'));
  return {
    id: draft.id,
    name: registry?.name ?? draft.name,
    registry,
    roleInText: draft.roleInText,
    mentions: draft.mentions,
    quoted: draft.quoted,
    appearances: draft.appearances,
    coMentions,
  };
}

/** Speaker label -> kind, from the article's sources (a quote's `speakerName` is its source's label). */
function sourceKinds(analysis: ArticleAnalysis): Map<string, SourceKind> {
  return new Map(analysis.sources.map((source) => [source.label, source.kind]));
}

function emptySourceTotals(): { byKind: Record<SourceKind, Tally>; bySourceType: Record<SourceType, Tally> } {
  const tally = (): Tally => ({ quotes: 0, words: 0 });
  return {
    byKind: { person: tally(), anonymous: tally(), organization: tally() },
    bySourceType: { official: tally(), expert: tally(), other: tally(), unknown: tally() },
  };
}

function add(tally: Tally, source: Tally): void {
  tally.quotes += source.quotes;
  tally.words += source.words;
}

/** The role to show beside a name: the registry's latest, else the one the text gives. */
export function displayRole(person: PersonEntry): string | undefined {
  return person.registry?.roles?.[0]?.title ?? person.roleInText;
}
