/** Name normalisation, slugs and edit distance for matching people's names. */

const folded = new Map<string, string>();

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** Lower case, accents removed: "Dvořák" -> "dvorak". Memoised: names repeat. */
export function foldName(text: string): string {
  let out = folded.get(text);
  if (out === undefined) {
    out = isAscii(text)
      ? text.toLowerCase()
      : text
          .normalize('NFKD')
          .replace(/\p{M}+/gu, '')
          .toLowerCase();
    if (folded.size > 50_000) folded.clear();
    folded.set(text, out);
  }
  return out;
}

/** A stable id from a full name: "Éva Dvořák" -> "eva-dvorak". */
export function slugify(name: string): string {
  const folded = foldName(name);
  let out = '';
  let dash = false;
  for (const ch of folded) {
    const code = ch.charCodeAt(0);
    const alnum = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || /\p{L}|\p{N}/u.test(ch);
    if (alnum) {
      if (dash && out !== '') out += '-';
      out += ch;
      dash = false;
    } else dash = true;
  }
  return out || 'person';
}

/**
 * Optimal-string-alignment distance (Levenshtein with adjacent transpositions), or `max + 1` as soon
 * as it must exceed `max`. O(len(a) * len(b)) on short names only.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prevPrev: number[] = new Array<number>(n + 1).fill(0);
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row: number[] = new Array<number>(n + 1).fill(0);
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      }
      row[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[n] ?? max + 1;
}

/**
 * Whether `written` looks like a misspelling of the surname `surname` (both folded): within edit
 * distance 2 (1 for names under seven letters), same first letter, both at least five letters.
 */
export function looksLikeMisspelling(written: string, surname: string): boolean {
  if (written === surname || written.length < 5 || surname.length < 5) return false;
  if (written[0] !== surname[0]) return false;
  const max = Math.min(written.length, surname.length) < 7 ? 1 : 2;
  return editDistance(written, surname, max) <= max;
}
