/** `npm run report`: what a change does to the analysis, as Markdown for the pull request's summary. */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/lib/report';
import { analysis } from './analysis-fixture';
import { runScript, scriptTimeout } from './run-script';

const seed = 'content/articles/2023-03-13-biden-xi-call.md';

describe('the report', () => {
  it('summarises an article with the counts before the change, speakers, people, events and warnings', () => {
    const before = { ...analysis, quotes: analysis.quotes.slice(1), warnings: [] };
    const report = renderReport([{ file: 'content/articles/ferry.md', analysis, before }], new Set(['mara-vell']));
    expect(report).toContain('## Ferry\n\n`content/articles/ferry.md`, published 2023-03-13\n');
    expect(report).toContain('| quotes | 4 (was 3) |');
    expect(report).toContain('| quotes from anonymous sources | 2 (50%) |');
    expect(report).toContain('| quotes without a speaker | 2 |');
    expect(report).toContain('| warnings | 1 (was 0) |');
    expect(report).toContain('| Mara Vell | person | 2 | 7 | 50% |');
    expect(report).toContain('| Mara Vell | `mara-vell` | yes | 2 | 2 |');
    expect(report).toContain('| 2023-03-10 | past | “on Friday” | 2 | Talks resume |');
    expect(report).toContain('- paragraph 3: “Vell” is attributed to Mara Vell');
  });

  it('marks new articles, people missing from the registry, and articles that cannot be analysed', () => {
    const report = renderReport(
      [
        { file: 'content/articles/ferry.md', analysis: { ...analysis, title: 'Ferry | harbour' } },
        { file: 'content/articles/broken.md', analysis: null, before: null },
      ],
      new Set(),
    );
    expect(report.startsWith('# Analysis of 2 articles\n')).toBe(true);
    expect(report).toContain('## Ferry \\| harbour\n\n`content/articles/ferry.md`, published 2023-03-13 (new)');
    expect(report).toContain('| Mara Vell | `mara-vell` | **no** | 2 | 2 |');
    expect(report).toContain(
      '## `content/articles/broken.md`\n\nNot analysed: fix the errors `npm run validate` reports first.',
    );
    expect(renderReport([], new Set())).toBe('# Analysis of 0 articles\n\nNo article changed.\n');
  });
});

describe('npm run report', () => {
  it(
    'reports the seed article as the finished engine must read it (17 quotes, 10 people, 11 events)',
    async () => {
      const run = await runScript('report', [seed]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('## Biden seeks a phone call with Xi to ease tensions after the spy balloon');
      expect(run.stdout).toContain('| quotes | 17 |');
      expect(run.stdout).toContain('| people | 10 |');
      expect(run.stdout).toContain('| dated events | 11 |');
    },
    scriptTimeout,
  );

  it(
    'reports every article when there is no base to compare with',
    async () => {
      const run = await runScript('report', ['--base', 'refs/remotes/nowhere/main']);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain('no refs/remotes/nowhere/main to compare with');
      expect(run.stdout).toContain(`\`${seed}\``);
    },
    scriptTimeout,
  );

  it(
    'compares the articles a branch changed with where it left origin/main',
    () => {
      const repo = mkdtempSync(join(tmpdir(), 'quotewire-report-'));
      const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
      mkdirSync(join(repo, 'content/articles'), { recursive: true });
      cpSync(seed, join(repo, seed));
      cpSync('content/people.yaml', join(repo, 'content/people.yaml'));
      writeFileSync(
        join(repo, 'content/articles/untouched.md'),
        '---\ntitle: "Untouched"\npublished: "2023-01-02"\n---\n\nText.\n',
      );
      git('init', '-q');
      git('add', '.');
      git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'base');
      git('update-ref', 'refs/remotes/origin/main', 'HEAD');
      const source = readFileSync(seed, 'utf8');
      const corrected = source.replace(
        '---\n\n',
        'overrides:\n  quotes:\n    - match: "containment, encirclement"\n      notQuote: true\n---\n\n',
      );
      writeFileSync(join(repo, seed), corrected);

      const tsx = resolve('node_modules/tsx/dist/cli.mjs');
      const run = spawnSync(process.execPath, [tsx, resolve('scripts/report.ts')], { cwd: repo, encoding: 'utf8' });
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('# Analysis of 1 article\n');
      expect(run.stdout).toContain('| quotes | 16 (was 17) |');
      expect(run.stdout).not.toContain('untouched.md');
    },
    scriptTimeout,
  );
});
