/**
 * npm run eval [-- --verbose]
 * Analyses the public dev set (../shared/eval/dev) and the seed article, and prints the scorer's output.
 * EVAL_DIR overrides where the eval data lives (see tests/support/eval-dir.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle } from '../src/analysis/index';
import { articleInputFromSource } from '../src/lib/article-input';
import { loadRegistry } from '../src/lib/registry';
import { evalDir as findEvalDir } from '../tests/support/eval-dir';

const evalDir = findEvalDir();
const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');

const registry = loadRegistry();
const out = mkdtempSync(join(tmpdir(), 'eval-'));
mkdirSync(join(out, 'articles'));
const devDir = join(evalDir, 'dev');
const files = readdirSync(devDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => join(devDir, name));
files.push(join(evalDir, 'gold', 'seed.md'));

for (const file of files) {
  // The site's registry, as a new article would get: the dev articles' people are not in it.
  const analysis = analyzeArticle(articleInputFromSource(readFileSync(file, 'utf8'), file, registry));
  writeFileSync(join(out, 'articles', `${analysis.slug}.json`), JSON.stringify(analysis));
}

const scorer = join(evalDir, 'score.mjs');
const args = [scorer, evalDir, out, '--seed-slug', 'seed', ...(verbose ? ['--verbose'] : [])];
process.stdout.write(execFileSync(process.execPath, args, { encoding: 'utf8' }));
