/**
 * Quality ratchet for the speech stage (quotes, speakers, people): analyses the public dev set and the
 * seed article, scores them with the eval scorer (score.mjs --json), and checks quote+speaker F1 and
 * people F1. The thresholds are what the engine reaches now: raise them when it improves, never lower
 * them. The eval data comes from EVAL_DIR, else ../shared/eval beside the repository, else the copy in
 * tests/fixtures/eval (tests/support/eval-dir.ts), so this runs on a clean clone too.
 * (Time-expression thresholds live in time-quality.test.ts.)
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

/** Ratchet: what the engine reaches now (November 2026). Raise, never lower. */
const SEED_QUOTE_SPEAKER_F1 = 1.0;
const SEED_PEOPLE_F1 = 1.0;
const DEV_QUOTE_SPEAKER_F1 = 1.0;
const DEV_PEOPLE_F1 = 1.0;
const DEV_NON_QUOTE_FALSE_POSITIVES = 0;

interface QuoteCounts {
  readonly gold: number;
  readonly pred: number;
  readonly speakerCorrect: number;
  readonly correctPred: number;
  readonly nonQuoteFP: number;
}
interface PeopleCounts {
  readonly gold: number;
  readonly pred: number;
  readonly matched: number;
}
interface ArticleScore {
  readonly slug: string;
  readonly counts: { readonly quotes: QuoteCounts; readonly people: PeopleCounts };
  readonly misses: { readonly quotes: readonly string[]; readonly people: readonly string[] };
}

const f1 = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);
const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);

function quoteSpeakerF1(articles: readonly ArticleScore[]): number {
  const sum = (key: keyof QuoteCounts): number => articles.reduce((s, a) => s + a.counts.quotes[key], 0);
  return f1(ratio(sum('correctPred'), sum('pred')), ratio(sum('speakerCorrect'), sum('gold')));
}

function peopleF1(articles: readonly ArticleScore[]): number {
  const sum = (key: keyof PeopleCounts): number => articles.reduce((s, a) => s + a.counts.people[key], 0);
  return f1(ratio(sum('matched'), sum('pred')), ratio(sum('matched'), sum('gold')));
}

const missesOf = (articles: readonly ArticleScore[], kind: 'quotes' | 'people'): string =>
  articles.flatMap((a) => a.misses[kind].map((m) => `${a.slug}: ${m}`)).join('\n');

let out = '';
let articles: ArticleScore[] = [];

beforeAll(() => {
  const evalDir = findEvalDir();
  out = mkdtempSync(join(tmpdir(), 'speech-quality-'));
  mkdirSync(join(out, 'articles'));
  const registry = loadRegistry();
  const devDir = join(evalDir, 'dev');
  const files = readdirSync(devDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(devDir, name));
  files.push(join(evalDir, 'gold', 'seed.md'));
  for (const file of files) {
    // the site's registry, as a new article gets it: the dev articles' people are not in it
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

describe('speech quality on the eval set', () => {
  it('finds every seed quote with its right speaker, and the seed’s ten people', () => {
    const seed = articles.filter((a) => a.slug === 'seed');
    expect(seed, 'seed article scored').toHaveLength(1);
    expect(seed[0]?.counts.quotes.gold).toBe(17);
    expect(seed[0]?.counts.people.gold).toBe(10);
    expect(quoteSpeakerF1(seed), missesOf(seed, 'quotes')).toBeGreaterThanOrEqual(SEED_QUOTE_SPEAKER_F1);
    expect(peopleF1(seed), missesOf(seed, 'people')).toBeGreaterThanOrEqual(SEED_PEOPLE_F1);
  });

  it(`reaches the dev-set quote+speaker ratchet (F1 >= ${DEV_QUOTE_SPEAKER_F1})`, () => {
    const dev = articles.filter((a) => a.slug !== 'seed');
    expect(dev.length).toBeGreaterThanOrEqual(15);
    expect(quoteSpeakerF1(dev), missesOf(dev, 'quotes')).toBeGreaterThanOrEqual(DEV_QUOTE_SPEAKER_F1);
    const nonQuotes = dev.reduce((s, a) => s + a.counts.quotes.nonQuoteFP, 0);
    expect(nonQuotes, missesOf(dev, 'quotes')).toBeLessThanOrEqual(DEV_NON_QUOTE_FALSE_POSITIVES);
  });

  it(`reaches the dev-set people ratchet (F1 >= ${DEV_PEOPLE_F1})`, () => {
    const dev = articles.filter((a) => a.slug !== 'seed');
    expect(peopleF1(dev), missesOf(dev, 'people')).toBeGreaterThanOrEqual(DEV_PEOPLE_F1);
  });
});
