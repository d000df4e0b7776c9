import { describe, expect, it } from 'vitest';
import type { RegistryPerson } from '../../../src/analysis/input';
import { attributions, speakers, speech } from './speech-fixture';

describe('explicit attribution', () => {
  it('reads the speaker after the quote, either order', () => {
    expect(attributions('“The bridge is safe,” said Nadia Corwin, the city engineer.')).toEqual([
      ['The bridge is safe', 'Nadia Corwin', 'explicit'],
    ]);
    expect(attributions('“The bridge is safe,” Nadia Corwin, the city engineer, said on Friday.')).toEqual([
      ['The bridge is safe', 'Nadia Corwin', 'explicit'],
    ]);
    expect(attributions('“We will win,” Coach Daniel Oyelaran told reporters.')).toEqual([
      ['We will win', 'Daniel Oyelaran', 'explicit'],
    ]);
  });

  it('reads a title and an appositive after the verb', () => {
    expect(speakers('“No date is set,” said Foreign Secretary Amira Lowe, speaking in Oslo.')).toEqual({
      'No date is set': 'Amira Lowe',
    });
  });

  it('reads the speaker before a colon or a comma', () => {
    expect(speakers('Asked about the delay, Mayor Pia Grund said: “We are nearly there.”')).toEqual({
      'We are nearly there.': 'Pia Grund',
    });
    expect(speakers('Writer Hal Ubeda, who lives nearby, wrote in a statement: “I was wrong.”')).toEqual({
      'I was wrong.': 'Hal Ubeda',
    });
  });

  it('reads "according to" after a fragment', () => {
    expect(
      speakers('The levee was “close to failing” on Sunday, according to Dr. Ilse Maroni, who inspected it.'),
    ).toEqual({
      'close to failing': 'Ilse Maroni',
    });
  });

  it('gives an embedded fragment to the subject of the nearest reporting verb', () => {
    expect(speakers('Senator Ruth Abara, who chairs the panel, said the bill was “dead on arrival.”')).toEqual({
      'dead on arrival.': 'Ruth Abara',
    });
    expect(speakers('Analyst Joe Pinto wrote that the merger was “a gamble.”')).toEqual({ 'a gamble.': 'Joe Pinto' });
  });

  it('finds the subject of a reduced clause and looks past a verb with no speaker', () => {
    expect(speakers('The restaurant lost its star, a decision the chef Ana Moro called “brutal.”')).toEqual({
      'brutal.': 'Ana Moro',
    });
    expect(
      speakers('A spokesman for the group said in a statement posted online that it rejected “any deal.”'),
    ).toEqual({
      'any deal.': 'a spokesman for the group',
    });
  });

  it('ignores people named inside the quote', () => {
    expect(speakers('Chef Lara Quon, a friend of the owner, smiled. “Ask Tom Price,” she said.')).toEqual({
      'Ask Tom Price': 'Lara Quon',
    });
  });
});

describe('pronouns', () => {
  it('take the most recent person whose gender fits', () => {
    const body = [
      'Police chief Maren Vost, who took over in March, met Tobias Venn, the mayor’s aide, on Friday.',
      '“He knows the file,” she said.',
    ].join('\n\n');
    expect(attributions(body)).toEqual([['He knows the file', 'Maren Vost', 'pronoun']]);
  });

  it('use honorifics and registry pronouns for gender', () => {
    const registry: RegistryPerson[] = [{ id: 'sam-ortega', name: 'Sam Ortega', pronoun: 'she' }];
    const body =
      'Mr. Keld Amsel and Sam Ortega met on Tuesday. Mr. Amsel left early.\n\n“It was productive,” she said.';
    expect(speakers(body, registry)).toEqual({ 'It was productive': 'Sam Ortega' });
  });

  it('prefer the subject over someone named later in the sentence', () => {
    const body =
      'Inspector Bea Kalu said she had spoken with the minister, Ana Fell, twice. “Neither of us wants a fight,” she said.';
    expect(speakers(body)).toEqual({ 'Neither of us wants a fight': 'Bea Kalu' });
  });

  it('can point at an unnamed person described earlier', () => {
    const body =
      'Prosecutor Ian Dale said the savings were gone. One victim, an 84-year-old widow, lost everything, he said. In a statement, she said: “I trusted him.”';
    expect(attributions(body)).toEqual([['I trusted him.', 'an 84-year-old widow', 'pronoun']]);
  });

  it('can point at an unnamed source of unknown gender introduced just before', () => {
    const body =
      'Inspector Ada Quist said the area was sealed. A neighbour, who asked not to be named, said she heard shouting. “It was chaos,” she said.';
    expect(speakers(body)).toEqual({ 'It was chaos': 'a neighbour' });
  });

  it('resolve "the Spaniard" and "the 34-year-old" to the person just named', () => {
    const body =
      'Coach Alvaro Prieto watched from the stands. “We were poor,” the Spaniard said.\n\nForward Lena Brück scored twice. “I felt sharp,” the 34-year-old said.';
    expect(speakers(body)).toEqual({ 'We were poor': 'Alvaro Prieto', 'I felt sharp': 'Lena Brück' });
  });

  it('leave the quote unattributed when nobody fits', () => {
    expect(attributions('“It was bad,” she said.')).toEqual([['It was bad', '', 'unattributed']]);
  });
});

describe('continuation', () => {
  it('gives a quote without attribution the speaker of the paragraph', () => {
    const body = '“We tried,” said Ivo Marsh, a volunteer. “Nobody came.”';
    expect(attributions(body)).toEqual([
      ['We tried', 'Ivo Marsh', 'explicit'],
      ['Nobody came.', 'Ivo Marsh', 'continuation'],
    ]);
  });

  it('carries a quote in its own paragraph from the previous one', () => {
    const body = '“We tried,” said Ivo Marsh, a volunteer.\n\n“Nobody came. Nobody ever comes.”';
    expect(attributions(body)[1]).toEqual(['Nobody came. Nobody ever comes.', 'Ivo Marsh', 'continuation']);
  });

  it('takes a lone opening quote from the paragraph that attributes it', () => {
    const body =
      '“We are two drivers short again.”\n\nThat is how Lena Voss, a dispatcher in Malmö, starts every shift.';
    expect(attributions(body)).toEqual([['We are two drivers short again.', 'Lena Voss', 'explicit']]);
  });

  it('gives a participle after a comma the subject of its sentence', () => {
    const body =
      'Engineer Omar Diallo said he backed “sensible rules” but not these, adding: “They will kill the project.”';
    expect(speakers(body)).toEqual({ 'sensible rules': 'Omar Diallo', 'They will kill the project.': 'Omar Diallo' });
  });

  it('does not carry a speaker over a paragraph without quotes', () => {
    const body =
      '“We tried,” said Ivo Marsh, a volunteer.\n\nThe park opened in 1998.\n\n“Nobody came. Nobody ever comes.”';
    expect(attributions(body)[1]).toEqual(['Nobody came. Nobody ever comes.', '', 'unattributed']);
  });

  it('shares one speaker and a group across an interrupted quote', () => {
    const result = speech('Judge Ana Ruhl was blunt. “The question,” she wrote, “is not whether, but when.”');
    expect(result.quotes.map((q) => [q.text, q.speakerName, q.group])).toEqual([
      ['The question', 'Ana Ruhl', 'g1'],
      ['is not whether, but when.', 'Ana Ruhl', 'g1'],
    ]);
  });

  it('keeps two sentences around an attribution as two quotes without a group', () => {
    const result = speech('Chef Ola Berg tasted it. “Salty,” she said. “Too salty.”');
    expect(result.quotes.map((q) => [q.text, q.group ?? null])).toEqual([
      ['Salty', null],
      ['Too salty.', null],
    ]);
  });
});

describe('anonymous sources', () => {
  it('name the source by its description, and "the official" refers back', () => {
    const body = [
      'A senior Treasury official said the plan was “not final.”',
      'The official, who spoke on condition of anonymity, added: “Nothing is agreed.”',
    ].join('\n\n');
    const result = speech(body);
    expect(result.quotes.map((q) => [q.speaker, q.speakerName])).toEqual([
      [null, 'a senior Treasury official'],
      [null, 'a senior Treasury official'],
    ]);
    expect(result.sources).toEqual([
      { label: 'a senior Treasury official', kind: 'anonymous', person: null, quotes: 2, words: 5 },
    ]);
  });

  it('give "one of them" to one of the group named before', () => {
    const body =
      'The deal collapsed on Monday, three people familiar with the matter said. One of them called it “a slow-motion wreck.”';
    expect(speakers(body)).toEqual({ 'a slow-motion wreck.': 'one of three people familiar with the matter' });
  });

  it('name an unnamed source without the names of the people it mentions', () => {
    expect(speakers('Senator Ed Mora spoke. One of Mora’s aides said the vote was “close.”')).toEqual({
      'close.': 'one of the aides',
    });
  });

  it('count a spokesperson as the speaker, named without whoever they speak for', () => {
    const result = speech('A spokeswoman for Governor Lin Avery said the governor was “reviewing the bill.”');
    expect(result.quotes.map((q) => [q.speaker, q.speakerName])).toEqual([[null, 'a spokeswoman']]);
  });
});

describe('groups and plural sources', () => {
  it('name a family, the authors or a department spokesman by their description', () => {
    expect(speakers('In a statement, the victim’s family said they were “overwhelmed.”')).toEqual({
      'overwhelmed.': 'the victim’s family',
    });
    expect(speakers('The study’s authors wrote that hospitals should act “without delay.”')).toEqual({
      'without delay.': 'the study’s authors',
    });
    expect(speakers('A Department for Transport spokesman said: “We are investing.”')).toEqual({
      'We are investing.': 'a Department for Transport spokesman',
    });
  });

  it('do not give a report’s words to whoever spoke last', () => {
    const body =
      'The institute published its analysis on Monday. Mayor Tom Reed welcomed it, calling it “timely.” “Households will be worse off,” the report said.';
    expect(speakers(body)).toEqual({ 'timely.': 'Tom Reed', 'Households will be worse off': 'the report' });
  });

  it('give "the statement" to whoever issued the last one', () => {
    const body =
      'The victim’s family said in a statement that they were “overwhelmed.” “He did not deserve this,” the statement said.';
    expect(Object.values(speakers(body))).toEqual(['the victim’s family', 'the victim’s family']);
  });
});

describe('roles', () => {
  it('do not give "the transport secretary" to the shadow transport secretary', () => {
    const body =
      'The shadow transport secretary, Lia Hart, attacked the plan.\n\nThe transport secretary said the cuts were “unavoidable.”';
    expect(speakers(body)).toEqual({ 'unavoidable.': 'the transport secretary' });
  });
});

describe('organisations', () => {
  it('are named as the text names them', () => {
    const body =
      'The Harbour Transit Authority, which runs the ferries, said in a statement that fares would rise “modestly.”';
    const result = speech(body);
    expect(result.quotes.map((q) => [q.speaker, q.speakerName])).toEqual([[null, 'the Harbour Transit Authority']]);
    expect(result.sources[0]?.kind).toBe('organization');
    expect(result.people).toEqual([]);
  });

  it('keep a conjunction inside an organisation’s name', () => {
    expect(speakers('The Competition and Markets Authority said the deal would have “reduced choice.”')).toEqual({
      'reduced choice.': 'the Competition and Markets Authority',
    });
  });

  it('resolve "the company" to the company named earlier', () => {
    const body =
      'Brightwell Foods reported a loss on Monday.\n\nThe company said in a statement that demand was “recovering slowly.”';
    expect(speakers(body)).toEqual({ 'recovering slowly.': 'Brightwell Foods' });
  });

  it('resolve "the ministry" to the ministry named earlier', () => {
    const body = 'Talks with the Interior Ministry stalled.\n\n“We have made our offer,” the ministry said.';
    expect(speakers(body)).toEqual({ 'We have made our offer': 'Interior Ministry' });
  });
});

describe('principals and authors', () => {
  it('give words through a lawyer to the client', () => {
    const body = 'Tenant Rosa Imbert, who sued the landlord, said through a lawyer that she was “relieved.”';
    expect(speakers(body)).toEqual({ 'relieved.': 'Rosa Imbert' });
    expect(speakers('In a filing, Acme Freight’s lawyers argued that the fee was “unlawful.”')).toEqual({
      'unlawful.': 'Acme Freight',
    });
  });

  it('give a named lawyer’s own words to the lawyer', () => {
    expect(speakers('The defendant’s lawyer, Maya Roth, said her client was “deeply sorry.”')).toEqual({
      'deeply sorry.': 'Maya Roth',
    });
  });

  it('give written words to their writer', () => {
    const body =
      'Judge Teodor Lind ruled against the city.\n\nIn a 20-page opinion, the judge wrote: “The city overreached.”';
    expect(speakers(body)).toEqual({ 'The city overreached.': 'Teodor Lind' });
  });
});

describe('Q&A and block quotes', () => {
  it('give answers to the interviewee', () => {
    const body = [
      'Potter Agnes Rupp, 80, still fires her kiln each week. She spoke to us on Monday.',
      'Q: Why clay?',
      'A: It forgives you.',
    ].join('\n\n');
    expect(attributions(body)).toEqual([['It forgives you.', 'Agnes Rupp', 'explicit']]);
  });

  it('read bold questions and plain answers as an interview', () => {
    const body = [
      'Chef Nadia Orsi, 44, opened her first restaurant last year.',
      '**Why cook?**',
      'Because my grandmother did.',
      '**What next?**',
      'A second kitchen. Maybe.',
    ].join('\n\n');
    expect(attributions(body)).toEqual([
      ['Because my grandmother did.', 'Nadia Orsi', 'explicit'],
      ['A second kitchen. Maybe.', 'Nadia Orsi', 'explicit'],
    ]);
  });

  it('give each transcript paragraph to its labelled speaker, not the moderator', () => {
    const body = [
      'Senator Ruth Cole and Governor Amos Tarrant debated on Tuesday. An edited transcript:',
      'MODERATOR: Your opening statement?',
      'COLE: Our schools are failing.',
      'TARRANT: Our schools are improving.',
    ].join('\n\n');
    expect(speakers(body)).toEqual({
      'Our schools are failing.': 'Ruth Cole',
      'Our schools are improving.': 'Amos Tarrant',
    });
  });

  it('take a dash credit after a pull quote', () => {
    expect(speakers('Council member Ayo Bright walked out.\n\n“We will not be bullied.” — Ayo Bright')).toEqual({
      'We will not be bullied.': 'Ayo Bright',
    });
  });

  it('give a block quote to whoever introduced it', () => {
    const body =
      'Council member Ayo Bright posted a reply on Tuesday night:\n\n> We will not be bullied into a bad deal.';
    expect(speakers(body)).toEqual({ 'We will not be bullied into a bad deal.': 'Ayo Bright' });
  });
});
