import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../../scripts/bench/corpus/index';
import { lintContent } from '../../../src/lib/lint/index';
import { parseRegistry } from '../../../src/lib/registry';

const corpus = generateCorpus({ articles: 300, seed: 5 });
const { articles } = corpus;

describe('the benchmark corpus', () => {
  it('is the same for the same seed, different for another, and a smaller corpus is the start of a larger one', () => {
    const sources = (options: Parameters<typeof generateCorpus>[0]) =>
      generateCorpus(options).articles.map((article) => article.source);
    expect(sources({ articles: 4, seed: 5 })).toEqual(articles.slice(0, 4).map((article) => article.source));
    expect(sources({ articles: 4, seed: 6 })).not.toEqual(sources({ articles: 4, seed: 5 }));
  });

  it('has unique articles, slugs and, almost always, paragraphs (the data store would merge repeats)', () => {
    expect(new Set(articles.map((article) => article.slug)).size).toBe(articles.length);
    expect(new Set(articles.map((article) => article.body)).size).toBe(articles.length);
    const paragraphs = articles.flatMap((article) => article.body.split('\n\n'));
    expect(new Set(paragraphs).size / paragraphs.length).toBeGreaterThan(0.99);
  });

  it('writes news-length articles with every kind of attribution and dates over several years', () => {
    const words = articles.map((article) => article.words);
    expect(Math.min(...words)).toBeGreaterThanOrEqual(650);
    expect(Math.max(...words)).toBeLessThanOrEqual(800);
    const styles = new Set(articles.flatMap((article) => article.quotes.map((quote) => quote.style)));
    expect([...styles].sort()).toEqual(
      ['anonymous', 'colon', 'continuation', 'name-said', 'organization', 'partial', 'pronoun', 'said-name'].sort(),
    );
    expect(new Set(articles.map((article) => article.published.slice(0, 4))).size).toBeGreaterThanOrEqual(6);
    expect(new Set(articles.flatMap((article) => article.times.map((time) => time.tense)))).toEqual(
      new Set(['past', 'future']),
    );
  });

  it('reuses people with a long tail: a few in many articles, most in a few, registry people among them', () => {
    const appearances = new Map<string, number>();
    for (const person of articles.flatMap((article) => article.people)) {
      appearances.set(person.id, (appearances.get(person.id) ?? 0) + 1);
    }
    const counts = [...appearances.values()].sort((a, b) => b - a);
    expect(counts[0]).toBeGreaterThanOrEqual(articles.length * 0.1);
    expect(counts.filter((count) => count <= 3).length).toBeGreaterThan(counts.length / 2);
    const registry = new Set(corpus.registry.map((person) => person.id));
    expect(
      articles.filter((article) => article.people.some((person) => registry.has(person.id))).length,
    ).toBeGreaterThan(articles.length / 2);
  });

  it('writes a content folder that validates: the corpus and the registry with its people added', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    const small = generateCorpus({ articles: 5, seed: 5 });
    writeCorpus(dir, small, 'content/people.yaml');
    expect(readdirSync(join(dir, 'articles')).sort()).toEqual(small.articles.map((a) => `${a.slug}.md`).sort());
    const registry = parseRegistry(readFileSync(join(dir, 'people.yaml'), 'utf8'));
    const base = parseRegistry(readFileSync('content/people.yaml', 'utf8'));
    expect(registry.map((person) => person.id)).toEqual([...base, ...small.registry].map((person) => person.id));
    const errors = lintContent(dir).problems.filter((problem) => problem.severity === 'error');
    expect(errors).toEqual([]);
  });
});
