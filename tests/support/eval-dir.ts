/**
 * Where the evaluation data (dev articles, gold annotations, scorer) lives: `EVAL_DIR` if set, else the
 * shared folder beside the repository, else the copy vendored in `tests/fixtures/eval` so a clean
 * clone anywhere can run the quality tests.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export function evalDir(): string {
  const candidates = [process.env['EVAL_DIR'], '../shared/eval', 'tests/fixtures/eval'];
  for (const candidate of candidates) {
    if (candidate && existsSync(resolve(candidate, 'score.mjs'))) return resolve(candidate);
  }
  throw new Error('evaluation data not found: set EVAL_DIR to a folder holding score.mjs, dev/ and gold/');
}
