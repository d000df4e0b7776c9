/**
 * Runs the engine over generated articles, for profiling:
 *   node_modules/.bin/node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/bench/profile-engine.ts 300 700
 * then open the .cpuprofile in Chrome DevTools (Performance) or summarise it by self time.
 */
import { analyzeArticle } from '../../src/analysis/index';
import { generateCorpus } from './corpus/index';

const [articles = 300, words = 700] = process.argv.slice(2).map(Number);
const corpus = generateCorpus({ articles, words, seed: 2 });
const started = process.cpuUsage();
let quotes = 0;
for (const article of corpus.articles)
  quotes += analyzeArticle({ ...article, registry: corpus.registry }).quotes.length;
const used = process.cpuUsage(started);
const ms = (used.user + used.system) / 1000;
const bytes = corpus.articles.reduce((sum, article) => sum + Buffer.byteLength(article.body), 0);
console.log(
  `${articles} articles of ~${words} words: ${(ms / articles).toFixed(2)} ms CPU an article, ` +
    `${((ms * 1024 * 1024) / bytes).toFixed(0)} ms per MB, ${quotes} quotes`,
);
