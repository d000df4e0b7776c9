/**
 * The `articles` collection loader: reads `content/articles/*.md`, checks each file's frontmatter,
 * runs the analysis engine once per article, then renders the Markdown with the analysis in reach of
 * the site's remark/rehype plugins. Astro's store gets the frontmatter and the digest; the analysis, HTML
 * and body go to the digest's file in the cache (`src/lib/article-parts.ts`), where the pages read them.
 *
 * An entry's digest covers its file, the people registry and the source of the engine and of the
 * Markdown plugins, so an unchanged article is neither analysed nor rendered again on rebuild, while a
 * registry, engine, plugin or `base` change re-analyses and re-renders everything. Content files are only read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ArticleInput } from '../analysis/index';
import type { ArticleAnalysis } from '../analysis/schema';
import type { Person } from '../schemas/person';
import { loadRegistry } from '../lib/registry';
import { checkArticleSource, formatProblem } from '../lib/validate';
import { slugOf } from '../lib/article-input';
import { analysisCache } from '../lib/analysis-cache';
import { cacheKey, sourceFiles } from '../lib/file-cache';
import { articlePartsDir, hasArticleParts, writeArticleParts } from '../lib/article-parts';
import { analysisFrontmatter } from '../markdown/analysis-frontmatter';

export interface ArticleLoaderOptions {
  /** Folder of the article files, relative to the project root. */
  readonly base: string;
  /** The people registry, relative to the project root. */
  readonly registry: string;
  /** Source folders whose code decides an entry's analysis or HTML, hashed into every digest. */
  readonly code: readonly string[];
}

export function articleLoader(options: ArticleLoaderOptions): Loader {
  return {
    name: 'article-loader',
    load: async (context) => {
      const root = context.config.root.pathname;
      const paths = {
        base: resolve(root, options.base),
        registry: resolve(root, options.registry),
        code: options.code.map((dir) => resolve(root, dir)),
      };
      await syncArticles(context, paths);
      // In dev, re-sync on changes; one sync at a time, since each reads the whole folder.
      let queue = Promise.resolve();
      context.watcher?.add([paths.base, paths.registry]);
      context.watcher?.on('all', (_event, changed) => {
        const file = resolve(changed);
        if (file.startsWith(paths.base) || file === paths.registry) {
          queue = queue
            .then(() => syncArticles(context, paths))
            .catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
        }
      });
    },
  };
}

interface ResolvedPaths {
  readonly base: string;
  readonly registry: string;
  readonly code: readonly string[];
}

/**
 * SKIP_ANALYSIS=1 stores every article with an empty analysis: the plain baseline that
 * `npm run bench -- --compare` measures the engine's cost against. Never set it for a real build.
 */
const skipAnalysis = process.env['SKIP_ANALYSIS'] === '1';

function emptyAnalysis(input: ArticleInput): ArticleAnalysis {
  const { slug, title, published } = input;
  return { slug, title, published, people: [], sources: [], quotes: [], events: [], warnings: [], mentions: [] };
}

async function syncArticles(context: LoaderContext, paths: ResolvedPaths): Promise<void> {
  const { store, logger } = context;
  const root = context.config.root.pathname;
  const registry = loadRegistry(paths.registry);
  const sharedDigest = cacheKey(
    skipAnalysis ? 'SKIP_ANALYSIS' : 'analysed',
    context.config.base, // mention links in the HTML start with it
    readFileSync(paths.registry, 'utf8'),
    ...paths.code.flatMap(sourceFiles),
  );
  const files = markdownFiles(paths.base);
  // `npm run validate`, run before `astro build`, has usually analysed these articles already.
  const analyses = analysisCache(root);
  const partsDir = articlePartsDir(root);
  const errors: string[] = [];
  const seen = new Set<string>();
  let analysed = 0;

  for (const file of files) {
    const relativePath = relative(root, file);
    const source = readFileSync(file, 'utf8');
    const id = slugOf(file);
    seen.add(id);
    const digest = context.generateDigest(`${sharedDigest}\n${source}`);
    if (store.get(id)?.digest === digest && hasArticleParts(partsDir, digest)) continue;

    const checked = checkArticleSource(source, relativePath);
    if (!checked.data) {
      errors.push(...checked.problems.map(formatProblem));
      continue;
    }
    const input = {
      slug: id,
      title: checked.data.title,
      published: checked.data.published,
      body: checked.body,
      registry: registry satisfies readonly Person[],
      overrides: checked.data.overrides,
    };
    const analysis = skipAnalysis ? emptyAnalysis(input) : analyses.analyse(input);
    analysed += 1;
    logWarnings(logger, relativePath, analysis);
    const data = await context.parseData({ id, data: checked.data, filePath: file });
    const { html } = await context.renderMarkdown(`${analysisFrontmatter(analysis)}${checked.body}`);
    writeArticleParts(partsDir, digest, { analysis, html, body: checked.body });
    store.set({ id, data, filePath: relativePath, digest });
  }

  for (const id of store.keys()) {
    if (!seen.has(id)) store.delete(id);
  }
  // `npm run bench` reads this line to check that a rebuild re-analyses only the changed articles.
  logger.info(
    `articles: ${analysed} analysed${skipAnalysis ? ' (SKIP_ANALYSIS)' : ''}, ${seen.size - analysed} unchanged`,
  );
  if (errors.length > 0) {
    throw new Error(`Content errors: fix these and build again.\n${errors.join('\n')}`);
  }
}

function logWarnings(logger: LoaderContext['logger'], file: string, analysis: ArticleAnalysis): void {
  for (const warning of analysis.warnings) {
    const where = warning.paragraph === undefined ? file : `${file} paragraph ${warning.paragraph}`;
    logger.warn(`${where}: ${warning.message}`);
  }
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(dir, name));
}
