/**
 * Time expressions as other house styles write them (issue 3): one block per general rule. The
 * sentences are written for these tests; none comes from the evaluation articles.
 */
import { describe, expect, it } from 'vitest';
import { resolved, runCases as run } from './helpers';

describe('a past "this <season>" long after the last one is this year’s', () => {
  run([
    // a promise told in the past tense, months after the last fall
    ['The mill will open in 2027, not this fall as the owners had promised.', '2025-05-21', 'this fall', '2025 year'],
    ['The ferry had been due back this summer.', '2024-02-14', 'this summer', '2024 year'],
  ]);

  it('keeps the season just gone while it is recent', () => {
    expect(resolved('Visitor numbers fell this summer.', '2025-09-20', 'this summer')).toBe('2025 year');
    expect(resolved('Heating bills rose this winter.', '2025-03-10', 'this winter')).toBe('2025 year');
    expect(resolved('The orchard flooded this autumn.', '2025-01-12', 'this autumn')).toBe('2024 year');
  });
});

describe('a postponement’s "to" must mark an infinitive to look ahead', () => {
  run([
    [
      'The maker delayed shipments to its biggest client after a flood at its plant in mid-March.',
      '2025-05-21',
      'mid-March',
      '2025-03 month',
    ],
    [
      'It pushed back deliveries to customers after a power cut in late April.',
      '2025-05-21',
      'late April',
      '2025-04 month',
    ],
  ]);

  it('still looks ahead to the date an infinitive names', () => {
    expect(resolved('She was bailed to appear before magistrates on 7 May.', '2025-03-12', '7 May')).toBe(
      '2025-05-07 day',
    );
    expect(resolved('The inquest was adjourned until 2 April.', '2025-03-12', '2 April')).toBe('2025-04-02 day');
  });
});

describe('a date in an infinitive clause takes the tense of the verb that governs it', () => {
  run([
    [
      'The trust voted 6 to 2 to sell the library, which has served readers for a century, and to move its books to a school from September.',
      '2025-03-20',
      'September',
      '2025-09 month',
    ],
    [
      'The club plans to sell the ground, which has hosted cup finals, and to play its games elsewhere from August.',
      '2025-10-02',
      'August',
      '2026-08 month',
    ],
  ]);

  it('leaves a purpose clause after a plain past verb in the past', () => {
    expect(
      resolved('He went to the depot, which was shut, and then drove home to rest on Monday.', '2025-03-20', 'Monday'),
    ).toBe('2025-03-17 day');
  });
});

describe('an undated fragment woven into the writer’s sentence counts from publication', () => {
  const lead = 'A storm flooded the harbour on Tuesday, officials said.\n\n';
  run([
    [
      `${lead}The harbour master said boats could leave “as early as tonight,” once divers check the moorings.`,
      '2025-03-21',
      'tonight',
      '2025-03-21 day',
    ],
    [
      `${lead}The harbour master said the quay should reopen "by tomorrow" if the weather holds.`,
      '2025-03-21',
      'tomorrow',
      '2025-03-22 day',
    ],
  ]);

  it('still dates a whole quote by the lead’s event', () => {
    const text = `${lead}“We lost three boats today,” the harbour master said.`;
    expect(resolved(text, '2025-03-21', 'today')).toBe('2025-03-18 day');
  });

  it('still dates a fragment whose sentence dates the speaking', () => {
    const text = `${lead}Speaking on Wednesday, the harbour master said boats could leave “as early as tonight.”`;
    expect(resolved(text, '2025-03-21', 'tonight')).toBe('2025-03-19 day');
  });
});
