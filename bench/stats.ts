// Timing, statistics, number formats and plain-text tables: the one statistics module of the benchmarks.
// Samples go in as plain numbers (usually milliseconds); summaries and formatted strings come out.
import { cpus, loadavg } from "node:os";

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
  p99: number;
  min: number;
  max: number;
  mean: number;
}

function ascending(samples: readonly number[]): number[] {
  return [...samples].sort((a, b) => a - b);
}

/** Nearest-rank percentile of already sorted samples; `fraction` in (0, 1]. NaN when there are none. */
function rank(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] as number;
}

/** Nearest-rank percentile (`fraction` 0.5 is p50, 0.99 is p99); NaN when there are no samples. */
export function percentile(samples: readonly number[], fraction: number): number {
  return rank(ascending(samples), fraction);
}

/**
 * Median (mean of the two middle values for an even count) and nearest-rank p95 and p99, in the samples'
 * unit.
 */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error("no samples");
  const sorted = ascending(samples);
  const n = sorted.length;
  const at = (index: number) => sorted[Math.min(n - 1, Math.max(0, index))] as number;
  const median = n % 2 === 1 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
  return {
    runs: n,
    median,
    p95: rank(sorted, 0.95),
    p99: rank(sorted, 0.99),
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

export function seconds(milliseconds: number, digits = 1): string {
  return `${(milliseconds / 1000).toFixed(digits)} s`;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function mb(bytes: number, digits = 1): string {
  return `${(bytes / 1024 / 1024).toFixed(digits)} MB`;
}

export function count(value: number): string {
  return value.toLocaleString("en-US");
}

/** The machine's load averages over 1, 5 and 15 minutes: "0.52 0.61 0.70". */
export function loadAverage(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");
}

/** The load averages with what they are, for a report's first and last lines. */
export function loadAverageLine(): string {
  return `${loadAverage()} (1, 5, 15 min) on ${cpus().length} CPUs`;
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
