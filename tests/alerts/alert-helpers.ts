import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAlertSender, type SenderSettings } from "../../src/alerts/sender";
import { createLocalApp, type RunningServer, startServer } from "../../src/app/server";
import { type Database, openDatabase } from "../../src/db/index";
import { decodeGlobalId } from "../../src/domain/ids";
import type { Role } from "../../src/domain/roles";
import { graphql } from "../generated";
import type { CreateAlertPolicyInput, RecordProjectLoadInput } from "../generated/graphql";
import { ADMIN_TOKEN, createToken, graphqlRequest, type TestServer } from "../helpers";
import { createTestDatabase, type TestDatabase } from "../test-database";
import { RECEIVER_NETWORKS } from "./receiver";

/** Sender settings small enough for tests: retries within tens of milliseconds. */
export const FAST: Partial<SenderSettings> = {
  pollIntervalMs: 50,
  timeoutMs: 400,
  backoffBaseMs: 40,
  leaseMs: 3_000,
  concurrency: 8,
};

export interface AlertServer {
  running: RunningServer;
  db: Database;
  request: TestServer["request"];
  token(name: string, role: Role, deployment?: string | null): Promise<string>;
  /** Stops the server and closes its database connection (the database itself stays). */
  stop(drainMs?: number): Promise<void>;
}

/** A temporary database (SQLite file, or a PostgreSQL database under test:postgres) that outlives servers. */
export async function temporaryDatabase(): Promise<TestDatabase & { dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), "project-history-alerts-"));
  const database = await createTestDatabase(dir);
  return {
    dir,
    url: database.url,
    async dispose() {
      await database.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The real server (HTTP, with its alert sender running) on a free port, sending to loopback receivers. */
export async function startAlertServer(
  url: string,
  settings: Partial<SenderSettings> = FAST,
): Promise<AlertServer> {
  const db = await openDatabase(url, { poolSize: 5 });
  const running = await startServer({
    db,
    adminToken: ADMIN_TOKEN,
    port: 0,
    host: "127.0.0.1",
    logError: () => {},
    alerts: { ...settings, network: RECEIVER_NETWORKS, log: () => {} },
  });
  return {
    running,
    db,
    request: graphqlRequest((init) => fetch(`http://127.0.0.1:${running.port}/graphql`, init)),
    token: (name, role, deployment = null) => createToken(db, name, role, deployment),
    async stop(drainMs = 1_000) {
      await running.close(drainMs);
      await db.close();
    },
  };
}

/**
 * The API over `app.fetch` with no sender loop running: as a process that commits and dies before
 * sending, or a plain test bench for the outbox.
 */
export async function withoutSender(db: Database): Promise<Pick<AlertServer, "request">> {
  // A sender that is never started: it checks policies' URLs as the server's would.
  const alerts = createAlertSender({ db, network: RECEIVER_NETWORKS, logError: () => {} });
  const app = await createLocalApp({ db, adminToken: ADMIN_TOKEN, logError: () => {}, alerts });
  return {
    request: graphqlRequest((init) => app.fetch("http://test/graphql", init)),
  };
}

export const CREATE_POLICY = graphql(`
  mutation CreateAlertPolicy($input: CreateAlertPolicyInput!) {
    createAlertPolicy(input: $input) {
      signingSecret
      policy { id name deployment project events webhookUrl format enabled }
    }
  }
`);

export interface CreatedPolicy {
  id: string;
  secret: string;
}

type Requester = Pick<AlertServer, "request">;

/** Creates a policy through the API (for PROJECT_LOAD_FAILED unless `events` says otherwise); fails the test on any error. */
export async function createPolicy(
  server: Requester,
  input: Omit<CreateAlertPolicyInput, "events"> & Partial<Pick<CreateAlertPolicyInput, "events">>,
): Promise<CreatedPolicy> {
  const response = await server.request(CREATE_POLICY, {
    input: { events: ["PROJECT_LOAD_FAILED"], ...input },
  });
  if (response.errors?.length || !response.data) {
    throw new Error(`createAlertPolicy failed: ${JSON.stringify(response.errors)}`);
  }
  return {
    id: response.data.createAlertPolicy.policy.id,
    secret: response.data.createAlertPolicy.signingSecret,
  };
}

/** The numeric row ID behind a global ID. */
export function rowId(globalId: string): number {
  return Number(decodeGlobalId(globalId).id);
}

export const FAILED_LOAD = {
  status: "FAILURE",
  error: "ModuleNotFoundError: No module named 'pandas'",
  image: "registry.example.com/etl:42",
  git: { repositoryUrl: "https://github.com/acme/etl", commitHash: "0a1b2c3d4e5f", branch: "main" },
} satisfies Omit<RecordProjectLoadInput, "project">;
