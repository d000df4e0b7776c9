import { describe, expect, it } from 'vitest';
import { groupRuns, quotesBySpeaker } from '../../../src/lib/quote-groups';
import { buildSiteIndex } from '../../../src/lib/site-index';
import { articles, registry } from './fixtures';

const index = buildSiteIndex(articles, registry);

describe('quotesBySpeaker', () => {
  it('puts named people first, most quoted first, then organisations, then anonymous sources', () => {
    const order = quotesBySpeaker(index).map(({ quote, article }) => `${quote.speakerName} (${article.slug})`);
    expect(order).toEqual([
      'Ana Ruiz (ferry-talks)',
      'Ana Ruiz (bridge-toll)',
      'Ana Ruiz (bridge-toll)',
      'Li Wen (ferry-talks)',
      'the ministry (bridge-toll)',
      'a union official (ferry-talks)',
    ]);
  });

  it('keeps every quote exactly once', () => {
    expect(quotesBySpeaker(index)).toHaveLength(index.quotes.length);
    expect(new Set(quotesBySpeaker(index))).toEqual(new Set(index.quotes));
  });
});

describe('groupRuns', () => {
  it('groups consecutive items with the same key, keeping order', () => {
    const groups = groupRuns(['a1', 'a2', 'b1', 'a3'], (item) => item[0]!);
    expect(groups).toEqual([
      { key: 'a', items: ['a1', 'a2'] },
      { key: 'b', items: ['b1'] },
      { key: 'a', items: ['a3'] },
    ]);
  });
});
