// How the history benchmark times an operation: a Spec builds a call untimed and checks its last result;
// `measure` interleaves the specs' calls, times them, counts the SQL statements each one ran (through the
// StatementLog the database reports to), prints one line per operation and returns the summaries. Also the
// run's warnings, which the report lists at the end.
import { ms, msSince, now, type Summary, summarize } from "./stats";

const warnings: string[] = [];

/** Prints a warning now and keeps it for the report's list. */
export function warn(message: string): void {
  warnings.push(message);
  console.log(`  WARNING: ${message}`);
}

export function allWarnings(): readonly string[] {
  return warnings;
}

/** Counts the SQL statements the database runs (openDatabase's onQuery); with `keepText`, keeps their text too. */
export class StatementLog {
  count = 0;
  recent: string[] = [];

  constructor(readonly keepText: boolean) {}

  readonly onQuery = (sql: string): void => {
    this.count++;
    if (this.keepText) this.recent.push(sql);
  };
}

export interface Measured {
  name: string;
  summary: Summary;
  /** SQL statements per call (median). */
  statements: number;
  goal: string;
  pass: boolean | null;
}

/** One operation to time: `prepare` (untimed) builds a call, the call itself is timed. */
export interface Spec {
  name: string;
  goalP95?: number;
  prepare(): () => Promise<void>;
  /** Checks the last result (warnings, or a throw when the benchmark itself is broken). */
  finish(): void;
}

export function spec<P, R>(options: {
  name: string;
  prepare: () => P;
  run: (prepared: P) => Promise<R>;
  check?: (result: R) => void;
  goalP95?: number;
}): Spec {
  let last: R | undefined;
  return {
    name: options.name,
    goalP95: options.goalP95,
    prepare() {
      const prepared = options.prepare();
      return async () => {
        last = await options.run(prepared);
      };
    },
    finish() {
      if (last !== undefined) options.check?.(last);
    },
  };
}

/**
 * Times `warmup + runs` calls of each spec and keeps the runs after the warm-up. Several specs are
 * interleaved (one call of each per round), so that garbage collection and other background work fall
 * on all of them alike and ratios between them are fair.
 */
export async function measure(
  specs: readonly Spec[],
  warmup: number,
  runs: number,
  log: StatementLog,
): Promise<Measured[]> {
  const samples = specs.map((): number[] => []);
  const statements = specs.map((): number[] => []);
  const sql = specs.map((): string[] => []);
  for (let i = 0; i < warmup + runs; i++) {
    for (const [index, operation] of specs.entries()) {
      const call = operation.prepare();
      const before = log.count;
      log.recent = [];
      const start = now();
      await call();
      const elapsed = msSince(start);
      if (i >= warmup) {
        samples[index]?.push(elapsed);
        statements[index]?.push(log.count - before);
        sql[index] = log.recent;
      }
    }
  }
  return specs.map((operation, index) => {
    operation.finish();
    const summary = summarize(samples[index] ?? []);
    const measured: Measured = {
      name: operation.name,
      summary,
      statements: summarize(statements[index] ?? []).median,
      goal: operation.goalP95 === undefined ? "-" : `p95 < ${operation.goalP95} ms`,
      pass: operation.goalP95 === undefined ? null : summary.p95 < operation.goalP95,
    };
    console.log(
      `  ${measured.name}: median ${ms(summary.median)} ms, p95 ${ms(summary.p95)} ms (${summary.runs} runs, ${measured.statements} SQL statements per call)`,
    );
    if (log.keepText) console.log((sql[index] ?? []).map((text) => `      ${text}`).join("\n"));
    return measured;
  });
}

export function verdict(pass: boolean | null): string {
  if (pass === null) return "";
  return pass ? "ok" : "MISSED";
}
