import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/cli-helpers";
import { ADMIN_TOKEN } from "../helpers";
import { waitUntil } from "../live/live-helpers";
import { TcpProxy } from "../production/tcp-proxy";
import { createTestDatabase, onPostgres } from "../test-database";
import { dependencyUp, type Instance, linesAt, startInstance } from "./outage-helpers";
import { tableRow, Workload } from "./scenario";

// PostgreSQL cut for 10 s through a TCP proxy under two instances, with recorders and subscribers running
// (issue 16, points 2, 3 and 5). Run by `npm run test:faults` (PostgreSQL and Redis).
const OUTAGE_MS = 10_000;

describe.runIf(onPostgres)("PostgreSQL cut for 10 s under two instances", () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step().catch(() => {});
  });

  it("answers UNAVAILABLE (503, Retry-After) meanwhile, logs it once, and recovers without a restart", {
    timeout: 180_000,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "project-history-pg-outage-"));
    cleanup.push(async () => rmSync(dir, { recursive: true, force: true }));
    const database = await createTestDatabase(dir);
    cleanup.push(() => database.dispose());
    const real = new URL(database.url);
    const proxy = new TcpProxy(real.hostname, Number(real.port || 5432));
    await proxy.start();
    cleanup.push(() => proxy.stop());
    const proxied = new URL(database.url);
    proxied.port = String(proxy.port);
    const instances: Instance[] = [];
    for (let i = 0; i < 2; i++) {
      const instance = await startInstance(proxied.toString(), "redis://127.0.0.1:6379");
      instances.push(instance);
      cleanup.push(() => instance.close());
    }
    const [a, b] = instances as [Instance, Instance];

    const workload = new Workload({
      endpoints: () => instances.map((instance) => instance.endpoint),
      project: "pg-outage",
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
    const cutAt = Date.now();
    // While it lasts: a coded, retryable answer, /ready and the metric say so.
    let unavailable: Response | null = null;
    while (Date.now() - cutAt < OUTAGE_MS - 2_000) {
      const response = await fetch(a.endpoint.http, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${ADMIN_TOKEN}` },
        body: JSON.stringify({ query: "{ deployments { name } }" }),
      });
      if (response.status === 503) {
        unavailable = response;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(unavailable?.status).toBe(503);
    expect(unavailable?.headers.get("retry-after")).toBe("5");
    const body = (await unavailable?.json()) as {
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    expect(body.errors.map((error) => error.extensions)).toEqual([{ code: "UNAVAILABLE" }]);
    expect(body.errors[0]?.message).not.toMatch(/prisma|select|econn/i);
    const ready = await fetch(`http://127.0.0.1:${b.server.port}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ database: "unreachable" });
    expect(await dependencyUp(a, "postgresql")).toBe(0);
    // The CLI: exit 3, "worth retrying".
    const cli = await runCli(["history", "--project", "pg-outage"], {
      url: a.endpoint.http,
      token: ADMIN_TOKEN,
    });
    expect(cli.code).toBe(3);
    // CLI errors name the server that answered.
    expect(cli.stderr).toBe(
      `error: The database is unreachable for now; retry shortly (UNAVAILABLE, server ${a.endpoint.http})\n`,
    );
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, OUTAGE_MS - (Date.now() - cutAt))));

    proxy.restore();
    workload.faultEnded();
    await workload.finish(90_000);
    const check = new pg.Client({ connectionString: database.url });
    await check.connect();
    const stored = await check.query(
      `SELECT count(*)::int AS n FROM "ProjectLoad" l JOIN "Project" p ON p."id" = l."projectId"
       WHERE p."name" = 'pg-outage' AND l."image" <> 'seed'`,
    );
    await check.end();
    const figures = workload.figures(stored.rows[0].n as number);
    console.log(`| scenario | acknowledged | stored | delivered | duplicates | gaps | recovery |`);
    console.log(tableRow("PostgreSQL cut 10 s (2 instances)", figures));
    console.log(`failed attempts meanwhile: ${JSON.stringify(Object.fromEntries(workload.failures))}`);
    expect(figures).toMatchObject({ acknowledged: 120, stored: 120, duplicates: 0, gaps: 0, outOfOrder: 0 });
    expect(figures.delivered).toEqual(Array.from({ length: 20 }, () => 120));
    expect(workload.failures.size).toBeGreaterThan(0);

    for (const instance of instances) {
      await waitUntil(
        () => linesAt(instance, 30, /^postgresql is back/).length === 1,
        15_000,
        () => "not back",
      );
      expect(await dependencyUp(instance, "postgresql")).toBe(1);
      // One error line for the outage, naming the database without its password; at most one warn line
      // per 10 s; one line when it is back.
      const errors = linesAt(instance, 50);
      expect(errors.map((line) => line.msg)).toEqual([
        expect.stringMatching(/^postgresql lost \(postgresql:\/\//),
      ]);
      expect(linesAt(instance, 40, /still unreachable/).length).toBeLessThanOrEqual(2);
    }
  });
});
