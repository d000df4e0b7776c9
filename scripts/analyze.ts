/**
 * npm run analyze -- <file.md|dir> [...] [--out dir] [--registry content/people.yaml]
 * Writes <out>/articles/<slug>.json per the analysis contract and prints a short summary.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeArticle } from '../src/analysis/index';
import { articleInputFromSource } from '../src/lib/article-input';
import { loadRegistry } from '../src/lib/registry';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'analysis-out' },
    registry: { type: 'string', default: 'content/people.yaml' },
    quiet: { type: 'boolean', default: false },
  },
});

if (positionals.length === 0) {
  console.error('usage: npm run analyze -- <file.md|dir> [...] [--out dir]');
  process.exit(2);
}

function markdownFiles(path: string): string[] {
  if (statSync(path).isDirectory()) {
    return readdirSync(path)
      .sort()
      .flatMap((name) => markdownFiles(join(path, name)));
  }
  return path.endsWith('.md') ? [path] : [];
}

const registry = loadRegistry(values.registry);
const outDir = join(values.out, 'articles');
mkdirSync(outDir, { recursive: true });

for (const file of positionals.flatMap(markdownFiles)) {
  const input = articleInputFromSource(readFileSync(file, 'utf8'), file, registry);
  const analysis = analyzeArticle(input);
  writeFileSync(join(outDir, `${analysis.slug}.json`), `${JSON.stringify(analysis, null, 2)}\n`);
  if (!values.quiet) {
    const speakers = new Set(analysis.quotes.map((quote) => quote.speakerName)).size;
    console.log(
      `${file}: ${analysis.quotes.length} quotes from ${speakers} sources, ${analysis.people.length} people, ` +
        `${analysis.events.length} events, ${analysis.warnings.length} warnings`,
    );
    for (const warning of analysis.warnings) {
      console.log(`  warning${warning.paragraph ? ` (paragraph ${warning.paragraph})` : ''}: ${warning.message}`);
    }
  }
}
console.log(`wrote ${outDir}`);
