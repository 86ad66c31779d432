import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { verifySignature } from "../../src/alerts/signing";
import type { TypedDocument } from "../../src/client";
import { RECEIVER_NETWORK_ENV, Receiver } from "../alerts/receiver";
import { graphql } from "../generated";
import { createTestDatabase, type TestDatabase } from "../test-database";
import { MainProcess } from "./process";

// `npm start` as a user runs it: a policy pointing at a webhook, a failed load, a signed message; and the
// sender stopping cleanly on SIGTERM with a delivery in flight, then finishing it after the restart.

const ADMIN = "e2e-alerts-admin-token-0123456789";
let dir: string;
let database: TestDatabase;
let receiver: Receiver;
const processes: MainProcess[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "project-history-e2e-alerts-"));
  database = await createTestDatabase(dir);
  receiver = await new Receiver().start();
});

afterEach(async (context) => {
  const children = processes.splice(0);
  await Promise.all(children.map((child) => child.kill()));
  await receiver.close();
  await database.dispose();
  rmSync(dir, { recursive: true, force: true });
  if (context.task.result?.state === "fail") {
    for (const child of children) console.error(`stdout:\n${child.stdout}\nstderr:\n${child.stderr}`);
  }
});

function start(): MainProcess {
  const child = new MainProcess({
    PORT: "0",
    DATABASE_URL: database.url,
    ADMIN_TOKEN: ADMIN,
    ...RECEIVER_NETWORK_ENV,
  });
  processes.push(child);
  return child;
}

/** Sends an operation as the admin and returns its data; throws on any error. */
async function send<T, V>(url: string, document: TypedDocument<T, V>, variables: V): Promise<T> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${ADMIN}` },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

async function sigterm(server: MainProcess): Promise<number> {
  const started = Date.now();
  process.kill(server.child.pid as number, "SIGTERM");
  const exit = await server.waitForExit(10_000);
  expect(exit, `no exit within 10 s of SIGTERM\n${server.stdout}\n${server.stderr}`).toEqual({
    code: 0,
    signal: null,
  });
  return Date.now() - started;
}

describe("alerts with npm start", () => {
  it("sends a signed message on a failed load; a delivery cut by SIGTERM is sent after the restart", async () => {
    // The first message hangs until the sender's 5-second timeout; later ones are answered.
    receiver.answer = (_request, n) => (n === 2 ? "hang" : { status: 200 });
    const first = start();
    const { url } = await first.ready();
    const created = await send(
      url,
      graphql(`
        mutation E2eCreatePagerPolicy($url: String!) {
          createAlertPolicy(input: { name: "pager", events: [PROJECT_LOAD_FAILED], webhookUrl: $url }) { signingSecret }
        }
      `),
      { url: receiver.url("/pager") },
    );
    const secret = created.createAlertPolicy.signingSecret;
    const RECORD = graphql(`
      mutation E2eRecordFailure($error: String!) {
        recordProjectLoad(input: {
          project: "etl", status: FAILURE, error: $error,
          git: { repositoryUrl: "https://github.com/acme/etl", commitHash: "0a1b2c3" }
        }) { load { id } }
      }
    `);

    await send(url, RECORD, { error: "first failure" });
    const [message] = await receiver.waitFor(1);
    expect(verifySignature(String(message?.body), secret, String(message?.headers["x-signature-256"]))).toBe(
      true,
    );
    expect(JSON.parse(String(message?.body)).load).toMatchObject({
      error: "first failure",
      commitUrl: "https://github.com/acme/etl/commit/0a1b2c3",
    });

    await send(url, RECORD, { error: "second failure" });
    await receiver.waitFor(2);
    // The sender has an attempt in flight (the receiver hangs): SIGTERM still ends the process in time.
    expect(await sigterm(first)).toBeLessThan(9_500);

    const second = start();
    await second.ready();
    const requests = await receiver.waitFor(3, 15_000);
    expect(requests[2]?.headers["x-delivery-id"]).toBe(requests[1]?.headers["x-delivery-id"]);
    expect(JSON.parse(String(requests[2]?.body)).load.error).toBe("second failure");
    await sigterm(second);
  });
});
