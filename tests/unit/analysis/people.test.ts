import { describe, expect, it } from 'vitest';
import type { RegistryPerson } from '../../../src/analysis/input';
import { peopleNames, speech } from './speech-fixture';

const registry: RegistryPerson[] = [
  {
    id: 'helena-marsh',
    name: 'Helena Marsh',
    aliases: ['Chancellor Marsh', 'Helena R. Marsh'],
    pronoun: 'she',
    roles: [{ title: 'Chancellor of the Exchequer', from: '2022-01-01' }],
  },
  { id: 'omar-castell', name: 'Omar Castell', aliases: ['Castel'], pronoun: 'he' },
];

describe('registry people', () => {
  it('are found by full name, surname, title and surname, possessive and alias', () => {
    const result = speech(
      'Helena Marsh opened the debate. Chancellor Marsh spoke for an hour, and Marsh’s allies cheered. Helena R. Marsh is her full name.',
      registry,
    );
    expect(result.people).toEqual([
      { id: 'helena-marsh', name: 'Helena Marsh', role: 'Chancellor', mentions: 4, quoted: 0 },
    ]);
    expect(result.mentions.map((m) => m.text)).toEqual([
      'Helena Marsh',
      'Chancellor Marsh',
      'Marsh',
      'Helena R. Marsh',
    ]);
  });

  it('are found by honorific and surname alone, but not by a bare word that matches a surname', () => {
    const result = speech('Mr. Castell arrived late. Marsh grass covered the dunes.', registry);
    expect(result.people.map((p) => p.id)).toEqual(['omar-castell']);
  });

  it('are not found when only someone else with their surname is named', () => {
    expect(peopleNames('Dana Marsh, a farmer, said the rain came late.', registry)).toEqual(['Dana Marsh']);
  });

  it('report a registry alias that is a misspelling', () => {
    const result = speech('Omar Castell, an economist, spoke first.\n\nLater Castel said it again.', registry);
    expect(result.people.map((p) => [p.id, p.mentions])).toEqual([['omar-castell', 2]]);
    expect(result.warnings).toEqual([
      { paragraph: 2, message: '“Castel” looks like a misspelling of Omar Castell (paragraph 1); attributed to him' },
    ]);
  });
});

describe('people not in the registry', () => {
  it('are found from titles, role nouns and appositives', () => {
    expect(peopleNames('Dr. Irene Vasko treated him. Goalkeeper Tomasz Wilk saved twice.')).toEqual([
      'Irene Vasko',
      'Tomasz Wilk',
    ]);
    expect(peopleNames('Lorna Beck, who runs the shop, was out. Emil Sato, 41, was in.')).toEqual([
      'Lorna Beck',
      'Emil Sato',
    ]);
    expect(peopleNames('Her son, Ivo Brenner, said little. A neighbour, Ruth Okonjo, said more.')).toEqual([
      'Ivo Brenner',
      'Ruth Okonjo',
    ]);
    expect(peopleNames('Jess Arnott, a nurse at the clinic, said she was tired.')).toEqual(['Jess Arnott']);
  });

  it('are found from an affiliation or a quote they are named after', () => {
    expect(peopleNames('Growth will slow, said Rafe Olander of Brightline Partners.')).toEqual(['Rafe Olander']);
    expect(peopleNames('“Growth will slow,” said Rafe Olander.')).toEqual(['Rafe Olander']);
  });

  it('are found when their name introduces a quotation', () => {
    expect(peopleNames('Speaking on Tuesday, Colm Daly said: “We will not cut the service.”')).toEqual(['Colm Daly']);
    expect(peopleNames('Morgan Vane said in a statement that profits rose.')).toEqual([]);
  });

  it('are found when someone calls them by their first name in a quote', () => {
    const body = 'Kwame Asante scored twice on Saturday.\n\n“Kwame was unplayable,” said coach Ines Moll.';
    expect(peopleNames(body)).toEqual(['Kwame Asante', 'Ines Moll']);
  });

  it('leave out names used the way a company’s are', () => {
    const body =
      'Regulators cleared the deal on Tuesday. Pacific Crest’s shares jumped. Northwind chief executive Ada Lorne was pleased.';
    expect(peopleNames(body)).toEqual(['Ada Lorne']);
  });

  it('drop a capitalised role noun that only starts the sentence', () => {
    expect(peopleNames('Campaigner Rosa Blyth, who led the protest, was arrested.')).toEqual(['Rosa Blyth']);
  });

  it('are found from a following he or she', () => {
    expect(
      peopleNames('At dawn Mirela Dancu opens her stall. She is 63. Dancu’s prices never change, and she knows it.'),
    ).toEqual(['Mirela Dancu']);
  });

  it('are found when the next sentence opens with He or She, even with a family sharing the surname', () => {
    const body = [
      'Walt Brody has run the ferry on Route 3 for 40 years. He is 81 now.',
      'His wife, Edna, keeps the books. Edna Brody laughs at his jokes. “He is hopeless,” she says.',
      'Brody shrugs. “Maybe,” he says.',
    ].join('\n\n');
    const result = speech(body);
    expect(result.people.map((p) => p.name)).toEqual(['Walt Brody', 'Edna Brody']);
    expect(result.quotes.map((q) => q.speakerName)).toEqual(['Edna Brody', 'Walt Brody']);
  });

  it('keep name particles joined by a hyphen', () => {
    expect(peopleNames('The ministry’s spokesman, Karim el-Masri, told reporters the talks went well.')).toEqual([
      'Karim el-Masri',
    ]);
  });

  it('are known by surname alone after an honorific or title when no full name is given', () => {
    const result = speech('Dr. Oyelowo examined him. “It is a fracture,” Dr. Oyelowo said. Oyelowo left at noon.');
    expect(result.people).toEqual([{ id: 'oyelowo', name: 'Oyelowo', mentions: 3, quoted: 1 }]);
  });

  it('keep initials with the name', () => {
    expect(peopleNames('J.K. Rowling, the author, said she was pleased. The U.S. Senate did not comment.')).toEqual([
      'J.K. Rowling',
    ]);
  });

  it('are found in a possessive with a full name', () => {
    expect(peopleNames('The band played in Otto Brandvik’s barn all summer.')).toEqual(['Otto Brandvik']);
  });

  it('leave out organisations, places, brands and descriptions', () => {
    const body =
      'Harlow Dynamics said on Monday that it would close its plant on Mill Street in Port Calder. A senior official said the Calder Valley Council had not been told. The Riverside Institute declined to comment.';
    expect(peopleNames(body)).toEqual([]);
  });

  it('link surname-only and first-name-only mentions to the full name', () => {
    const result = speech(
      'Councillor Petra Lind, who chairs the panel, spoke first.\n\nLind said the plan was late. Petra left at noon.',
    );
    expect(result.people.map((p) => [p.name, p.mentions])).toEqual([['Petra Lind', 3]]);
  });

  it('give the slug of the full name as id, and the role from the text', () => {
    const result = speech('Élise Moreau, the agency’s chief scientist, said the data were sound.');
    expect(result.people).toEqual([
      { id: 'elise-moreau', name: 'Élise Moreau', role: 'agency’s chief scientist', mentions: 1, quoted: 0 },
    ]);
  });

  it('keep a diminutive first name with its full name', () => {
    expect(
      peopleNames('Council member Robert Haines, who voted no, spoke. “Rob Haines is wrong,” a rival said of him.'),
    ).toEqual(['Robert Haines']);
  });
});

describe('people who share a surname', () => {
  const body = [
    'Union leader Maria Kessler, who led the strike, spoke first. “We stay out,” she said.',
    'Energy Minister Jonas Kessler, who is not related to her, urged talks. “I would ask Ms. Kessler to return,” the minister said.',
    'Kessler said later that he was hopeful.',
  ].join('\n\n');

  it('stay distinct, and a bare surname goes to the one the text points to', () => {
    const result = speech(body);
    expect(result.people.map((p) => [p.name, p.mentions])).toEqual([
      ['Maria Kessler', 2],
      ['Jonas Kessler', 2],
    ]);
    const msKessler = result.mentions.find((m) => m.text === 'Ms. Kessler');
    expect(msKessler?.person).toBe('maria-kessler');
  });

  it('are never merged by a near-miss spelling when first names differ', () => {
    expect(peopleNames('Analyst Carl Jensen said yes. Analyst Mia Jenssen said no.')).toEqual([
      'Carl Jensen',
      'Mia Jenssen',
    ]);
  });
});

describe('misspellings', () => {
  it('attribute a near-miss surname to the person and warn', () => {
    const result = speech('Judge Olivia Pemberton ruled on Tuesday.\n\n“The law is clear,” Pembertin wrote.');
    expect(result.people.map((p) => [p.name, p.mentions, p.quoted])).toEqual([['Olivia Pemberton', 2, 1]]);
    expect(result.quotes[0]?.speaker).toBe('olivia-pemberton');
    expect(result.warnings).toEqual([
      {
        paragraph: 2,
        message: '“Pembertin” looks like a misspelling of Olivia Pemberton (paragraph 1); attributed to them',
      },
    ]);
  });
});

describe('mentions', () => {
  it('give the text as written and its offset in the paragraph', () => {
    const body = 'Mayor Ines Dorado spoke.\n\nThen Mr. Abel Quintal, a tailor, and Dorado’s aide left.';
    const result = speech(body);
    expect(result.mentions).toEqual([
      { person: 'ines-dorado', paragraph: 1, text: 'Mayor Ines Dorado', start: 0 },
      { person: 'abel-quintal', paragraph: 2, text: 'Mr. Abel Quintal', start: 5 },
      { person: 'ines-dorado', paragraph: 2, text: 'Dorado', start: 37 },
    ]);
  });
});
