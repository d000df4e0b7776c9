/**
 * Speech attribution in other newsrooms' house styles: dotless title abbreviations, guillemets with a
 * dash credit, organisations that speak, scare quotes, quotes named in the next sentence. Every name
 * and sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { peopleNames, speakers, speech } from './speech-fixture';

describe('titles without a dot', () => {
  it('read "Cr" (councillor) as a title, so a married couple on one council stay two people', () => {
    const body = [
      'The two Pellows on the shire council split on the vote. Cr Marla Pellow, who represents the river ward, backed the plan.',
      '“The river is ours to look after,” she said.',
      'Cr Ivo Pellow voted against. “It costs too much,” he said.',
    ].join('\n\n');
    expect(peopleNames(body)).toEqual(['Marla Pellow', 'Ivo Pellow']);
    expect(speakers(body)).toEqual({
      'The river is ours to look after': 'Marla Pellow',
      'It costs too much': 'Ivo Pellow',
    });
  });
});

describe('guillemets and colon intros', () => {
  const body = [
    'The cabinet of Varnholm fell on Tuesday when Premier Lorcan Teague lost a confidence vote.',
    'Speaking to members minutes before the ballot, Teague was unrepentant: «I go with a clear conscience.»',
    'The final blow came from his own allies — from Mirela Osk, whose rural bloc pulled its backing over a fuel levy: «We did not abandon the cabinet.»',
    'Asked on the radio whether he would run again, Teague replied with one word — «Certainly.»',
  ].join('\n\n');

  it('give a colon intro after an introductory phrase to the subject of its main clause', () => {
    expect(speakers(body)['I go with a clear conscience.']).toBe('Lorcan Teague');
  });

  it('give a colon intro whose subject is no speaker to the one person it names', () => {
    expect(speakers(body)['We did not abandon the cabinet.']).toBe('Mirela Osk');
  });

  it('read a one-word answer after a dash as speech, not as a term', () => {
    expect(speakers(body)['Certainly.']).toBe('Lorcan Teague');
  });
});

describe('organisations', () => {
  it('name an institution by its office when no organisation was named before', () => {
    const quotes = speech(
      '«The King will consult as long as needed,» the palace said in a statement on Sunday.',
    ).quotes;
    expect(quotes.map((quote) => [quote.speaker, quote.speakerName])).toEqual([[null, 'the palace']]);
    expect(speech('“We will review it,” the presidency said.').sources).toMatchObject([{ kind: 'organization' }]);
  });
});

describe('quotes named in the next sentence', () => {
  it('give a feature’s opening quote to the person the next paragraph opens with', () => {
    const body =
      '“Nobody warned us about the water. Nobody.”\n\nFenna Lusk, 44, has told that story a hundred times since the river came up.';
    expect(speakers(body)).toEqual({ 'Nobody warned us about the water. Nobody.': 'Fenna Lusk' });
  });

  it('read "That is what X tells ..." later in the quote’s own paragraph', () => {
    const body =
      'The river came up at night.\n\n“Nobody warned us.” That is what Fenna Lusk, 44, tells anyone who asks.';
    expect(speakers(body)).toEqual({ 'Nobody warned us.': 'Fenna Lusk' });
  });

  it('do not give a quote in the middle of a story to whoever the next paragraph opens with', () => {
    const body = 'The river came up at night.\n\n“Nobody warned us.”\n\nFenna Lusk, 44, runs the bakery on Mill Road.';
    expect(speakers(body)).toEqual({ 'Nobody warned us.': '' });
  });
});

describe('scare quotes', () => {
  it('read a term the writer explains ("which in practice means") as no one’s words', () => {
    const body =
      'Most airlines describe their fares as “flexible,” which in practice often means that the passenger pays for the change. Ravi Dunmore, an analyst, said the plan was “stretched thin.”';
    expect(speakers(body)).toEqual({ 'stretched thin.': 'Ravi Dunmore' });
  });

  it('keep a longer fragment the writer goes on about as its speaker’s words', () => {
    const body = 'Ravi Dunmore called the fare rise “a quiet disaster,” which means fewer people will fly.';
    expect(speakers(body)).toEqual({ 'a quiet disaster': 'Ravi Dunmore' });
  });
});

describe('block quotes', () => {
  it('give a block quote after a colon intro with no speaker to the person that paragraph is about', () => {
    const body = [
      'The creek rose over its banks at Dollan Ford before dawn.',
      'Most people in town credit Nell Ashgrove, 61, who runs the hardware shop. At 2:40 a.m. she sent a message to a group chat of neighbours. It has since been printed and pinned up in the town hall:',
      '> The creek is over the bridge. If you have a tractor, bring it to the shop.',
    ].join('\n\n');
    expect(Object.values(speakers(body))).toEqual(['Nell Ashgrove']);
  });
});

describe('roles', () => {
  it('end before the phrase that leads to another person, not inside that person’s name', () => {
    const body =
      '“It will pass,” said Orla Venn, a former deputy secretary for trade in former president Hal Brisco’s administration who now teaches law.';
    const roles = speech(body).people.map((person) => [person.name, person.role]);
    expect(roles).toContainEqual(['Orla Venn', 'former deputy secretary for trade']);
  });
});

describe('people named once', () => {
  it('find a person tied by a possessive to an ambiguous noun ("my publisher, Wilf Carrow")', () => {
    const body = [
      'Painter Ilse Varga retires this spring after forty years.',
      '**Q:** What comes next?',
      '**A:** A long walk. I have also promised my publisher, Wilf Carrow, a small book of drawings by summer.',
    ].join('\n\n');
    expect(peopleNames(body)).toEqual(['Ilse Varga', 'Wilf Carrow']);
  });

  it('find a person named only in the possessive', () => {
    const body =
      'Painter Ilse Varga said the gallery would close.\n\nThe rent was set in Hollis Brandt’s last year as landlord, and Brandt’s heirs have since sold the building.';
    expect(peopleNames(body)).toEqual(['Ilse Varga', 'Hollis Brandt']);
  });
});

describe('interviews labelled with the publication’s name', () => {
  it('leave out the turns of a label that asks the questions', () => {
    const body = [
      'Ilse Varga, a beekeeper in Dunmore, spoke to Quayside by phone.',
      '**Quayside:** When did the hives start failing?',
      '**Varga:** Two summers ago. We lost half of them.',
      '**Quayside:** Your first season was a good one.',
      '**Varga:** It was the best we ever had.',
      '**Quayside:** What comes next?',
      '**Varga:** More hives, fewer sprays.',
    ].join('\n\n');
    expect(Object.values(speakers(body))).toEqual(['Ilse Varga', 'Ilse Varga', 'Ilse Varga']);
  });
});

describe('documents read out', () => {
  it('give “the letter said” to the person the letter came from', () => {
    const body =
      'The clerk read the court a letter from Ansel Brook, who sat with his head down. “I am sorry for all of it,” the letter said. “I will repay every cent.”';
    expect(speakers(body)).toEqual({
      'I am sorry for all of it': 'Ansel Brook',
      'I will repay every cent.': 'Ansel Brook',
    });
  });
});

describe('readers’ posts in a live blog', () => {
  it('give “she writes” after “a reader in X” to that reader, not to the last person quoted', () => {
    const body = [
      'Mayor Tova Linde spoke at noon. “Stay off the coast road,” she said.',
      'Linde said she would visit the towns on Sunday.',
      '**7.10pm** A reader in Fernhill has sent us a picture of the ford. “The water is at the fence posts,” she writes.',
    ].join('\n\n');
    expect(speakers(body)['The water is at the fence posts']).toBe('a reader in Fernhill');
  });
});

describe('companies described before they are named', () => {
  it('name “Water company X” by X, and give a later “the company says” to X', () => {
    const body =
      'Water company Kell Grid says 6,000 homes are still dry. In an update on its website, the company says crews “will work through the night”.';
    expect(speech(body).quotes.map((quote) => [quote.speakerName, quote.attribution])).toEqual([
      ['Kell Grid', 'explicit'],
    ]);
  });

  it('give the fragment after “it blamed” to the company the article names', () => {
    const body = [
      'Brisa Air, the regional carrier that flies to 12 airports, said on Monday that its profit fell.',
      'The company said in a statement that it expected a loss. It blamed “a shortage of qualified captains” and said it had “taken decisive action.”',
    ].join('\n\n');
    expect(speakers(body)).toEqual({
      'a shortage of qualified captains': 'Brisa Air',
      'taken decisive action.': 'Brisa Air',
    });
  });
});

describe('fragments inside a reported clause', () => {
  it('give a fragment after “would ask” to the subject of the reporting verb, not to the thing that would ask', () => {
    const body = 'Lina Ruud said the state would ask the federal government for funding “as early as Monday”.';
    expect(speakers(body)).toEqual({ 'as early as Monday': 'Lina Ruud' });
  });
});

describe('inverted attribution with a job title', () => {
  it('give a quote to “chief meteorologist Dana Voss told ...” after it', () => {
    const body = '“Expect hail by the evening,” chief meteorologist Dana Voss told Radio West.';
    expect(speakers(body)).toEqual({ 'Expect hail by the evening': 'Dana Voss' });
  });
});

describe('speech introduced by the paragraph before', () => {
  it('give a paragraph of speech to the person who “spoke to reporters” at the end of the one before', () => {
    const body = [
      'The hearing closed at four. Their daughter, Ines Kovac, spoke to reporters outside afterwards.',
      '“My mother crossed that bridge every day. She trusted it.',
      '“We want to know who signed it off.”',
    ].join('\n\n');
    expect(speakers(body)).toEqual({
      'My mother crossed that bridge every day. She trusted it. We want to know who signed it off.': 'Ines Kovac',
    });
  });
});

describe('titles and terms in single quotes', () => {
  it('read a title-case quote after “his report,” as the report’s title, even after “said”', () => {
    const body =
      'Omar Lisle said his report, ‘Dock Road Bridge: Load Survey and Risk Review’, reached the council in May.';
    expect(speech(body).quotes).toEqual([]);
  });

  it('read a short quote after “a policy of” as a term, even in a sentence with a speech verb', () => {
    const body = 'Critics have accused the board of a policy of ‘quiet neglect’ on the estate, a charge it denies.';
    expect(speech(body).quotes).toEqual([]);
  });
});

describe('a speaker described before being named', () => {
  it('give fragments after “The surveyor who ... told” to the surveyor the next paragraph names', () => {
    const body = [
      'The surveyor who inspected Dunmore bridge weeks before it fell into the river told an inquiry yesterday that the beams were ‘paper-thin’ and that the bridge should be shut ‘at once’.',
      'Tomas Reile, a structural surveyor with the firm Gant Hale, said his survey reached the council on 3 May.',
    ].join('\n\n');
    expect(speakers(body)).toEqual({ 'paper-thin': 'Tomas Reile', 'at once': 'Tomas Reile' });
  });
});

describe('pronouns after a fronted phrase', () => {
  it('do not give “he” to the person named in “Under questioning from X,” before it', () => {
    const body = [
      'Tomas Reile, a structural surveyor, gave evidence on Monday.',
      'Under questioning from Ruth Amsel KC, counsel to the inquiry, he said he had phoned the council because he ‘could not leave it sitting in an inbox’.',
    ].join('\n\n');
    expect(speakers(body)).toEqual({ 'could not leave it sitting in an inbox': 'Tomas Reile' });
  });
});
