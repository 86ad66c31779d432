import type { DestinationStream } from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createDependencyMonitor } from "../../src/observability/dependency";
import { createLogger } from "../../src/observability/logger";
import { createMetrics } from "../../src/observability/metrics";

// Outage logging (issue 16, point 3): one line lost, a count at most every 10 s, one line back.

function capture() {
  const lines: { level: number; msg: string; failed?: number; downForMs?: number }[] = [];
  const destination: DestinationStream = { write: (line: string) => void lines.push(JSON.parse(line)) };
  return { lines, logger: createLogger({ level: "info", format: "json", destination }) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("dependency monitor", () => {
  it("logs an outage of 35 s with 400 failures as one error, three warn lines with counts and one info", async () => {
    vi.useFakeTimers();
    const { lines, logger } = capture();
    const metrics = createMetrics();
    const monitor = createDependencyMonitor({
      name: "postgresql",
      description: "postgresql://postgres:***@db:5432/history",
      logger,
      metrics,
      now: () => Date.now(),
    });
    const up = async () =>
      (await metrics.registry.getSingleMetric("project_history_dependency_up")?.get())?.values;
    expect(await up()).toEqual([{ labels: { dependency: "postgresql" }, value: 1 }]);
    for (let second = 0; second < 35; second++) {
      for (let i = 0; i < 400 / 35; i++)
        monitor.failed(new Error("connect ECONNREFUSED 10.0.0.5:5432\n  at ..."));
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(await up()).toEqual([{ labels: { dependency: "postgresql" }, value: 0 }]);
    monitor.restored();
    monitor.restored();
    const failures = 35 * Math.ceil(400 / 35);
    expect(lines.map((line) => [line.level, line.msg])).toEqual([
      [
        50,
        "postgresql lost (postgresql://postgres:[redacted]@db:5432/history): connect ECONNREFUSED 10.0.0.5:5432; requests that need it answer UNAVAILABLE until it is back",
      ],
      [40, "postgresql still unreachable: 119 operation(s) failed in the last 10 s"],
      [40, "postgresql still unreachable: 120 operation(s) failed in the last 10 s"],
      [40, "postgresql still unreachable: 120 operation(s) failed in the last 10 s"],
      [
        30,
        `postgresql is back (postgresql://postgres:[redacted]@db:5432/history) after 35.0 s; ${failures} operation(s) failed meanwhile`,
      ],
    ]);
    expect(await up()).toEqual([{ labels: { dependency: "postgresql" }, value: 1 }]);
  });

  it("notices by its probe that the dependency is back when nothing else asks", async () => {
    vi.useFakeTimers();
    const { lines, logger } = capture();
    let answers = false;
    const monitor = createDependencyMonitor({
      name: "sqlite",
      description: "sqlite:/data/h.db",
      logger,
      probe: async () => answers,
    });
    monitor.failed(new Error("SQLITE_BUSY: database is locked"));
    await vi.advanceTimersByTimeAsync(3_000);
    expect(monitor.up).toBe(false);
    answers = true;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(monitor.up).toBe(true);
    expect(lines.map((line) => line.level)).toEqual([50, 30]);
    monitor.close();
  });
});
