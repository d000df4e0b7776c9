/** Runs an npm script the way an editor or CI does, and returns what it printed and its exit code. */
import { spawn } from 'node:child_process';

/** A test that runs scripts starts npm, tsx and the engine: seconds alone, much longer beside the rest of the suite. */
export const scriptTimeout = 180_000;

export interface ScriptRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runScript(
  script: string,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<ScriptRun> {
  // The output is pinned outside GitHub Actions unless a test asks for it, even when CI is GitHub's.
  const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
    env: { ...process.env, GITHUB_ACTIONS: '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Output lines, without the trailing empty one. */
export function linesOf(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}
