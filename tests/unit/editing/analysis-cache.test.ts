/**
 * The analysis cache that lets `npm run build` analyse each article once: `npm run validate` stores,
 * the content loader reads. A stored analysis must be the engine's own, and found again only for the
 * same article, registry and corrections.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, type ArticleInput } from '../../../src/analysis/index';
import { analysisCache } from '../../../src/lib/analysis-cache';
import { checkRegistrySource } from '../../../src/lib/validate';
import { loadRegistry } from '../../../src/lib/registry';

const registry = loadRegistry('content/people.yaml');
const input: ArticleInput = {
  slug: 'ferry',
  title: 'Ferry service resumes',
  published: '2024-05-06',
  body: '“We are back on Monday,” said Jake Sullivan, who runs the ferry.\n\nService stopped last week.\n',
  registry,
};

function freshCache() {
  const cacheDir = mkdtempSync(join(tmpdir(), 'quotewire-analysis-cache-'));
  return {
    cacheDir,
    cache: analysisCache(process.cwd(), cacheDir),
    stored: () => readdirSync(join(cacheDir, 'analyses')),
  };
}

describe('analysis cache', () => {
  it("returns the engine's analysis, and stores it once", () => {
    const { cache, stored } = freshCache();
    const expected = JSON.parse(JSON.stringify(analyzeArticle(input))) as unknown;
    expect(cache.analyse(input)).toEqual(expected);
    expect(cache.analyse(input)).toEqual(expected);
    expect(stored()).toHaveLength(1);
  });

  it('reads the stored analysis instead of analysing again', () => {
    const { cacheDir, cache, stored } = freshCache();
    cache.analyse(input);
    const file = join(cacheDir, 'analyses', stored()[0]!);
    const marked = { ...JSON.parse(readFileSync(file, 'utf8')), title: 'read from the cache' };
    writeFileSync(file, JSON.stringify(marked));
    expect(analysisCache(process.cwd(), cacheDir).analyse(input).title).toBe('read from the cache');
  });

  it('analyses again when the text, the corrections or the registry change', () => {
    const { cache, stored } = freshCache();
    cache.analyse(input);
    cache.analyse({ ...input, body: `${input.body}\nOne more paragraph.\n` });
    cache.analyse({ ...input, overrides: { quotes: [{ match: 'back on Monday', notQuote: true }] } });
    cache.analyse({ ...input, registry: registry.slice(1) });
    expect(stored()).toHaveLength(4);
  });

  it('gives validate and the loader the same key: both read the registry to the same people', () => {
    const { cache, stored } = freshCache();
    const source = readFileSync('content/people.yaml', 'utf8');
    cache.analyse(input);
    cache.analyse({ ...input, registry: checkRegistrySource(source, 'content/people.yaml').people });
    expect(stored()).toHaveLength(1);
  });
});
