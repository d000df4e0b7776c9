/**
 * `npm run validate` on fixture folders: every problem of every file, at its file, line and column,
 * with the field and the exact message an editor reads; the exit code; GitHub annotations.
 */
import { describe, expect, it } from 'vitest';
import { linesOf, runScript, scriptTimeout as timeout } from './run-script';

const bad = 'tests/fixtures/content-bad';
const warnings = 'tests/fixtures/content-warnings';
const good = 'tests/fixtures/content-good';

describe('npm run validate', () => {
  it.concurrent(
    'reports every error in every file at its line and column, and fails',
    async () => {
      const run = await runScript('validate', ['--content', bad]);
      expect(run.code).toBe(1);
      expect(linesOf(run.stdout)).toEqual([
        `${bad}/articles/bad-date.md:3:12 published: expected a date like "2023-03-13", got "13/03/2023"`,
        `${bad}/articles/bad-yaml.md:2:19 the frontmatter is not valid YAML: Missing closing "quote`,
        `${bad}/articles/empty-body.md:7:1 the article has no text after the frontmatter`,
        `${bad}/articles/future-and-typo.md:3:12 published: the publication date 2999-01-01 is in the future: publish it on or after that day`,
        `${bad}/articles/future-and-typo.md:4:1 publshed: unknown field "publshed": allowed fields are title, published, updated, dek, byline, source, url, tags, overrides`,
        `${bad}/articles/missing-title.md:1:1 title: required: a headline, in quotes`,
        `${bad}/articles/more/bad-date.md:1:1 the address /articles/bad-date/ is also the address of ${bad}/articles/bad-date.md: rename one of the files`,
        `${bad}/articles/no-frontmatter.md:1:1 missing frontmatter: start the file with a line "---", the fields, then "---"`,
        `${bad}/articles/override-date.md:7:13 overrides.events.0.date: the date "2023-03" is not a day: write a day as "2023-03-13", a week as "2023-W12", a month as "2023-03", a year as "2023"`,
        `${bad}/articles/overrides-quotes.md:6:14 overrides.quotes.0.match: "the ferry" is in 2 quotes (paragraphs 1 and 2): use a longer fragment that only one of them contains`,
        `${bad}/articles/overrides.md:6:14 overrides.quotes.0.match: "words that nobody said" is in none of the 0 quotes the analysis found: copy a few words exactly from inside the quote marks`,
        `${bad}/articles/overrides.md:7:16 overrides.quotes.0.speaker: no person has the id "jake-sulivan", in ${bad}/people.yaml or in the article (did you mean "jake-sullivan"?): use an id from the registry, or add the person there first`,
        `${bad}/articles/overrides.md:9:19 overrides.events.0.expression: "in Juyl" does not occur in the article text: write the time expression exactly as it appears`,
        `${bad}/articles/overrides.md:12:19 overrides.events.1.expression: "on Friday" occurs in paragraphs 1 and 2: add "paragraph:" with the number of the one you mean`,
        `${bad}/articles/overrides.md:16:18 overrides.events.2.paragraph: paragraph 1 does not contain "last month"`,
        `${bad}/articles/wrong-types.md:2:8 title: expected a headline, in quotes, got a number (42)`,
        `${bad}/articles/wrong-types.md:4:7 tags: expected a list of tags like [china, diplomacy], got "china"`,
        `${bad}/people.yaml:3:3 ada-lindqvist.name: required: the person’s full name`,
        `${bad}/people.yaml:6:13 ada-lindqvist.roles.0.from: expected a date like "2021", "2021-01" or "2021-01-20", got "Jan 2021"`,
        `${bad}/people.yaml:7:7 2.id: "jake-sullivan" is already the id of the person at line 1: every person needs their own id`,
        `${bad}/people.yaml:9:3 jake-sullivan.nickname: unknown field "nickname": allowed fields are id, name, aliases, pronoun, sourceType, roles, affiliation, description`,
      ]);
      expect(run.stdout).not.toContain('::error');
      expect(run.stderr.trim()).toBe('12 files checked: 21 errors, 0 warnings');
    },
    timeout,
  );

  it.concurrent(
    'prints warnings with their paragraph but passes when there is no error',
    async () => {
      const run = await runScript('validate', ['--content', warnings]);
      expect(run.code).toBe(0);
      const file = `${warnings}/articles/marks-and-html.md`;
      const sanitised =
        'will be sanitised when the site is built (scripts, styles and unknown tags are removed), so it may not appear as written: use Markdown instead';
      expect(linesOf(run.stdout)).toEqual([
        // An unclosed quotation is the engine's warning: it decides where that quote ends.
        `${file}:6:1 warning paragraph 1: A quotation mark opened here is not closed before the paragraph ends; the quote was ended there`,
        `${file}:12:53 warning paragraph 4: this closing ” has no opening “ before it`,
        `${file}:14:1 warning paragraph 5: A quotation mark opened here is not closed before the paragraph ends; the quote was ended there`,
        `${file}:14:13 warning paragraph 5: this “ opens a quote while the one opened at line 14, column 1 is still open`,
        `${file}:18:1 warning paragraph 7: raw HTML <script>alert("hi")</script> ${sanitised}`,
        `${file}:20:6 warning paragraph 8: raw HTML <span style="color:red"> ${sanitised}`,
        `${warnings}/articles/unregistered.md:6:1 warning paragraph 1: Tomas Hale is quoted once but is not in ${warnings}/people.yaml; to give them a page, add:`,
        '- id: tomas-hale',
        '  name: Tomas Hale',
        '  roles:',
        '    - title: union leader',
      ]);
      expect(run.stderr.trim()).toBe('3 files checked: 0 errors, 7 warnings');
    },
    timeout,
  );

  it.concurrent(
    'is silent and passes on good content',
    async () => {
      const run = await runScript('validate', ['--content', good]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim()).toBe('2 files checked: 0 errors, 0 warnings');
    },
    timeout,
  );

  it.concurrent(
    'annotates the pull request under GitHub Actions, escaping what the command syntax needs',
    async () => {
      const errors = await runScript('validate', ['--content', bad], { GITHUB_ACTIONS: 'true' });
      expect(errors.code).toBe(1);
      const annotations = linesOf(errors.stdout).filter((line) => line.startsWith('::'));
      expect(annotations).toHaveLength(21);
      expect(annotations).toContain(
        `::error file=${bad}/articles/bad-date.md,line=3,col=12,title=Frontmatter field%3A published::expected a date like "2023-03-13", got "13/03/2023"`,
      );
      const warned = await runScript('validate', ['--content', warnings], { GITHUB_ACTIONS: 'true' });
      expect(warned.code).toBe(0);
      expect(linesOf(warned.stdout)).toContain(
        `::warning file=${warnings}/articles/marks-and-html.md,line=12,col=53,title=Unbalanced quote marks::paragraph 4: this closing ” has no opening “ before it`,
      );
    },
    timeout,
  );
});
