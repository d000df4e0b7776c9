import { describe, expect, it } from 'vitest';
import { speech } from './speech-fixture';

const quoted = (body: string): string[] => speech(body).quotes.map((q) => q.text);
const partial = (body: string): boolean[] => speech(body).quotes.map((q) => q.partial);

describe('speech or not', () => {
  it('drops so-called terms, nicknames and "known as" labels', () => {
    expect(quoted('Critics attacked the so-called “growth dividend” in the plan.')).toEqual([]);
    expect(quoted('Striker Tomas "The Train" Ibarra scored twice.')).toEqual([]);
    expect(quoted('The club, known to locals as "the Lions", lost again.')).toEqual([]);
    expect(quoted('The exercise, code-named “Grey Harbor,” was cancelled.')).toEqual([]);
  });

  it('drops titles of works in title case', () => {
    expect(quoted('Her memoir, “Salt Under the Door,” sold well.')).toEqual([]);
    expect(quoted('The report, “Costs and Benefits of the Tunnel,” was published Monday.')).toEqual([]);
  });

  it('drops a term glossed by the writer', () => {
    expect(quoted('Residents call it “harambee,” a Swahili word for pulling together.')).toEqual([]);
  });

  it('keeps short fragments when someone is said to have said them', () => {
    expect(quoted('The mayor called the budget “a moving target.”')).toEqual(['a moving target.']);
    expect(quoted('She said the deal was “not dead yet” and left.')).toEqual(['not dead yet']);
    expect(quoted('The dam was “holding for now,” according to an engineer.')).toEqual(['holding for now']);
  });

  it('keeps whole sentences in quotation marks', () => {
    expect(quoted('“We will appeal.” The company did not say when.')).toEqual(['We will appeal.']);
    expect(quoted('“Ask Me Later,” she said.')).toEqual(['Ask Me Later']);
  });

  it('drops a short scare quote with no speaker', () => {
    expect(quoted('The “reform” left most fees unchanged.')).toEqual([]);
  });
});

describe('partial', () => {
  it('is true for fragments inside the writer’s sentence', () => {
    expect(partial('The mayor called the budget “a moving target.”')).toEqual([true]);
    expect(partial('Dr. Ames said she would be there, too, “in the front row.”')).toEqual([true]);
  });

  it('is false for whole quoted sentences, even after "said," or a colon', () => {
    expect(partial('“We will appeal,” she said.')).toEqual([false]);
    expect(partial('But, the official added, “it takes two to agree.”')).toEqual([false]);
    expect(partial('She put it plainly: “Bread is patience.”')).toEqual([false]);
  });
});
