/**
 * A short summary of what happens at a time expression: its sentence (or the part of it around the
 * expression when the sentence is long) with the expression itself taken out.
 */
import type { SentenceRange } from './clauses';

const MAX_WORDS = 18;
const LIMIT = 240;
const EDGE = /^[\s,;:—–\-“”"‘’«»()[\].!?…]+|[\s,;:—–\-“”"‘’«»()[\]…]+$/g;
const DANGLING = new Set(['on', 'in', 'at', 'by', 'since', 'until', 'till', 'from', 'for', 'during', 'and', 'but', 'as', 'to', 'of', 'the', 'that', 'when']);

function trimWords(words: string[]): string[] {
  let first = 0;
  let last = words.length - 1;
  while (first <= last && DANGLING.has((words[first] ?? '').toLowerCase().replace(EDGE, ''))) first++;
  while (last >= first && DANGLING.has((words[last] ?? '').toLowerCase().replace(EDGE, ''))) last--;
  return words.slice(first, last + 1);
}

export function summarize(text: string, sentence: SentenceRange, start: number, end: number): string {
  // at most a few hundred characters each side, so a huge run-on "sentence" costs nothing
  const from = Math.max(sentence.start, start - LIMIT);
  const to = Math.min(sentence.end, end + LIMIT);
  const before = text.slice(from, Math.max(from, start)).replace(/\s+/g, ' ').trim();
  const after = text.slice(Math.min(end, to), to).replace(/\s+/g, ' ').trim();
  let left = before === '' ? [] : before.split(' ').map((w) => w.slice(0, 40));
  let right = after === '' ? [] : after.split(' ').map((w) => w.slice(0, 40));
  if (left.length + right.length > MAX_WORDS) {
    const half = MAX_WORDS / 2;
    const takeLeft = Math.min(left.length, Math.max(half, MAX_WORDS - right.length));
    const takeRight = Math.min(right.length, MAX_WORDS - takeLeft);
    left = left.slice(left.length - takeLeft);
    right = right.slice(0, takeRight);
  }
  const words = trimWords([...left, ...right].filter((w) => w.replace(EDGE, '') !== ''));
  return words.join(' ').replace(EDGE, '').replace(/\s+([,.;:!?])/g, '$1');
}
