import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { claimDue } from "../../src/alerts/outbox";
import { openDatabase } from "../../src/db/index";
import { record } from "../helpers";
import {
  type AlertServer,
  createPolicy,
  FAILED_LOAD,
  FAST,
  rowId,
  startAlertServer,
  temporaryDatabase,
  withoutSender,
} from "./alert-helpers";
import { eventually, Receiver, sleep } from "./receiver";

// Deliveries survive the process: what is pending when a server stops (or dies) is sent by the next one.

let database: Awaited<ReturnType<typeof temporaryDatabase>>;
let receiver: Receiver;
const servers: AlertServer[] = [];

beforeEach(async () => {
  database = await temporaryDatabase();
  receiver = await new Receiver().start();
});

afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop(200).catch(() => {});
  await receiver.close();
  await database.dispose();
});

async function start(settings = FAST): Promise<AlertServer> {
  const server = await startAlertServer(database.url, settings);
  servers.push(server);
  return server;
}

/**
 * The app without its sender loop, as a process that commits a load and dies before sending: records a
 * failed load against one policy and returns the policy.
 */
async function recordWithoutSender(): Promise<{ policyId: number }> {
  const db = await openDatabase(database.url);
  const client = await withoutSender(db);
  const policy = await createPolicy(client, { name: "pager", webhookUrl: receiver.url("/pager") });
  await record(client, { project: "etl", ...FAILED_LOAD });
  await db.close();
  return { policyId: rowId(policy.id) };
}

describe("after a restart", () => {
  it("sends deliveries that were committed but never sent", async () => {
    const { policyId } = await recordWithoutSender();
    await sleep(200);
    expect(receiver.received).toHaveLength(0);
    const server = await start();
    await receiver.waitFor(1);
    const row = await eventually(
      () => server.db.prisma.alertDelivery.findFirstOrThrow({ where: { policyId } }),
      (delivery) => delivery.status === "DELIVERED",
    );
    expect(row.attempts).toBe(1);
    await sleep(200);
    expect(receiver.received).toHaveLength(1);
  });

  it("sends again what a shutdown interrupted, once the server is back", async () => {
    receiver.answer = (_request, n) => (n === 1 ? "hang" : { status: 200 });
    const first = await start({ ...FAST, timeoutMs: 5_000, leaseMs: 10_000 });
    const policy = await createPolicy(first, { name: "pager", webhookUrl: receiver.url("/pager") });
    await record(first, { project: "etl", ...FAILED_LOAD });
    await receiver.waitFor(1);
    const stopping = Date.now();
    servers.splice(servers.indexOf(first), 1);
    await first.stop(300);
    // The hanging attempt did not hold the shutdown for its 5-second timeout.
    expect(Date.now() - stopping).toBeLessThan(2_000);

    const second = await start();
    const requests = await receiver.waitFor(2);
    expect(requests[1]?.headers["x-delivery-id"]).toBe(requests[0]?.headers["x-delivery-id"]);
    expect(requests[1]?.headers["x-delivery-attempt"]).toBe("2");
    const row = await eventually(
      () => second.db.prisma.alertDelivery.findFirstOrThrow({ where: { policyId: rowId(policy.id) } }),
      (delivery) => delivery.status === "DELIVERED",
    );
    expect(row.attempts).toBe(2);
    await sleep(200);
    expect(receiver.received).toHaveLength(2);
  });

  it("takes over a claim left by a crashed instance once its lease has run out", async () => {
    const { policyId } = await recordWithoutSender();
    // The "crashed" instance: claims the delivery for 800 ms and never reports back.
    const crashed = await openDatabase(database.url);
    const claimedAt = Date.now();
    const claim = await claimDue(crashed, 10, 800);
    await crashed.close();
    expect(claim.ids).toHaveLength(1);

    const server = await start();
    await sleep(400);
    expect(receiver.received).toHaveLength(0);
    const [request] = await receiver.waitFor(1, 5_000);
    expect((request?.at ?? 0) - claimedAt).toBeGreaterThanOrEqual(800);
    const row = await eventually(
      () => server.db.prisma.alertDelivery.findFirstOrThrow({ where: { policyId } }),
      (delivery) => delivery.status === "DELIVERED",
    );
    // The crashed claim counted as an attempt: a delivery that crashes its sender every time still ends.
    expect(row.attempts).toBe(2);
    expect(row.claimToken).toBeNull();
  });
});
