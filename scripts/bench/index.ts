/**
 * npm run bench -- [--articles 1000[,5000…]] [--compare] [--bare] [--runs 3] [--no-rebuild] [--seed 1] [--json out.json]
 *
 * Generates a corpus of unique articles (scripts/bench/corpus), builds it in a temporary copy of the site
 * and prints wall time, CPU time and peak memory of the whole build process tree, the size of dist/, its
 * pages and its largest page of each kind. `--compare` also builds the same corpus as a plain site (no
 * analysis and no derived pages; the reader features a news site has stay: article pages, home, feed,
 * sitemap, search, link-preview cards), alternating runs, and prints the ratio of medians; `--bare` adds
 * a build without cards and search, to show what those cost. Then it
 * rebuilds with nothing changed and after editing one article, checking that only that one is analysed
 * again. Several sizes print the cost per article between them, which stays flat when the build is linear.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build, type BuildResult } from './builds';
import { generateCorpus, writeCorpus } from './corpus/index';
import { copySite, type Variant } from './site-copy';
import { printRebuilds, printRuns, printScaling, type SizeResult } from './summary';

const { values } = parseArgs({
  allowNegative: true,
  options: {
    articles: { type: 'string', default: '1000' },
    compare: { type: 'boolean', default: false },
    bare: { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
    rebuild: { type: 'boolean', default: true },
    seed: { type: 'string', default: '1' },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});

const sizes = values.articles.split(',').map((size) => positiveInteger(size, '--articles'));
const runs = positiveInteger(values.runs, '--runs');
const seed = positiveInteger(values.seed, '--seed');
const repo = process.cwd();
const logs = mkdtempSync(join(tmpdir(), 'quotewire-bench-logs-'));
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

console.log(
  `Quotewire bench: ${sizes.join(', ')} articles, ${runs} run(s) each${values.compare ? ', against a plain build' : ''}${values.bare ? ', and a bare one' : ''}.`,
);
console.log(`Build logs: ${logs}`);
const results: SizeResult[] = [];
let failed = false;
for (const articles of sizes) {
  const result = await benchSize(articles);
  results.push(result);
  failed ||= result.rebuilds.some((rebuild) => rebuild.analysed !== rebuild.expected);
}
if (results.length > 1) printScaling(results);
if (values.json) writeFileSync(values.json, `${JSON.stringify(results, jsonReplacer, 2)}\n`);
if (failed) {
  console.error('FAILED: a rebuild analysed other articles than the ones that changed (see above).');
  process.exitCode = 1;
}

async function benchSize(articles: number): Promise<SizeResult> {
  const corpus = generateCorpus({ articles, seed });
  const words = corpus.articles.reduce((sum, article) => sum + article.words, 0);
  const quotes = corpus.articles.reduce((sum, article) => sum + article.quotes.length, 0);
  console.log(
    `\n== ${articles} articles: ${words} words (${Math.round(words / articles)} an article), ${quotes} quotes planted`,
  );
  const variants: Variant[] = [
    'full',
    ...(values.compare ? (['plain'] as const) : []),
    ...(values.bare ? (['bare'] as const) : []),
  ];
  const sites = new Map(variants.map((variant) => [variant, copySite(repo, variant)]));
  try {
    return await measureSize(articles, corpus, sites, { words, quotes });
  } finally {
    // Copies of a failed build go too, unless asked to keep them: each holds thousands of files.
    if (!values.keep) for (const site of sites.values()) rmSync(site, { recursive: true, force: true });
  }
}

async function measureSize(
  articles: number,
  corpus: ReturnType<typeof generateCorpus>,
  sites: ReadonlyMap<Variant, string>,
  { words, quotes }: { words: number; quotes: number },
): Promise<SizeResult> {
  for (const site of sites.values()) writeCorpus(join(site, 'content'), corpus, join(repo, 'content/people.yaml'));
  const loadBefore = load();

  const cold: BuildResult[] = [];
  for (let run = 1; run <= runs; run++) {
    for (const [variant, site] of sites) {
      const result = await build({
        site,
        variant,
        cold: true,
        logFile: join(logs, `${articles}-${variant}-${run}.log`),
      });
      console.log(`  ${variant} #${run}: ${summaryLine(result)}`);
      cold.push(result);
    }
  }

  const rebuilds = values.rebuild ? await measureRebuilds(articles, sites.get('full')!, corpus.articles[0]!.slug) : [];
  const result: SizeResult = { articles, words, quotes, loadBefore, loadAfter: load(), cold, rebuilds };
  printRuns(result);
  if (rebuilds.length > 0) printRebuilds(result);
  return result;
}

/** Alternates a rebuild with nothing changed and one after editing `slug`, from a warm cache. */
async function measureRebuilds(articles: number, site: string, slug: string): Promise<SizeResult['rebuilds']> {
  const file = join(site, 'content/articles', `${slug}.md`);
  const original = readFileSync(file, 'utf8');
  const rebuilds: SizeResult['rebuilds'][number][] = [];
  for (let run = 1; run <= runs; run++) {
    for (const edited of [false, true]) {
      if (edited) writeFileSync(file, `${original}\nA sentence added for the benchmark, edit ${run}.\n`);
      const logFile = join(logs, `${articles}-rebuild-${edited ? 'edited' : 'unchanged'}-${run}.log`);
      const result = await build({ site, variant: 'full', cold: false, logFile });
      const expected = edited ? 1 : 0;
      const check = result.analysed === expected ? '' : `  <- expected ${expected} analysed`;
      console.log(
        `  rebuild ${edited ? 'after editing one article' : 'with nothing changed'} #${run}: ${summaryLine(result)}, ${result.analysed} analysed${check}`,
      );
      rebuilds.push({ ...result, edited, expected });
    }
  }
  return rebuilds;
}

function summaryLine(result: BuildResult): string {
  const gb = (result.peakRssBytes / 1024 ** 3).toFixed(2);
  return `${(result.wallMs / 1000).toFixed(1)} s wall, ${(result.cpuMs / 1000).toFixed(1)} s CPU, ${gb} GB peak, ${result.stats.pages} pages`;
}

function positiveInteger(text: string, option: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`${option} takes a positive whole number, not "${text}"`);
    process.exit(2);
  }
  return value;
}

function jsonReplacer(_key: string, value: unknown): unknown {
  return value instanceof Map ? Object.fromEntries(value) : value;
}
