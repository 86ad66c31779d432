// Timing, statistics and plain-text tables for the benchmark's report.

export function now(): bigint {
  return process.hrtime.bigint();
}

/** Milliseconds since `start` (a process.hrtime.bigint() reading). */
export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export interface Summary {
  runs: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
}

/** Median (mean of the two middle values for an even count) and nearest-rank p95, in the samples' unit. */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error("no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const at = (index: number) => sorted[Math.min(n - 1, Math.max(0, index))] as number;
  const median = n % 2 === 1 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
  return {
    runs: n,
    median,
    p95: at(Math.ceil(0.95 * n) - 1),
    min: at(0),
    max: at(n - 1),
    mean: sorted.reduce((sum, value) => sum + value, 0) / n,
  };
}

export function ms(value: number): string {
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

export function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function count(value: number): string {
  return value.toLocaleString("en-US");
}

/** A text table; columns after the first are right-aligned unless `left` lists them. */
export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  left: number[] = [0],
): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        left.includes(column) ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join("  ")
      .trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [line(headers), rule, ...rows.map(line)].join("\n");
}
