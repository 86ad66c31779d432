import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_SENDER_SETTINGS } from "../../src/alerts/sender";
import {
  type AlertServer,
  createPolicy,
  FAILED_LOAD,
  FAST,
  rowId,
  startAlertServer,
  temporaryDatabase,
} from "../alerts/alert-helpers";
import { eventually, Receiver, sleep } from "../alerts/receiver";
import { record } from "../helpers";

// Claims are renewed while an attempt runs (issue 16, point 4): the lease can be short without a slow
// attempt being sent a second time by another instance meanwhile.

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

describe("claim heartbeat", () => {
  it("has a 15 s lease by default", () => {
    expect(DEFAULT_SENDER_SETTINGS.leaseMs).toBe(15_000);
  });

  it("keeps the claim of an attempt that outlasts the lease: two instances send it once", async () => {
    // A 600 ms lease, a receiver that takes 2 s to answer, and a second instance polling every 50 ms:
    // without renewal the second would claim the delivery and send it again while the first waits.
    const settings = { ...FAST, leaseMs: 600, timeoutMs: 4_000 };
    const first = await startAlertServer(database.url, settings);
    servers.push(first);
    const second = await startAlertServer(database.url, settings);
    servers.push(second);
    receiver.answer = () => ({ status: 200, delayMs: 2_000 });
    const policy = await createPolicy(first, { name: "pager", webhookUrl: receiver.url("/pager") });
    await record(first, { project: "etl", ...FAILED_LOAD });
    const row = await eventually(
      () => first.db.prisma.alertDelivery.findFirstOrThrow({ where: { policyId: rowId(policy.id) } }),
      (delivery) => delivery.status === "DELIVERED",
      10_000,
    );
    await sleep(1_000);
    expect(receiver.received).toHaveLength(1);
    expect(row.attempts).toBe(1);
  });
});
