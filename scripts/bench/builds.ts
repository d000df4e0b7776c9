/** One `astro build` of a site copy into a fresh folder, measured, with what its log says. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distStats, type DistStats } from './dist-stats';
import { phasesOf, type Phases } from './log-phases';
import { measure, type Measurement } from './measure';
import { clearBuildCache, type Variant } from './site-copy';

export interface BuildResult extends Measurement {
  readonly variant: Variant;
  /** `astro build` alone. */
  readonly astro: Measurement;
  /** The search index step after it (included in the totals), absent in the bare build. */
  readonly searchIndex: Measurement | undefined;
  /** Articles the content loader analysed (the rest came from its cache), from its log. */
  readonly analysed: number;
  readonly stats: DistStats;
  readonly phases: Phases;
}

export interface BuildOptions {
  readonly site: string;
  readonly variant: Variant;
  /** Forget every cache first. */
  readonly cold: boolean;
  readonly logFile: string;
}

const analysedLine = /articles: (\d+) analysed/;

export async function build(options: BuildOptions): Promise<BuildResult> {
  if (options.cold) clearBuildCache(options.site);
  const outDir = mkdtempSync(join(tmpdir(), `quotewire-bench-dist-${options.variant}-`));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OUT_DIR: outDir,
    BASE_PATH: '/',
    ASTRO_TELEMETRY_DISABLED: '1',
    SKIP_ANALYSIS: options.variant === 'full' ? '0' : '1',
  };
  delete env['CONTENT_DIR'];
  delete env['CACHE_DIR'];
  try {
    const measured = await measure(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: options.site,
      env,
      logFile: options.logFile,
    });
    const log = readFileSync(options.logFile, 'utf8');
    if (measured.exitCode !== 0) {
      throw new Error(
        `the ${options.variant} build failed (exit ${measured.exitCode}); its output: ${options.logFile}\n${log.slice(-2000)}`,
      );
    }
    const analysed = Number(analysedLine.exec(log)?.[1] ?? Number.NaN);
    const searchIndex = options.variant === 'bare' ? undefined : await indexSearch(options, outDir, env);
    return {
      ...(searchIndex ? oneAfterTheOther(measured, searchIndex) : measured),
      variant: options.variant,
      astro: measured,
      searchIndex,
      analysed,
      stats: distStats(outDir),
      phases: phasesOf(log),
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** `npm run search-index`, as `npm run build` runs it after `astro build`. */
async function indexSearch(options: BuildOptions, outDir: string, env: NodeJS.ProcessEnv): Promise<Measurement> {
  const logFile = options.logFile.replace(/(\.log)?$/, '-search-index.log');
  const measured = await measure(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'scripts/search-index.ts', outDir],
    {
      cwd: options.site,
      env,
      logFile,
    },
  );
  if (measured.exitCode !== 0) {
    throw new Error(`the search index step failed (exit ${measured.exitCode}); its output: ${logFile}`);
  }
  return measured;
}

function oneAfterTheOther(first: Measurement, second: Measurement): Measurement {
  return {
    wallMs: first.wallMs + second.wallMs,
    cpuMs: first.cpuMs + second.cpuMs,
    peakRssBytes: Math.max(first.peakRssBytes, second.peakRssBytes),
    exitCode: first.exitCode,
  };
}
