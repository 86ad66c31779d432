import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { waitUntil } from "../live/live-helpers";
import { TcpProxy } from "../production/tcp-proxy";
import { createTestDatabase, onPostgres } from "../test-database";
import { dependencyUp, type Instance, linesAt, startInstance } from "./outage-helpers";
import { tableRow, Workload } from "./scenario";

// Redis cut for 10 s through the TCP proxy of tests/production (the harness of its Redis-outage test),
// under two instances with recorders and subscribers running (issue 16, points 3 and 5).
const OUTAGE_MS = 10_000;

describe.runIf(onPostgres)("Redis cut for 10 s under two instances", () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step().catch(() => {});
  });

  it("keeps recording, makes up every load for subscribers once it is back, and logs the outage once", {
    timeout: 180_000,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "project-history-redis-outage-"));
    cleanup.push(async () => rmSync(dir, { recursive: true, force: true }));
    const database = await createTestDatabase(dir);
    cleanup.push(() => database.dispose());
    const proxy = new TcpProxy("127.0.0.1", 6379);
    await proxy.start();
    cleanup.push(() => proxy.stop());
    const instances: Instance[] = [];
    for (let i = 0; i < 2; i++) {
      const instance = await startInstance(database.url, `redis://:hunter2-secret@127.0.0.1:${proxy.port}`);
      instances.push(instance);
      cleanup.push(() => instance.close());
    }
    const [a, b] = instances as [Instance, Instance];
    const workload = new Workload({
      endpoints: () => instances.map((instance) => instance.endpoint),
      project: "redis-outage",
      recorders: 10,
      loadsPerRecorder: 12,
      subscribers: 20,
      paceMs: 150,
    });
    await workload.startSubscribers();
    await waitUntil(
      () => a.server.live.events.size + b.server.live.events.size === 20,
      30_000,
      () => `${a.server.live.events.size + b.server.live.events.size} subscriptions, not 20`,
    );
    workload.startRecorders();
    await workload.acknowledgedAtLeast(30, 60_000);

    proxy.cut();
    await waitUntil(
      () => !a.server.live.ready && !b.server.live.ready,
      10_000,
      () => "still ready",
    );
    expect(await dependencyUp(a, "redis")).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
    proxy.restore();
    workload.faultEnded();
    await workload.finish(90_000);

    const check = new pg.Client({ connectionString: database.url });
    await check.connect();
    const stored = await check.query(
      `SELECT count(*)::int AS n FROM "ProjectLoad" l JOIN "Project" p ON p."id" = l."projectId"
       WHERE p."name" = 'redis-outage' AND l."image" <> 'seed'`,
    );
    await check.end();
    const figures = workload.figures(stored.rows[0].n as number);
    console.log("| scenario | acknowledged | stored | delivered | duplicates | gaps | recovery |");
    console.log(tableRow("Redis cut 10 s (2 instances)", figures));
    expect(figures).toMatchObject({ acknowledged: 120, stored: 120, duplicates: 0, gaps: 0, outOfOrder: 0 });
    expect(figures.delivered).toEqual(Array.from({ length: 20 }, () => 120));

    for (const instance of instances) {
      await waitUntil(
        () => instance.server.live.ready,
        15_000,
        () => "Redis not back",
      );
      expect(await dependencyUp(instance, "redis")).toBe(1);
      // One error line naming Redis with its password hidden, at most one warn line per 10 s, one info line
      // when it is back; no stack per failed announcement or reconnection.
      const errors = linesAt(instance, 50);
      expect(errors.map((line) => line.msg)).toEqual([
        expect.stringMatching(/^redis lost \(redis:\/\/:(\*\*\*|\[redacted\])@127\.0\.0\.1/),
      ]);
      expect(JSON.stringify(instance.lines)).not.toContain("hunter2-secret");
      expect(linesAt(instance, 40, /still unreachable/).length).toBeLessThanOrEqual(2);
      expect(linesAt(instance, 30, /^redis is back/)).toHaveLength(1);
    }
  });
});
