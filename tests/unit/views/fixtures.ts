/** Small, valid analyses of two articles that share people, for the index and view tests. */
import { articleAnalysisSchema, type ArticleAnalysis } from '../../../src/analysis/schema';
import type { IndexedArticle } from '../../../src/lib/site-index';
import type { Person } from '../../../src/schemas/person';

function analysis(fields: Partial<ArticleAnalysis> & Pick<ArticleAnalysis, 'slug' | 'title' | 'published'>) {
  return articleAnalysisSchema.parse({
    people: [],
    sources: [],
    quotes: [],
    events: [],
    warnings: [],
    mentions: [],
    ...fields,
  });
}

export const registry: Person[] = [
  {
    id: 'ana-ruiz',
    name: 'Ana Ruiz',
    sourceType: 'official',
    roles: [{ title: 'Transport minister', from: '2022' }],
    description: 'Minister of transport.',
  },
  { id: 'li-wen', name: 'Li Wen', sourceType: 'expert' },
];

const older = analysis({
  slug: 'bridge-toll',
  title: 'Bridge toll rises',
  published: '2024-05-15',
  people: [
    { id: 'ana-ruiz', name: 'Ana Ruiz', role: 'minister', mentions: 3, quoted: 2 },
    { id: 'li-wen', name: 'Li Wen', mentions: 1, quoted: 0 },
  ],
  sources: [
    { label: 'Ana Ruiz', kind: 'person', person: 'ana-ruiz', quotes: 2, words: 9 },
    { label: 'the ministry', kind: 'organization', person: null, quotes: 1, words: 4 },
  ],
  quotes: [
    {
      id: 'q1',
      text: 'We have no choice',
      speaker: 'ana-ruiz',
      speakerName: 'Ana Ruiz',
      attribution: 'explicit',
      paragraph: 2,
      partial: false,
    },
    {
      id: 'q2',
      text: 'The toll pays for repairs',
      speaker: 'ana-ruiz',
      speakerName: 'Ana Ruiz',
      attribution: 'pronoun',
      paragraph: 3,
      partial: false,
    },
    {
      id: 'q3',
      text: 'fair and temporary',
      speaker: null,
      speakerName: 'the ministry',
      attribution: 'explicit',
      paragraph: 4,
      partial: true,
    },
  ],
  events: [
    {
      id: 'e1',
      date: '2024-06',
      precision: 'month',
      expression: 'in June',
      summary: 'toll rises',
      paragraph: 1,
      people: [],
      tense: 'future',
    },
    {
      id: 'e2',
      date: '2024-05-13',
      precision: 'day',
      expression: 'Monday',
      summary: 'vote',
      paragraph: 2,
      people: ['ana-ruiz'],
      tense: 'past',
    },
  ],
});

const newer = analysis({
  slug: 'ferry-talks',
  title: 'Ferry talks stall',
  published: '2024-06-02',
  people: [
    { id: 'ana-ruiz', name: 'Ana Ruiz', mentions: 2, quoted: 1 },
    { id: 'li-wen', name: 'Li Wen', role: 'economist', mentions: 2, quoted: 1 },
    { id: 'tom-okoye', name: 'Tom Okoye', role: 'ferry captain', mentions: 1, quoted: 0 },
  ],
  sources: [
    { label: 'Ana Ruiz', kind: 'person', person: 'ana-ruiz', quotes: 1, words: 3 },
    { label: 'Li Wen', kind: 'person', person: 'li-wen', quotes: 1, words: 5 },
    { label: 'a union official', kind: 'anonymous', person: null, quotes: 1, words: 6 },
  ],
  quotes: [
    {
      id: 'q1',
      text: 'Talks will resume',
      speaker: 'ana-ruiz',
      speakerName: 'Ana Ruiz',
      attribution: 'explicit',
      paragraph: 1,
      partial: false,
    },
    {
      id: 'q2',
      text: 'Nobody wins a long strike',
      speaker: 'li-wen',
      speakerName: 'Li Wen',
      attribution: 'explicit',
      paragraph: 2,
      partial: false,
    },
    {
      id: 'q3',
      text: 'we are further apart than ever',
      speaker: null,
      speakerName: 'a union official',
      attribution: 'explicit',
      paragraph: 3,
      partial: false,
    },
  ],
  events: [
    {
      id: 'e1',
      date: '2024-W22',
      precision: 'week',
      expression: 'last week',
      summary: 'talks broke down',
      paragraph: 1,
      people: [],
      tense: 'past',
    },
    {
      id: 'e2',
      date: '2024',
      precision: 'year',
      expression: 'this year',
      summary: 'strike season',
      paragraph: 4,
      people: [],
      tense: 'present',
    },
  ],
});

const toArticle = (record: ArticleAnalysis): IndexedArticle => ({
  slug: record.slug,
  title: record.title,
  published: record.published,
  analysis: record,
});

/** Oldest first, as a collection may list them. */
export const articles: IndexedArticle[] = [older, newer].map(toArticle);
