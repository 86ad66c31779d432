import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { createClient } from "graphql-ws";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { type RunningServer, startServer } from "../../src/app/server";
import { type Database, openDatabase } from "../../src/db/index";
import { createLogger } from "../../src/observability/logger";
import { RECEIVER_NETWORKS, Receiver } from "../alerts/receiver";
import { graphql } from "../generated";
import { ADMIN_TOKEN, createToken, graphqlRequest, type TestServer } from "../helpers";
import { createTestDatabase, type TestDatabase } from "../test-database";

/** The real server with its logs captured as JSON lines, as a log collector would read them. */
interface Observed {
  running: RunningServer;
  db: Database;
  lines: string[];
  base: string;
  request: TestServer["request"];
}

const METRICS_TOKEN = "metrics-scrape-token-0123456789";

let dir: string;
let database: TestDatabase;
let observed: Observed;
const receiver = new Receiver();

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "project-history-observability-"));
  database = await createTestDatabase(dir);
  const db = await openDatabase(database.url);
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  const running = await startServer({
    db,
    adminToken: ADMIN_TOKEN,
    metricsToken: METRICS_TOKEN,
    port: 0,
    host: "127.0.0.1",
    alerts: { network: RECEIVER_NETWORKS },
    logger: createLogger({
      level: "debug",
      format: "json",
      destination,
      secrets: [ADMIN_TOKEN, METRICS_TOKEN],
    }),
  });
  const base = `http://127.0.0.1:${running.port}`;
  observed = {
    running,
    db,
    lines,
    base,
    request: graphqlRequest((init) => fetch(`${base}/graphql`, init)),
  };
  await receiver.start();
});

afterEach(async () => {
  await observed.running.close(1_000);
  await observed.db.close();
  await database.dispose();
  await receiver.close();
  rmSync(dir, { recursive: true, force: true });
});

const RECORD = graphql(`
  mutation ObservedRecord($input: RecordProjectLoadInput!) {
    recordProjectLoad(input: $input) {
      load {
        id
        sequence
      }
    }
  }
`);

const ROLLBACK = graphql(`
  mutation ObservedRollback($input: RollbackProjectInput!) {
    rollbackProject(input: $input) {
      load {
        sequence
      }
    }
  }
`);

const HISTORY = graphql(`
  query ObservedHistory($name: String!) {
    project(name: $name) {
      history(first: 5) {
        totalCount
      }
    }
  }
`);

const CREATE_TOKEN = graphql(`
  mutation ObservedCreateToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
    }
  }
`);

const CREATE_POLICY = graphql(`
  mutation ObservedCreatePolicy($input: CreateAlertPolicyInput!) {
    createAlertPolicy(input: $input) {
      policy {
        id
      }
      signingSecret
    }
  }
`);

const TEST_POLICY = graphql(`
  mutation ObservedTestPolicy($id: ID!) {
    testAlertPolicy(id: $id) {
      status
    }
  }
`);

const WATCH = graphql(`
  subscription ObservedWatch {
    projectLoaded {
      sequence
    }
  }
`);

async function metricsText(token: string | null = METRICS_TOKEN): Promise<{ status: number; text: string }> {
  const response = await fetch(`${observed.base}/metrics`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.status, text: await response.text() };
}

/** The value of one sample, e.g. `name{label="x"}`; 0 when the series does not exist yet. */
function sample(text: string, series: string): number {
  const line = text.split("\n").find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

async function until(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("/metrics", () => {
  it("counts loads, rollbacks, errors by code, alert deliveries and open subscriptions after some traffic", async () => {
    const { request } = observed;
    const assets = [{ key: "raw/orders", codeVersion: "1" }];
    const first = await request(RECORD, { input: { project: "shop", assets } });
    await request(RECORD, { input: { project: "shop", assets: [{ key: "raw/orders", codeVersion: "2" }] } });
    await request(RECORD, {
      input: { project: "shop", status: "FAILURE", error: "ImportError: no module x" },
    });
    const firstId = first.data?.recordProjectLoad.load.id as string;
    const rolledBack = await request(ROLLBACK, { input: { loadId: firstId, reason: "bad deploy" } });
    expect(rolledBack.errors).toBeUndefined();

    // Errors: two calls without a token, one with a viewer token trying to record.
    await request(HISTORY, { name: "shop" }, null);
    await request(HISTORY, { name: "shop" }, null);
    const viewer = await createToken(observed.db, "dashboard", "VIEWER");
    expect(
      (await request(RECORD, { input: { project: "shop" } }, viewer)).errors?.[0]?.extensions?.code,
    ).toBe("FORBIDDEN");

    const policy = await request(CREATE_POLICY, {
      input: {
        name: "pager",
        events: ["PROJECT_LOAD_FAILED"],
        webhookUrl: `http://127.0.0.1:${receiver.port}/hooks/secret-path`,
      },
    });
    const tested = await request(TEST_POLICY, { id: policy.data?.createAlertPolicy.policy.id as string });
    expect(tested.data?.testAlertPolicy.status).toBe("DELIVERED");

    const client = createClient({
      url: `ws://127.0.0.1:${observed.running.port}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${ADMIN_TOKEN}` },
      retryAttempts: 0,
    });
    const stop = client.subscribe(
      { query: WATCH.toString() },
      { next: () => {}, error: () => {}, complete: () => {} },
    );
    try {
      await until(
        async () =>
          sample(
            (await metricsText()).text,
            'project_history_active_subscriptions{transport="websocket"}',
          ) === 1,
      );
    } finally {
      stop();
      await client.dispose();
    }

    const { status, text } = await metricsText();
    expect(status).toBe(200);
    expect(
      sample(
        text,
        'project_history_loads_recorded_total{deployment="prod",status="SUCCESS",trigger="DEPLOY"}',
      ),
    ).toBe(2);
    expect(
      sample(
        text,
        'project_history_loads_recorded_total{deployment="prod",status="FAILURE",trigger="DEPLOY"}',
      ),
    ).toBe(1);
    expect(
      sample(
        text,
        'project_history_loads_recorded_total{deployment="prod",status="SUCCESS",trigger="ROLLBACK"}',
      ),
    ).toBe(1);
    expect(sample(text, 'project_history_rollbacks_total{deployment="prod"}')).toBe(1);
    expect(sample(text, 'project_history_graphql_errors_total{code="UNAUTHENTICATED"}')).toBe(2);
    expect(sample(text, 'project_history_graphql_errors_total{code="FORBIDDEN"}')).toBe(1);
    expect(sample(text, 'project_history_alert_delivery_attempts_total{status="delivered"}')).toBe(1);
    // Request duration by operation, from the Yoga Prometheus plugin: these tests' operations are not the
    // project's own (CLI, agent, web UI, GraphiQL), so they count as `other` (tests/integration/abuse-limits.test.ts floods them).
    expect(text).toMatch(
      /graphql_yoga_http_duration_count\{[^}]*operationType="mutation"[^}]*operationName="other"[^}]*\} \d+/,
    );
    expect(text).toMatch(/graphql_envelop_phase_execute_count\{[^}]*operationName="other"/);
    expect(text).not.toMatch(/operationName="Observed/);
    await until(
      async () =>
        sample((await metricsText()).text, 'project_history_active_subscriptions{transport="websocket"}') ===
        0,
    );

    // Nothing secret in any label or value.
    for (const secret of [ADMIN_TOKEN, viewer, METRICS_TOKEN, "secret-path", String(receiver.port)])
      expect(text).not.toContain(secret);
  });

  it("answers 401 without the metrics token when one is configured", async () => {
    expect((await metricsText(null)).status).toBe(401);
    expect((await metricsText("wrong-token-0123456789")).status).toBe(401);
    expect((await metricsText()).status).toBe(200);
  });
});

describe("logs", () => {
  it("write one JSON line per request with its ID, operation, duration and error codes, and never a token or webhook URL", async () => {
    const { request, lines } = observed;
    const response = await fetch(`${observed.base}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${ADMIN_TOKEN}`,
        "x-request-id": "deploy-42.attempt-1",
      },
      body: JSON.stringify({
        query: RECORD.toString(),
        variables: { input: { project: "shop", assets: [{ key: "a" }] } },
      }),
    });
    expect(response.headers.get("x-request-id")).toBe("deploy-42.attempt-1");
    const generated = await fetch(`${observed.base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "not a plain id \u00e9" },
      body: JSON.stringify({ query: "{ deployments { name } }" }),
    });
    expect(generated.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);

    // Everything that carries a secret: tokens in headers, on a WebSocket, in answers; webhook URLs.
    const created = await request(CREATE_TOKEN, { input: { name: "ci", role: "EDITOR" } });
    const issued = created.data?.createApiToken.token as string;
    expect(issued).toMatch(/^phist_/);
    await request(HISTORY, { name: "shop" }, issued);
    await request(HISTORY, { name: "shop" }, "phist_revoked-or-made-up-token-000000");
    const webhookUrl = `http://127.0.0.1:${receiver.port}/services/T000/B000/XXXXSECRET`;
    const policy = await request(CREATE_POLICY, {
      input: { name: "slack", events: ["PROJECT_LOAD_FAILED"], webhookUrl, format: "SLACK" },
    });
    receiver.answer = () => ({ status: 500, body: `no such hook ${webhookUrl}` });
    await request(TEST_POLICY, { id: policy.data?.createAlertPolicy.policy.id as string });
    const client = createClient({
      url: `ws://127.0.0.1:${observed.running.port}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${issued}` },
      retryAttempts: 0,
    });
    await new Promise<void>((resolve, reject) => {
      const stop = client.subscribe(
        { query: WATCH.toString() },
        {
          next: () => {
            stop();
            resolve();
          },
          error: reject,
          complete: () => {},
        },
      );
      setTimeout(() => void request(RECORD, { input: { project: "shop", assets: [{ key: "b" }] } }), 200);
    });
    await client.dispose();
    const refused = createClient({
      url: `ws://127.0.0.1:${observed.running.port}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: "Bearer phist_made-up-websocket-token-00000" },
      retryAttempts: 0,
    });
    await new Promise<void>((resolve) => {
      refused.subscribe(
        { query: WATCH.toString() },
        { next: () => {}, error: () => resolve(), complete: resolve },
      );
    });
    await refused.dispose();
    await until(async () => lines.some((line) => line.includes('"subscription ended"')));

    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const recordLine = entries.find(
      (entry) => entry.requestId === "deploy-42.attempt-1" && entry.msg === "request",
    );
    expect(recordLine).toMatchObject({
      method: "POST",
      path: "/graphql",
      status: 200,
      operationName: "ObservedRecord",
      operationType: "mutation",
    });
    expect(typeof recordLine?.durationMs).toBe("number");
    // The made-up token: refused, and the line says so by code.
    const refusedLines = entries.filter(
      (entry) => entry.msg === "request" && entry.operationName === "ObservedHistory" && entry.errorCodes,
    );
    expect(refusedLines.map((entry) => entry.errorCodes)).toEqual([["UNAUTHENTICATED"]]);
    expect(
      entries.some((entry) => entry.msg === "subscription ended" && entry.operationName === "ObservedWatch"),
    ).toBe(true);

    const everything = lines.join("\n");
    for (const secret of [
      ADMIN_TOKEN,
      issued,
      "phist_revoked-or-made-up-token-000000",
      "phist_made-up-websocket-token-00000",
      "XXXXSECRET",
      webhookUrl,
    ]) {
      expect(everything).not.toContain(secret);
    }
  });

  it("scrub tokens and URL passwords that reach a message or a stack", () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString("utf8"));
        done();
      },
    });
    const logger = createLogger({ format: "json", destination, secrets: ["configured-admin-token-value"] });
    logger.error(
      { err: new Error("rejected phist_abcDEF123_-xyz from redis://user:hunter2@cache:6379") },
      "failed with Bearer configured-admin-token-value",
    );
    logger.info(
      { token: "anything", webhookUrl: "https://hooks.slack.com/x", headers: { authorization: "x" } },
      "m",
    );
    const text = lines.join("");
    for (const secret of [
      "phist_abcDEF123_-xyz",
      "hunter2",
      "configured-admin-token-value",
      "hooks.slack.com",
    ])
      expect(text).not.toContain(secret);
    expect(text).toContain("phist_[redacted]");
  });
});
