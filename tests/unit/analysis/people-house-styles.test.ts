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

  it('stays apart when the text gives the named person the other gender', () => {
    expect(
      namesAndMentions('Aroha Tane, a teacher, spoke. She left.\n\nLater Mr. Tain said it again. Mr. Tain left.'),
    ).toEqual([
      ['Aroha Tane', 1],
      ['Tain', 2],
    ]);
  });

  it('stays apart when the honorific gives the other gender', () => {
    expect(peopleNames('Ms. Aroha Tane, a teacher, spoke. Later Mr. Tain said it again.')).toEqual([
      'Aroha Tane',
      'Tain',
    ]);
  });
});

describe('Irish and Dutch surnames', () => {
  it('keep Gaelic particles and accents, and a later title + surname joins the full name', () => {
    const body =
      'Cathal Ó Briain, a farmer, said the rain came late. Róisín Keaveney, a teacher, agreed.\n\nMr Ó Briain left at noon.';
    expect(namesAndMentions(body)).toEqual([
      ['Cathal Ó Briain', 2],
      ['Róisín Keaveney', 1],
    ]);
  });

  it('keep two particles in a row, and a given name that looks like a role noun', () => {
    expect(namesAndMentions('Pieter van der Berg, a lawyer, spoke. Mr van der Berg left.')).toEqual([
      ['Pieter van der Berg', 2],
    ]);
  });
});

describe('post-nominals and party labels', () => {
  it('mark the person and stay out of the name', () => {
    expect(peopleNames('Kate Orme MP said the bill was wrong. Sam Lyle MBE, a builder, agreed.')).toEqual([
      'Kate Orme',
      'Sam Lyle',
    ]);
    expect(peopleNames('Carl Dunn III, a banker, spoke. Ray Tolle (D-Ohio) said no.')).toEqual([
      'Carl Dunn',
      'Ray Tolle',
    ]);
  });
});

describe('honorifics written without a full stop', () => {
  it('keep a husband and wife known by honorific and surname apart', () => {
    const body = 'Mr Kell, a farmer, spoke. Ms Kell, a nurse, spoke too.\n\nMr Kell said it again, and Ms Kell agreed.';
    expect(namesAndMentions(body)).toEqual([
      ['Mr Kell', 2],
      ['Ms Kell', 2],
    ]);
  });

  it('let "Dr" and "Mr" mark the name after them', () => {
    expect(peopleNames('Dr Omar Sayed agreed.')).toEqual(['Omar Sayed']);
  });
});

describe('affiliations and titles in apposition', () => {
  it('find a person whose surname is also the firm’s name, and not the firm', () => {
    const body =
      'Agents agreed. Lachlan Pyne, of Pyne & Hollis Stock Agents, said the yards were old.\n\n“It is time,” Mr Pyne said.';
    expect(namesAndMentions(body)).toEqual([['Lachlan Pyne', 2]]);
  });

  it('find a name after a capitalised office and a comma', () => {
    expect(peopleNames('The Member for Oakdale, Jan Morrow, announced the money on Friday.')).toEqual(['Jan Morrow']);
  });
});

describe('coordinated names sharing a surname', () => {
  it('are two people when a plural verb follows', () => {
    expect(peopleNames('Declan and Áine Moran, who run the farm, were out.')).toEqual(['Declan Moran', 'Áine Moran']);
  });

  it('are not made from a titled surname and another titled person', () => {
    expect(
      peopleNames('Dr. Ilse Varga, a surgeon, spoke. Dr. Varga and Mr. Oskar Brandt have worked together.'),
    ).toEqual(['Ilse Varga', 'Oskar Brandt']);
  });
});

describe('a person named only in the possessive', () => {
  it('is found by a relative', () => {
    expect(namesAndMentions('Moran’s brother said the farm was sold.')).toEqual([['Moran', 1]]);
  });

  it('is the person of that first name when one is named in full', () => {
    expect(
      namesAndMentions('The men were Tomas Arriaga, 34; Wendell Pruitt, 58; and Wendell’s nephew, Cody Pruitt, 27.'),
    ).toEqual([
      ['Tomas Arriaga', 1],
      ['Wendell Pruitt', 2],
      ['Cody Pruitt', 1],
    ]);
  });
});

describe('names inside the answers of a name-labelled interview', () => {
  it('are people when the interviewee calls them by first name later', () => {
    const body = [
      '**Lena Ferrow** is a glaciologist who has studied the ice for years.',
      '**Why stop now?**',
      '**Ferrow:** My knees decided. The people in my team, especially Otto Lindqvist, are better at it. Otto will take over next year.',
      '**What next?**',
      '**Ferrow:** Rest.',
    ].join('\n\n');
    expect(namesAndMentions(body)).toContainEqual(['Otto Lindqvist', 2]);
  });
});

describe('hyphens, apostrophes and Mc/Mac', () => {
  it('stay inside the name', () => {
    expect(
      peopleNames(
        'Ellen McAvoy, a nurse, spoke. Tom Mac Daid, a baker, spoke. Ruth Kerr-Allen, a vet, and Liam O’Neill, a vet, did not.',
      ),
    ).toEqual(['Ellen McAvoy', 'Tom Mac Daid', 'Ruth Kerr-Allen', 'Liam O’Neill']);
  });
});

describe('a title and surname after a full name', () => {
  it('joins the full name, unless the honorific gives the other person of that surname', () => {
    const body =
      'Doug Harnett, a farmer, opened the shop. His wife, Jill Harnett, kept the books.\n\nCr Harnett said it was late, and Mrs Harnett agreed.';
    const result = speech(body);
    expect(result.people.map((p) => [p.name, p.mentions])).toEqual([
      ['Doug Harnett', 2],
      ['Jill Harnett', 2],
    ]);
    expect(result.mentions.find((m) => m.text === 'Mrs Harnett')?.person).toBe('jill-harnett');
  });
});
