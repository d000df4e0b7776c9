import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sectionOf } from '../../../scripts/bench/dist-stats';
import { phasesOf } from '../../../scripts/bench/log-phases';
import { measure } from '../../../scripts/bench/measure';

describe('measuring a build', () => {
  it('counts the CPU time and memory of the whole process tree, grandchildren included', async () => {
    // A shell starts node, which holds 200 MB and burns 500 ms of CPU: both belong to the grandchild.
    const script = [
      'const held = Buffer.alloc(200 * 1024 * 1024, 1);',
      'while (process.cpuUsage().user < 500000);',
      'console.log("done", held[7]);',
    ].join(' ');
    const logFile = join(mkdtempSync(join(tmpdir(), 'measure-')), 'log');
    const result = await measure('sh', ['-c', `"${process.execPath}" -e '${script}'`], {
      cwd: tmpdir(),
      env: process.env,
      logFile,
      sampleMs: 20,
    });
    expect(result.exitCode).toBe(0);
    expect(readFileSync(logFile, 'utf8')).toBe('done 1\n');
    expect(result.cpuMs).toBeGreaterThanOrEqual(500);
    expect(result.peakRssBytes).toBeGreaterThan(200 * 1024 * 1024);
    expect(result.wallMs).toBeGreaterThanOrEqual(result.cpuMs / 2);
  });

  it('reads where the time went from the build log', () => {
    const log = [
      '10:00:00 [content] Syncing content',
      '10:00:07 [content] Synced content',
      ' generating static routes ',
      '10:00:20   ├─ /og/articles/a.png (+1.50s) ',
      '10:00:21   ├─ /og/articles/b.png (+500ms) ',
      '10:00:21   └─ /people/ada-lindqvist/2/index.html (+12ms) ',
      '10:00:22 ✓ Completed in 2.01s.',
      '10:00:25 [build] Complete!',
    ].join('\n');
    const phases = phasesOf(log);
    expect(phases.contentSeconds).toBe(7);
    expect(phases.afterPagesSeconds).toBe(3);
    expect(Object.fromEntries(phases.routeMs)).toEqual({ og: 2000, 'people/<id>': 12 });
  });

  it('groups pages by section, list pages with their first page', () => {
    expect(sectionOf('index.html')).toBe('(root)');
    expect(sectionOf('3/index.html')).toBe('(root)');
    expect(sectionOf('people/2/index.html')).toBe('people');
    expect(sectionOf('people/ada-lindqvist/2/index.html')).toBe('people/<id>');
    expect(sectionOf('events/2021/2/index.html')).toBe('events/<year>');
    expect(sectionOf('quotes/speakers/4/index.html')).toBe('quotes/speakers');
    expect(sectionOf('articles/x/index.html')).toBe('articles');
  });
});
