/** Every built page is valid HTML by html-validate, with the repository's `.htmlvalidate.json`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from './site-files';

const { root, subpath } = inject('builds');
const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));

describe.each([
  ['at the domain root', root],
  ['under a sub-path', subpath],
])('the HTML of the built site %s', (_label, site) => {
  it('has no html-validate errors on any page', async () => {
    const problems: string[] = [];
    for (const file of htmlPages(site.dir)) {
      const report = await validator.validateFile(join(site.dir, file));
      for (const result of report.results) {
        for (const message of result.messages) {
          problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
