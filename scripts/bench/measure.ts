/**
 * Runs one command and measures it as a whole process tree: wall time, CPU time (user + system of the
 * command and every descendant it waited for) and peak memory (the sum of the resident sizes of every
 * process in its process group, sampled from /proc). Linux only.
 *
 * CPU comes from this process's own `cutime`/`cstime` in /proc/self/stat, which grow by a child's whole
 * tree when it is reaped. `/usr/bin/time` would give the same CPU, but its "maximum resident set size"
 * is the largest single process, not the tree, so peak memory is sampled instead.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';

export interface Measurement {
  readonly wallMs: number;
  readonly cpuMs: number;
  /** Largest sum of RSS over the process group seen while it ran. */
  readonly peakRssBytes: number;
  readonly exitCode: number | null;
}

export interface RunOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Everything the command prints goes here. */
  readonly logFile: string;
  readonly sampleMs?: number;
}

const TICKS_PER_SECOND = 100; // USER_HZ: `getconf CLK_TCK` on Linux
const PAGE_SIZE = 4096;

export async function measure(command: string, args: readonly string[], options: RunOptions): Promise<Measurement> {
  const log = createWriteStream(options.logFile);
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  let peakRssBytes = 0;
  const sample = () => {
    if (child.pid !== undefined) peakRssBytes = Math.max(peakRssBytes, groupRssBytes(child.pid));
  };
  const sampler = setInterval(sample, options.sampleMs ?? 100);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  const wallMs = performance.now() - started;
  clearInterval(sampler);
  await new Promise((resolve) => log.end(resolve));
  return { wallMs, cpuMs: childrenCpuMs() - cpuBefore, peakRssBytes, exitCode };
}

/** CPU time of this process's reaped children (and theirs), from /proc/self/stat. */
export function childrenCpuMs(): number {
  const fields = statFields(readFileSync('/proc/self/stat', 'utf8'));
  // proc(5) fields 16 and 17: cutime and cstime, in clock ticks.
  const ticks = Number(fields[13]) + Number(fields[14]);
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** Sum of the resident sizes of every live process whose process group is `pgid`. */
export function groupRssBytes(pgid: number): number {
  let total = 0;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const fields = statFields(readFileSync(`/proc/${name}/stat`, 'utf8'));
      // proc(5) field 5 is pgrp, field 24 rss (pages).
      if (Number(fields[2]) === pgid) total += Number(fields[21]) * PAGE_SIZE;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}

/** The fields of a /proc/<pid>/stat line after "pid (comm)", which may itself hold spaces. */
function statFields(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}
