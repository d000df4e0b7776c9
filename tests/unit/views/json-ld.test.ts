import { describe, expect, it } from 'vitest';
import { articleJsonLd, personJsonLd, serializeJsonLd } from '../../../src/lib/json-ld';
import { newsArticleSchema, personPageSchema } from '../../support/json-ld-schema';
import { articles, registry } from './fixtures';

const site = 'https://news.example.org/quotewire/';
const personUrl = (id: string) => `${site}people/${id}/`;
const [bridge, ferry] = articles;

describe('articleJsonLd', () => {
  const data = articleJsonLd({
    url: `${site}articles/${bridge!.slug}/`,
    title: bridge!.title,
    published: bridge!.published,
    byline: 'Jane Doe',
    analysis: bridge!.analysis,
    personUrl,
  });

  it('is a NewsArticle with its people and quotations', () => {
    const parsed = newsArticleSchema.parse(data);
    expect(parsed.dateModified).toBe('2024-05-15');
    expect(parsed.author).toEqual({ '@type': 'Person', name: 'Jane Doe' });
    expect(parsed.mentions.map((person) => person['@id'])).toEqual([personUrl('ana-ruiz'), personUrl('li-wen')]);
    expect(parsed.hasPart[0]).toEqual({
      '@type': 'Quotation',
      text: 'We have no choice',
      url: `${site}articles/bridge-toll/#p-2`,
      creator: { '@type': 'Person', '@id': personUrl('ana-ruiz'), name: 'Ana Ruiz' },
    });
  });

  it('credits an organisation as one, and describes an anonymous source without naming anyone', () => {
    expect(newsArticleSchema.parse(data).hasPart[2]?.creator).toEqual({
      '@type': 'Organization',
      name: 'the ministry',
    });
    const other = articleJsonLd({
      url: `${site}articles/${ferry!.slug}/`,
      title: ferry!.title,
      published: ferry!.published,
      analysis: ferry!.analysis,
      personUrl,
    });
    const parsed = newsArticleSchema.parse(other);
    expect(parsed.author).toBeUndefined();
    expect(parsed.hasPart[2]?.creator).toEqual({ '@type': 'Person', description: 'a union official' });
  });
});

describe('personJsonLd', () => {
  it('is a Person with role, description and affiliation where known', () => {
    const data = personJsonLd({
      url: personUrl('ana-ruiz'),
      name: 'Ana Ruiz',
      role: 'Transport minister',
      registry: { ...registry[0]!, affiliation: 'Ministry of Transport' },
    });
    expect(personPageSchema.parse(data)).toMatchObject({
      jobTitle: 'Transport minister',
      affiliation: { '@type': 'Organization', name: 'Ministry of Transport' },
    });
    expect(
      personPageSchema.parse(personJsonLd({ url: personUrl('x'), name: 'X', role: undefined, registry: undefined })),
    ).not.toHaveProperty('jobTitle');
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element or open a comment, and reads back the same', () => {
    const data = { headline: '</script><script>alert(1)</script> <!-- & \u2028\u2029 >' };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual(data);
  });
});
