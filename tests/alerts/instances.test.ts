import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimDue } from "../../src/alerts/outbox";
import { type Database, openDatabase } from "../../src/db/index";
import { record } from "../helpers";
import { onPostgres } from "../test-database";
import {
  type AlertServer,
  createPolicy,
  FAILED_LOAD,
  FAST,
  startAlertServer,
  temporaryDatabase,
  withoutSender,
} from "./alert-helpers";
import { Receiver, sleep } from "./receiver";

// Several instances on one PostgreSQL database (`npm run test:postgres`): each delivery is claimed, and
// sent, by one of them. (Several instances are a PostgreSQL set-up; SQLite runs the claim test below.)

describe.runIf(onPostgres)("two instances on one PostgreSQL database", () => {
  let database: Awaited<ReturnType<typeof temporaryDatabase>>;
  let receiver: Receiver;
  let a: AlertServer;
  let b: AlertServer;

  beforeAll(async () => {
    database = await temporaryDatabase();
    receiver = await new Receiver().start();
    // Both poll often, so that they race for the same rows.
    const racing = { ...FAST, pollIntervalMs: 10, concurrency: 4 };
    a = await startAlertServer(database.url, racing);
    b = await startAlertServer(database.url, racing);
  });

  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await receiver?.close();
    await database?.dispose();
  });

  it("deliver each alert once", async () => {
    receiver.answer = () => ({ status: 200, delayMs: 5 });
    for (let i = 0; i < 3; i++) await createPolicy(a, { name: `p${i}`, webhookUrl: receiver.url(`/p${i}`) });
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        record(i % 2 ? a : b, { project: `etl-${i % 3}`, ...FAILED_LOAD, error: `failure ${i}` }),
      ),
    );
    await receiver.waitFor(90, 20_000);
    await sleep(500);
    expect(receiver.received).toHaveLength(90);
    const ids = receiver.received.map((request) => request.headers["x-delivery-id"]);
    expect(new Set(ids).size).toBe(90);
    const rows = await a.db.prisma.alertDelivery.findMany();
    expect(rows).toHaveLength(90);
    expect(rows.every((row) => row.status === "DELIVERED" && row.attempts === 1)).toBe(true);
  });
});

describe("claiming", () => {
  let database: Awaited<ReturnType<typeof temporaryDatabase>>;
  let db: Database;
  let other: Database;
  beforeAll(async () => {
    database = await temporaryDatabase();
    db = await openDatabase(database.url, { poolSize: 5 });
    // No sender runs here: only the claimers below take rows.
    const client = await withoutSender(db);
    await createPolicy(client, { name: "claims", webhookUrl: "http://127.0.0.1:9/never" });
    await record(client, { project: "etl", ...FAILED_LOAD });
    // On PostgreSQL a second instance's connection pool; on SQLite the claimers share the one connection
    // and interleave between their SELECT and their conditional UPDATE.
    other = onPostgres ? await openDatabase(database.url, { poolSize: 5 }) : db;
  });
  afterAll(async () => {
    if (other !== db) await other?.close();
    await db?.close();
    await database?.dispose();
  });

  it("never hands one row to two claimers at once, and loses none", async () => {
    const policy = await db.prisma.alertPolicy.findFirstOrThrow();
    const load = await db.prisma.projectLoad.findFirstOrThrow();
    await db.prisma.alertDelivery.createMany({
      data: Array.from({ length: 200 }, () => ({
        policyId: policy.id,
        event: "PROJECT_LOAD_FAILED",
        loadId: load.id,
        nextAttemptAt: new Date(),
      })),
    });
    const claims = await Promise.all(
      Array.from({ length: 16 }, (_, i) => claimDue(i % 2 ? db : other, 20, 600_000)),
    );
    const claimed = claims.flatMap((claim) => claim.ids);
    expect(claimed.length).toBeGreaterThan(0);
    expect(new Set(claimed).size).toBe(claimed.length);
    // Each claim's rows carry its token, and only its rows do.
    for (const claim of claims) {
      const rows = await db.prisma.alertDelivery.findMany({ where: { claimToken: claim.token } });
      expect(rows.map((row) => row.id).sort()).toEqual([...claim.ids].sort());
      expect(rows.every((row) => row.attempts === 1)).toBe(true);
    }
    // What the race left is still due for the next claim: 201 rows in all (the recorded load's one too).
    const rest = await claimDue(db, 500, 600_000);
    expect(claimed.length + rest.ids.length).toBe(201);
    // Claimed rows are not due again until their lease runs out.
    expect((await claimDue(other, 500, 600_000)).ids).toEqual([]);
  });
});
