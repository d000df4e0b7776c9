/**
 * The analysis engine alone, per article and per megabyte: `npm run bench:engine`. Articles come from the
 * benchmark corpus generator (scripts/bench/corpus), so they are realistic and the same on every run.
 * The requirements: a 500-word article in under 5 ms (median), a 1 MB article in under 1 s (with
 * its paragraphs, and run on as one).
 */
import { loadavg } from 'node:os';
import { test } from 'vitest';
import { analyzeArticle, type ArticleInput } from '../../src/analysis/index';
import { generateCorpus } from '../../scripts/bench/corpus/index';

const analyze = analyzeArticle;
const MB = 1024 * 1024;

function articleOf(words: number): ArticleInput {
  const corpus = generateCorpus({ articles: 1, words, seed: 7 });
  const article = corpus.articles[0]!;
  return { ...article, registry: corpus.registry };
}

// A 1 MB article takes seconds: a few runs give its median; tinybench's defaults (64 at least) would take minutes.
const fewRuns = { iterations: 5, time: 0, warmupIterations: 1, warmupTime: 0 };
const megabyte = articleOf(175_000);
// the same megabyte with no paragraph breaks: work per paragraph must stay linear too
const runOn = { ...megabyte, body: megabyte.body.split('\n\n').join(' ') };
const sizes = [
  { label: '500-word article', input: articleOf(500), limitMs: 5, runs: undefined },
  { label: '700-word article', input: articleOf(700), limitMs: undefined, runs: undefined },
  { label: '1 MB article', input: megabyte, limitMs: 1000, runs: fewRuns },
  { label: '1 MB in one paragraph', input: runOn, limitMs: 1000, runs: fewRuns },
];

// Compile the engine before the first measurement, so JIT work is not charged to the 500-word case.
for (const { input } of sizes.slice(0, 2)) for (let i = 0; i < 20; i++) analyze(input);

for (const { label, input, limitMs, runs } of sizes) {
  const bytes = Buffer.byteLength(input.body);
  const words = input.body.split(/\s+/).length;
  test(`${label} (${words} words, ${(bytes / 1024).toFixed(0)} KB)`, { timeout: 300_000 }, async ({ bench }) => {
    let calls = 0;
    let quotes = 0;
    const cpuBefore = process.cpuUsage();
    const result = await bench(label, () => {
      calls += 1;
      quotes += analyze(input).quotes.length;
    }).run(runs);
    const cpu = process.cpuUsage(cpuBefore);
    // Wall-clock latency suffers from other processes; CPU time per call much less so.
    const cpuMs = (cpu.user + cpu.system) / 1000 / calls;
    const medianMs = result.latency.p50 ?? Number.NaN;
    const verdict =
      limitMs === undefined ? '' : `, ${medianMs < limitMs ? 'under' : 'MISSES'} the ${limitMs} ms required`;
    console.log(
      `${label}: median ${medianMs.toFixed(2)} ms${verdict}; ${cpuMs.toFixed(2)} ms CPU a call; ` +
        `${((cpuMs * MB) / bytes).toFixed(0)} ms CPU per MB; ${quotes / calls} quotes; load average ${loadavg()[0]?.toFixed(1)}`,
    );
  });
}
