/** What the bench prints: medians of the runs of one corpus size, rebuilds, and scaling across sizes. */
import type { BuildResult } from './builds';
import type { Phases } from './log-phases';
import type { Variant } from './site-copy';
import { bytes, median, ratio, seconds, table } from './stats';

export interface RebuildResult extends BuildResult {
  readonly edited: boolean;
  /** Articles that should have been analysed again: the edited one, or none. */
  readonly expected: number;
}

export interface SizeResult {
  readonly articles: number;
  readonly words: number;
  readonly quotes: number;
  readonly loadBefore: string;
  readonly loadAfter: string;
  /** Cold builds, in the order they ran. */
  readonly cold: readonly BuildResult[];
  readonly rebuilds: readonly RebuildResult[];
}

interface Medians {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly peakRssBytes: number;
}

function mediansOf(results: readonly Medians[]): Medians {
  return {
    wallMs: median(results.map((result) => result.wallMs)),
    cpuMs: median(results.map((result) => result.cpuMs)),
    peakRssBytes: median(results.map((result) => result.peakRssBytes)),
  };
}

const variants = ['full', 'plain', 'bare'] as const;

const ofVariant = (result: SizeResult, variant: Variant) => result.cold.filter((build) => build.variant === variant);

export function printRuns(result: SizeResult): void {
  const rows: string[][] = [['', 'wall', 'CPU', 'peak RSS', 'dist', 'pages']];
  const medians = new Map<Variant, Medians>();
  for (const variant of variants) {
    const builds = ofVariant(result, variant);
    if (builds.length === 0) continue;
    const m = mediansOf(builds);
    medians.set(variant, m);
    const stats = builds.at(-1)!.stats;
    rows.push([
      `${variant} (median of ${builds.length})`,
      seconds(m.wallMs),
      seconds(m.cpuMs),
      bytes(m.peakRssBytes),
      bytes(stats.bytes),
      String(stats.pages),
    ]);
  }
  for (const [a, b] of [
    ['full', 'plain'],
    ['plain', 'bare'],
  ] as const) {
    const [x, y] = [medians.get(a), medians.get(b)];
    if (x && y) {
      const label = `${a} / ${b}`;
      rows.push([
        label,
        ratio(x.wallMs, y.wallMs),
        ratio(x.cpuMs, y.cpuMs),
        ratio(x.peakRssBytes, y.peakRssBytes),
        '',
        '',
      ]);
    }
  }
  console.log(`\n${result.articles} articles, load average ${result.loadBefore} before, ${result.loadAfter} after:`);
  console.log(table(rows));
  const stats = ofVariant(result, 'full').at(-1)!.stats;
  console.log('largest page of each section (full):');
  console.log(
    table([...stats.largestPage].sort().map(([section, file]) => [`  ${section}`, bytes(file.bytes), file.path])),
  );
  if (stats.largestArticleJson)
    console.log(
      `largest per-article JSON: ${bytes(stats.largestArticleJson.bytes)} (${stats.largestArticleJson.path})`,
    );
  if (stats.largestSearchFile)
    console.log(`largest search index file: ${bytes(stats.largestSearchFile.bytes)} (${stats.largestSearchFile.path})`);
  for (const variant of variants) {
    const builds = ofVariant(result, variant);
    const last = builds.at(-1);
    if (last) console.log(`where the time went (${variant}, last run, wall): ${describePhases(last.phases)}`);
    const indexing = builds.flatMap((build) => (build.searchIndex ? [build.searchIndex] : []));
    if (indexing.length > 0) {
      const [astro, index] = [mediansOf(builds.map((build) => build.astro)), mediansOf(indexing)];
      console.log(
        `  astro build: ${seconds(astro.cpuMs)} CPU, ${bytes(astro.peakRssBytes)} peak; then the search index: ${seconds(index.cpuMs)} CPU, ${bytes(index.peakRssBytes)} peak`,
      );
    }
  }
}

function describePhases(phases: Phases): string {
  const routes = [...phases.routeMs].sort((a, b) => b[1] - a[1]);
  const total = routes.reduce((sum, [, ms]) => sum + ms, 0);
  const parts = [
    `content sync ${phases.contentSeconds ?? '?'} s`,
    `pages ${seconds(total)} (${routes.map(([section, ms]) => `${section} ${seconds(ms)}`).join(', ')})`,
    `after the pages ${phases.afterPagesSeconds ?? '?'} s`,
  ];
  return parts.join('; ');
}

export function printRebuilds(result: SizeResult): void {
  const unchanged = result.rebuilds.filter((rebuild) => !rebuild.edited);
  const edited = result.rebuilds.filter((rebuild) => rebuild.edited);
  const u = mediansOf(unchanged);
  const e = mediansOf(edited);
  const rows = [
    ['', 'wall', 'CPU', 'analysed'],
    [
      `rebuild, nothing changed (median of ${unchanged.length})`,
      seconds(u.wallMs),
      seconds(u.cpuMs),
      unchanged.map((r) => r.analysed).join(', '),
    ],
    [
      `rebuild, one article edited (median of ${edited.length})`,
      seconds(e.wallMs),
      seconds(e.cpuMs),
      edited.map((r) => r.analysed).join(', '),
    ],
    ['edited / unchanged', ratio(e.wallMs, u.wallMs), ratio(e.cpuMs, u.cpuMs), ''],
  ];
  const cold = mediansOf(ofVariant(result, 'full'));
  console.log(table(rows));
  console.log(`unchanged rebuild / cold build: ${ratio(u.wallMs, cold.wallMs)} wall`);
}

/** Cost per article at each size and between sizes: a step up in the second column means worse than linear. */
export function printScaling(results: readonly SizeResult[]): void {
  const rows: string[][] = [
    ['articles', 'wall', 'CPU', 'CPU / article', 'CPU / added article', 'peak RSS', 'full / plain CPU'],
  ];
  results.forEach((result, index) => {
    const full = mediansOf(ofVariant(result, 'full'));
    const plainBuilds = ofVariant(result, 'plain');
    const previous = results[index - 1];
    const added = previous
      ? `${((full.cpuMs - mediansOf(ofVariant(previous, 'full')).cpuMs) / (result.articles - previous.articles)).toFixed(1)} ms`
      : '';
    rows.push([
      String(result.articles),
      seconds(full.wallMs),
      seconds(full.cpuMs),
      `${(full.cpuMs / result.articles).toFixed(1)} ms`,
      added,
      bytes(full.peakRssBytes),
      plainBuilds.length > 0 ? ratio(full.cpuMs, mediansOf(plainBuilds).cpuMs) : '',
    ]);
  });
  console.log('\nScaling (full builds, medians):');
  console.log(table(rows));

  const sections = [
    ...new Set(results.flatMap((result) => [...ofVariant(result, 'full').at(-1)!.stats.largestPage.keys()])),
  ].sort();
  const largest = (result: SizeResult, section: string) =>
    ofVariant(result, 'full').at(-1)!.stats.largestPage.get(section)?.bytes;
  const first = results[0]!;
  const last = results.at(-1)!;
  const pageRows = sections.map((section) => {
    const from = largest(first, section);
    const to = largest(last, section);
    return [
      `  ${section}`,
      ...results.map((result) => bytes(largest(result, section) ?? 0)),
      from && to ? ratio(to, from) : '',
    ];
  });
  console.log(`\nLargest HTML page of each section, by corpus size (growth ${first.articles} -> ${last.articles}):`);
  console.log(table([['section', ...results.map((result) => String(result.articles)), 'growth'], ...pageRows]));
}
