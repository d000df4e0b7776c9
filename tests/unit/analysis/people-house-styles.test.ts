/** People as other house styles write them: British titles, Irish names, post-nominals, Q&A answers. */
import { describe, expect, it } from 'vitest';
import { peopleNames, speech } from './speech-fixture';

const namesAndMentions = (body: string): [string, number][] =>
  speech(body).people.map((person) => [person.name, person.mentions]);

describe('knights and dames', () => {
  it('are the same person by title and first name, never a separate first-name person', () => {
    const body =
      'The review, chaired by the retired judge Sir Miles Harrow, sat on Monday.\n\nAsked by Sir Miles whether it was safe, the engineer said no. Sir Miles adjourned.';
    expect(namesAndMentions(body)).toEqual([['Miles Harrow', 3]]);
  });

  it('go by first name even when someone else has that word as a surname', () => {
    const body = 'Dame Ruth Miles chaired it. Lord Bram Harrow, a peer, spoke. Later Dame Ruth said no.';
    expect(namesAndMentions(body)).toEqual([
      ['Ruth Miles', 2],
      ['Bram Harrow', 1],
    ]);
  });
});

describe('titles written before a name without a full stop', () => {
  it('mark police, clergy and council titles', () => {
    expect(
      peopleNames('Supt Hal Rees agreed. Insp Joy Platt agreed. Fr Tom Kiely agreed. Rev Ann Lusk agreed.'),
    ).toEqual(['Hal Rees', 'Joy Platt', 'Tom Kiely', 'Ann Lusk']);
    expect(peopleNames('Coun. Vic Munro agreed, and Ald. Bea Tully did not.')).toEqual(['Vic Munro', 'Bea Tully']);
  });
});

describe('a role noun before a name', () => {
  it('counts for weather forecasters too', () => {
    expect(peopleNames('“It will rain all week,” senior forecaster Priya Halvorsen told the station.')).toEqual([
      'Priya Halvorsen',
    ]);
  });
});

describe('a misspelt titled surname', () => {
  it('joins the person two letters away and warns', () => {
    const result = speech('Aroha Tane, a teacher, spoke.\n\nLater Mrs. Tain said it again.');
    expect(result.people.map((p) => [p.name, p.mentions])).toEqual([['Aroha Tane', 2]]);
    expect(result.warnings.map((w) => w.message)).toEqual([
      '“Tain” looks like a misspelling of Aroha Tane (paragraph 1); attributed to her',
    ]);
  });

  it('stays apart when the honorific gives the other gender', () => {
    expect(peopleNames('Ms. Aroha Tane, a teacher, spoke. Later Mr. Tain said it again.')).toEqual([
      'Aroha Tane',
      'Tain',
    ]);
  });
});
