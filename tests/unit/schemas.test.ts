import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFrontmatterSchema } from '../../src/schemas/article';
import { personSchema } from '../../src/schemas/person';
import { parseRegistry } from '../../src/lib/registry';

const valid = { title: 'A headline', published: '2023-03-13' };

/** The field path and message of every issue, for exact assertions. */
function issues(input: unknown): string[] {
  const result = articleFrontmatterSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('article frontmatter', () => {
  it('accepts the required fields and every optional one', () => {
    expect(issues(valid)).toEqual([]);
    expect(
      issues({
        ...valid,
        updated: '2023-03-14',
        dek: 'A standfirst.',
        byline: 'Jane Doe',
        source: 'Wire',
        url: 'https://example.com/story',
        tags: ['china'],
        overrides: {
          quotes: [{ match: 'it takes two', speaker: 'jake-sullivan' }],
          events: [{ expression: 'in July', date: '2022-07', precision: 'month' }],
        },
      }),
    ).toEqual([]);
  });

  it('tells a missing field from a wrong one', () => {
    expect(issues({ published: '2023-03-13' })).toEqual(['title: required: a headline, in quotes']);
    expect(issues({ ...valid, title: 42 })).toEqual(['title: expected a headline, in quotes, got a number (42)']);
    expect(issues({ title: 'x' })).toEqual(['published: required: a date like "2023-03-13", in quotes']);
  });

  it.each([
    ['13/03/2023', 'published: expected a date like "2023-03-13", got "13/03/2023"'],
    ['2026-13-45', 'published: expected a date like "2023-03-13", got "2026-13-45"'],
    ['2023-02-30', 'published: expected a date like "2023-03-13", got "2023-02-30"'],
  ])('rejects the impossible or misformatted date %s', (published, message) => {
    expect(issues({ ...valid, published })).toEqual([message]);
  });

  it('rejects an unquoted YAML date, which YAML would have turned into a Date', () => {
    expect(issues({ ...valid, published: new Date('2023-03-13') })).toEqual([
      'published: expected a date like "2023-03-13", got an unquoted date (2023-03-13)',
    ]);
  });

  it('rejects a publication date in the future', () => {
    expect(issues({ ...valid, published: '2999-01-01' })).toEqual([
      'published: the publication date 2999-01-01 is in the future: publish it on or after that day',
    ]);
  });

  it('rejects an update before publication', () => {
    expect(issues({ ...valid, updated: '2023-03-01' })).toEqual([
      'updated: the update date 2023-03-01 is before the publication date 2023-03-13',
    ]);
  });

  it('names unknown fields, so typos are caught', () => {
    expect(issues({ ...valid, publshed: '2023-03-13' })).toEqual([
      ': unknown field "publshed": allowed fields are title, published, updated, dek, byline, source, url, tags, overrides',
    ]);
  });

  it('checks optional fields when present', () => {
    expect(issues({ ...valid, url: 'not a url' })).toEqual([
      'url: expected a web address starting with https://, got "not a url"',
    ]);
    expect(issues({ ...valid, tags: 'china' })).toEqual([
      'tags: expected a list of tags like [china, diplomacy], got "china"',
    ]);
    expect(issues({ ...valid, dek: '  ' })).toEqual(['dek: expected a one-sentence standfirst, got an empty text']);
  });

  it('checks editorial overrides field by field', () => {
    expect(issues({ ...valid, overrides: { quotes: [{ match: 'x' }] } })).toEqual([
      'overrides.quotes.0: a quote override needs `speaker`, `speakerName` or `notQuote: true`',
    ]);
    expect(issues({ ...valid, overrides: { quotes: [{ match: 'x', speaker: 'Jake Sullivan' }] } })).toEqual([
      'overrides.quotes.0.speaker: expected a person id like "jake-sullivan" (lower-case letters, digits and hyphens), got "Jake Sullivan"',
    ]);
    expect(
      issues({ ...valid, overrides: { events: [{ expression: 'in July', date: 'July', precision: 'season' }] } }),
    ).toEqual([
      'overrides.events.0.date: expected a date like "2023-03-13", "2023-W12", "2023-03" or "2023", got "July"',
      'overrides.events.0.precision: expected one of day, week, month, year, got "season"',
    ]);
  });
});

describe('people registry', () => {
  it('accepts the site registry with the ten people of the seed article', () => {
    const people = parseRegistry(readFileSync('content/people.yaml', 'utf8'));
    expect(people.map((person) => person.id)).toEqual([
      'joe-biden',
      'xi-jinping',
      'jake-sullivan',
      'antony-blinken',
      'nancy-pelosi',
      'vladimir-putin',
      'evan-medeiros',
      'ivan-kanapathy',
      'barack-obama',
      'donald-trump',
    ]);
  });

  it('explains bad entries by field', () => {
    const result = personSchema.safeParse({ id: 'Jake Sullivan', name: '', roles: [{ title: 'x', from: 'Jan 2021' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'id: expected a person id like "jake-sullivan" (lower-case letters, digits and hyphens), got "Jake Sullivan"',
      'name: expected the person’s full name, got an empty text',
      'roles.0.from: expected a date like "2021", "2021-01" or "2021-01-20", got "Jan 2021"',
    ]);
  });

  it('names the registry file when it is invalid', () => {
    expect(() => parseRegistry('- id: x\n', 'content/people.yaml')).toThrow(
      /content\/people\.yaml is not a valid people registry:\n {2}0\.name: required: the person’s full name/,
    );
  });
});
