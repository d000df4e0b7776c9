/** Medians, ratios and the units the bench prints. */

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
export const ratio = (value: number, base: number): string => `${(value / base).toFixed(2)}x`;

export function bytes(count: number): string {
  if (count >= 1024 ** 3) return `${(count / 1024 ** 3).toFixed(2)} GB`;
  if (count >= 1024 ** 2) return `${(count / 1024 ** 2).toFixed(1)} MB`;
  return `${(count / 1024).toFixed(1)} KB`;
}

/** Columns padded to their widest cell; the first column left-aligned, the rest right-aligned. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
        .join('  '),
    )
    .join('\n');
}
