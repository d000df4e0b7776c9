/** `npm run new`: a pasted article becomes a Markdown file with its paragraphs restored. */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../../src/lib/frontmatter';
import { isBoilerplate } from '../../../src/lib/import/boilerplate';
import { defaultSlug } from '../../../src/lib/import/new-article';
import { restoreParagraphs } from '../../../src/lib/import/paragraphs';
import { checkArticleSource } from '../../../src/lib/validate';
import { runScript, scriptTimeout } from './run-script';

/** The seed article as scraped: promotions inside its first line, the rest one paragraph per line. */
const pasted = 'tests/fixtures/import/seed-000.txt';
const seedFile = 'content/articles/2023-03-13-biden-xi-call.md';
const seedParagraphs = readFrontmatter(readFileSync(seedFile, 'utf8')).split.body.split('\n\n');

describe('restoring paragraphs', () => {
  it('gives the scraped seed the paragraphs of the published seed when furniture is stripped', () => {
    const restored = restoreParagraphs(readFileSync(pasted, 'utf8'), { stripBoilerplate: true });
    expect(restored.paragraphs).toEqual(seedParagraphs);
    expect(restored.boilerplate).toEqual([
      { text: 'Are you on Telegram?', line: 1 },
      { text: 'Subscribe to our channel for the latest updates on Russia’s war in Ukraine.', line: 1 },
      { text: 'ArrowRight', line: 1 },
    ]);
  });

  it('keeps the furniture as a paragraph of its own unless asked to strip it', () => {
    const restored = restoreParagraphs(readFileSync(pasted, 'utf8'), { stripBoilerplate: false });
    expect(restored.paragraphs).toEqual([
      seedParagraphs[0],
      'Are you on Telegram? Subscribe to our channel for the latest updates on Russia’s war in Ukraine. ArrowRight',
      ...seedParagraphs.slice(1),
    ]);
  });

  it('joins wrapped lines and ends a paragraph where a line ends a sentence, in text without blank lines', () => {
    const text =
      'The council met on\nTuesday to vote.\n“We are ready,” the mayor said.\nRead more: Council approves budget\n';
    expect(restoreParagraphs(text, { stripBoilerplate: true }).paragraphs).toEqual([
      'The council met on Tuesday to vote.',
      '“We are ready,” the mayor said.',
    ]);
  });

  it('splits a very long line where a sentence ends and a quotation begins', () => {
    const filler = Array.from({ length: 80 }, (_v, i) => `word${i}`).join(' ');
    const line = `The talks opened. ${filler}. “We have a deal,” she said. ${filler}. Nobody objected. “Not yet,” he said.`;
    expect(restoreParagraphs(line, { stripBoilerplate: false }).paragraphs).toEqual([
      `The talks opened. ${filler}.`,
      `“We have a deal,” she said. ${filler}. Nobody objected.`,
      '“Not yet,” he said.',
    ]);
    // A line of ordinary length is left whole, quotation or not.
    expect(restoreParagraphs('He left. “Bye,” he said.', { stripBoilerplate: false }).paragraphs).toHaveLength(1);
  });

  it.each([
    ['Subscribe to our newsletter for daily updates.', true],
    ['Sign up for breaking news alerts.', true],
    ['Read more: Council approves budget', true],
    ['Share this article', true],
    ['Are you on WhatsApp?', true],
    ['ChevronDown', true],
    ['© 2023 Example News', true],
    ['Share prices fell 5% on Monday.', false],
    ['The town voted to subscribe to the regional water scheme.', false],
    ['Why did the minister leave Twitter in 2022, the year she was elected, and never return?', false],
    ['McDonald said the deal was done.', false],
  ])('%s is furniture: %s', (sentence, expected) => {
    expect(isBoilerplate(sentence)).toBe(expected);
  });

  it('proposes a slug of the date and the title’s meaningful words', () => {
    expect(defaultSlug('Biden seeks a phone call with Xi to ease tensions', '2023-03-13')).toBe(
      '2023-03-13-biden-seeks-phone-call-xi',
    );
    expect(defaultSlug('Xi’s “containment” remark: déjà vu', '2023-03-13')).toBe(
      '2023-03-13-xis-containment-remark-deja-vu',
    );
  });
});

describe('npm run new', () => {
  const content = mkdtempSync(join(tmpdir(), 'quotewire-new-'));
  mkdirSync(join(content, 'articles'));
  const args = [pasted, '--title', 'Biden seeks a call with Xi', '--published', '2023-03-13', '--content', content];
  const target = join(content, 'articles', '2023-03-13-biden-seeks-call-xi.md');

  it(
    'writes a valid article with the seed’s paragraphs, lists the furniture, and never overwrites',
    async () => {
      const run = await runScript('new', [...args, '--strip-boilerplate']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`wrote ${target}: 16 paragraphs`);
      expect(run.stdout).toContain(`${pasted}:1  ArrowRight`);
      const written = readFileSync(target, 'utf8');
      const checked = checkArticleSource(written, target);
      expect(checked.problems).toEqual([]);
      expect(checked.data).toMatchObject({ title: 'Biden seeks a call with Xi', published: '2023-03-13' });
      expect(checked.body.split('\n\n')).toEqual(seedParagraphs);

      const again = await runScript('new', args);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain(`${target} already exists and was left as it is`);
      expect(readFileSync(target, 'utf8')).toBe(written);
    },
    scriptTimeout,
  );

  it(
    'refuses a date that is not a date',
    async () => {
      const run = await runScript('new', [pasted, '--title', 'X', '--published', '13/03/2023', '--content', content]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--published: expected a date like "2023-03-13", got "13/03/2023"');
    },
    scriptTimeout,
  );
});
