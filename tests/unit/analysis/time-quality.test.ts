/**
 * Quality ratchet for the time-expression stage: analyses the public dev set and the seed article,
 * scores them with the eval scorer (score.mjs --json) and checks end-to-end time-expression accuracy.
 * The thresholds are what the engine reaches now: raise them when it improves, never lower them.
 * The eval data comes from EVAL_DIR, else ../shared/eval beside the repository (tests/support/eval-dir.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/analysis/index';
import { articleInputFromSource } from '../../../src/lib/article-input';
import { loadRegistry } from '../../../src/lib/registry';
import { evalDir as findEvalDir } from '../../support/eval-dir';

/** Ratchet: seed and dev-set micro-averaged timexEndToEnd. */
const SEED_END_TO_END = 1.0;
const DEV_END_TO_END = 1.0;
const DEV_RECALL = 1.0;

interface TimexCounts {
  readonly gold: number;
  readonly found: number;
  readonly correct: number;
}
interface ArticleScore {
  readonly slug: string;
  readonly scores: { readonly timexEndToEnd: number; readonly timexRecall: number };
  readonly counts: { readonly timex: TimexCounts };
  readonly misses: { readonly timex: readonly string[] };
}

let out = '';
let articles: ArticleScore[] = [];

beforeAll(() => {
  const evalDir = findEvalDir();
  out = mkdtempSync(join(tmpdir(), 'time-quality-'));
  mkdirSync(join(out, 'articles'));
  const registry = loadRegistry();
  const devDir = join(evalDir, 'dev');
  const files = readdirSync(devDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(devDir, name));
  files.push(join(evalDir, 'gold', 'seed.md'));
  for (const file of files) {
    const analysis = analyzeArticle(articleInputFromSource(readFileSync(file, 'utf8'), file, registry));
    writeFileSync(join(out, 'articles', `${analysis.slug}.json`), JSON.stringify(analysis));
  }
  const report = join(out, 'score.json');
  execFileSync(process.execPath, [join(evalDir, 'score.mjs'), evalDir, out, '--seed-slug', 'seed', '--json', report], {
    encoding: 'utf8',
  });
  articles = (JSON.parse(readFileSync(report, 'utf8')) as { articles: ArticleScore[] }).articles;
}, 120_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('time expressions on the eval set', () => {
  it('gets every seed time expression right', () => {
    const seed = articles.find((a) => a.slug === 'seed');
    expect(seed, 'seed article scored').toBeDefined();
    expect(seed?.counts.timex.gold).toBe(11);
    expect(seed?.misses.timex ?? []).toEqual([]);
    expect(seed?.scores.timexEndToEnd ?? 0).toBeGreaterThanOrEqual(SEED_END_TO_END);
  });

  it(`reaches the dev-set ratchet (end-to-end >= ${DEV_END_TO_END}, recall >= ${DEV_RECALL})`, () => {
    const dev = articles.filter((a) => a.slug !== 'seed');
    expect(dev.length).toBeGreaterThanOrEqual(15);
    const total = dev.reduce(
      (sum, a) => ({
        gold: sum.gold + a.counts.timex.gold,
        found: sum.found + a.counts.timex.found,
        correct: sum.correct + a.counts.timex.correct,
      }),
      { gold: 0, found: 0, correct: 0 },
    );
    const misses = dev.flatMap((a) => a.misses.timex.map((m) => `${a.slug}: ${m}`));
    expect(total.gold).toBeGreaterThan(0);
    expect(total.correct / total.gold, misses.join('\n')).toBeGreaterThanOrEqual(DEV_END_TO_END);
    expect(total.found / total.gold, misses.join('\n')).toBeGreaterThanOrEqual(DEV_RECALL);
  });
});
